import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'generate-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '' },
  });

describe('npm run data:generate', () => {
  it.each([
    [['--scale', 'huge', '--out', out], /"small" or "national"/],
    [['--seed', 'abc', '--out', out], /whole number/],
    [['--scale', 'small'], /--out/],
    [['--nonsense'], /Usage/],
    [['--seed', 'x', '--out', out, '--lang', 'tr'], /tam sayı olmalı/],
  ])('with %j exits 2 and explains why', (args, message) => {
    const result = run('generate-data.ts', args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('writes the shipped sample byte for byte with --scale small --seed 2023', () => {
    const result = run('generate-data.ts', [
      '--scale',
      'small',
      '--seed',
      '2023',
      '--out',
      join(out, 'small'),
    ]);
    expect(result.status).toBe(0);
    const written = readdirSync(join(out, 'small'));
    // Every shipped data file is written (data/README.md is the only one not generated).
    expect(written.sort()).toEqual(
      readdirSync(join(root, 'data'))
        .filter((name) => name !== 'README.md')
        .sort(),
    );
    for (const name of written) {
      expect(readFileSync(join(out, 'small', name), 'utf8')).toBe(
        readFileSync(join(root, 'data', name), 'utf8'),
      );
    }
  });

  it('exits 2 when the folder cannot be written', () => {
    const result = run('generate-data.ts', ['--out', join(root, 'package.json', 'inside')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Cannot write/);
  });
});

describe('npm run templates', () => {
  it('writes the templates and both dictionaries', () => {
    const result = run('templates.ts', ['--out', join(out, 'tpl')]);
    expect(result.status).toBe(0);
    const files = readdirSync(join(out, 'tpl', 'templates'));
    expect(files).toEqual(
      expect.arrayContaining([
        'participants.csv',
        'data-dictionary.tr.csv',
        'data-dictionary.en.md',
      ]),
    );
  });

  it('exits 2 without --out', () => {
    expect(run('templates.ts', []).status).toBe(2);
  });
});
