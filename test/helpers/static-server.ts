// Moved to src/pipeline/ so that scripts (npm run audit) can serve a built site too.
export { serveStatic, type StaticServer } from '../../src/pipeline/static-server.ts';
