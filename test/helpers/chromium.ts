// The launcher lives in src/node so that scripts (bench:validator) need no test helper.
export { launchChromium } from '../../src/node/chromium.ts';
