import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

export const SITE_DIR = '.build/test-site';

/** Builds the sample site once with the real build command before the browser tests run. */
export default function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.ts', '--out', SITE_DIR, '--lang', 'en'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  project.provide('siteDir', `${root}/${SITE_DIR}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
