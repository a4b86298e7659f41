import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

export const SITE_DIR = '.build/test-site';
/** A second build served under a sub-path, for the links gate. */
export const BASE_SITE_DIR = '.build/test-site-base';
export const SUB_PATH = '/some/path/';

/**
 * Builds the sample site with the real build command before the browser tests run: once at the
 * root and once under `SUB_PATH` (one after the other: both write the same `.generated` folder).
 */
export default function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const build = (...args: string[]) =>
    execFileSync(process.execPath, ['scripts/build.ts', '--lang', 'en', ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  build('--out', SITE_DIR);
  build('--out', BASE_SITE_DIR, '--base', SUB_PATH);
  project.provide('siteDir', `${root}/${SITE_DIR}`);
  project.provide('baseSiteDir', `${root}/${BASE_SITE_DIR}`);
  project.provide('subPath', SUB_PATH);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    baseSiteDir: string;
    subPath: string;
  }
}
