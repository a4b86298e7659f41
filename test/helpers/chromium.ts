// The launcher lives with the scripts that also drive Chromium (audit, bench:validator).
export { CHROMIUM_FLAGS, launchChromium } from '../../src/node/chromium.ts';
