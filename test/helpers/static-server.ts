// Moved to src/build/ so that scripts (npm run audit) can serve a built site too.
export { serveStatic, type StaticServer } from '../../src/build/static-server.ts';
