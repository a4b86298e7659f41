import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const LIMIT = 250;
// Flat translation dictionaries: one string per line, splitting them helps nobody.
const EXEMPT = new Set(['src/i18n/en.ts', 'src/i18n/tr.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('file length guard', () => {
  it(`keeps every file in src/ and scripts/ at ${LIMIT} lines or fewer`, () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .map((file) => relative(root, join(root, file)))
      .filter((file) => !EXEMPT.has(file))
      .map((file) => `${file}: ${readFileSync(join(root, file), 'utf8').split('\n').length - 1}`)
      .filter((line) => Number(line.split(': ')[1]) > LIMIT);
    // Listing them makes the failure message the to-do list.
    expect(offenders).toEqual([]);
  });
});
