import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../core/validate/fixture-files.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/validate.ts');
const VALID = join(FIXTURES, 'valid');
const temp = mkdtempSync(join(tmpdir(), 'validate-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, ...args], {
      env: { ...process.env, LANG: 'C', LC_ALL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A copy of the valid dataset with one file replaced. */
function datasetWith(name: string, file: string, content: string | Uint8Array): string {
  const folder = join(temp, name);
  cpSync(VALID, folder, { recursive: true });
  writeFileSync(join(folder, file), content);
  return folder;
}

describe('npm run validate (scripts/validate.ts)', () => {
  it('exits 0 and prints ok with files for a valid folder (--json)', async () => {
    const { code, stdout } = await run([VALID, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.ok).toBe(true);
    expect(json.problems).toEqual([]);
    expect(json.files.map((f: { file: string }) => f.file)).toContain('participants.csv');
    expect(json.files[0]).toEqual({
      file: 'programmes.csv',
      rows: 2,
      encoding: 'utf-8',
      delimiter: ',',
    });
  });

  it('exits 1 with coded, positioned problems for invalid data', async () => {
    const folder = datasetWith(
      'bad-cohort',
      'cohorts.csv',
      'cohort_id,programme_id,school_id,start_date,end_date,planned_sessions,staff_trained\nhs-1,mwm-high-school,,2024-02-05,2024-03-15,60,\n',
    );
    const { code, stdout } = await run([folder, '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.ok).toBe(false);
    expect(json.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'range-error',
        file: 'cohorts.csv',
        row: 2,
        column: 'planned_sessions',
      }),
    );
    expect(json.counts['range-error']).toBe(1);
  });

  it('--strict turns a warning-only dataset into exit 1', async () => {
    const folder = datasetWith(
      'extra',
      'topics.csv',
      'topic_id,label_en,label_tr,remark\ncareer,Career,Kariyer,ok\nwork-life,Balance,Denge,ok\ngrowth,Growth,Gelişim,ok\n',
    );
    expect((await run([folder])).code).toBe(0);
    const strict = await run([folder, '--strict', '--json']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).problems[0]).toMatchObject({
      code: 'extra-column',
      severity: 'error',
    });
  });

  it.each([
    ['a missing folder', ['/nonexistent/folder']],
    ['a file instead of a folder', [join(VALID, 'topics.csv')]],
    ['no folder at all', []],
    ['an unknown option', [VALID, '--nope']],
    ['a bad --lang', [VALID, '--lang', 'de']],
  ])('exits 2 for %s, with a message on stderr', async (_, args) => {
    const { code, stderr, stdout } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage/);
    expect(stdout).toBe('');
  });

  it('writes human output in Turkish when LANG is tr_TR, grouped by file', async () => {
    const folder = datasetWith('tr', 'topics.csv', 'topic_id,label_en,label_tr\ncareer,,Kariyer\n');
    const { code, stdout } = await run([folder], { LANG: 'tr_TR.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).toContain(
      'topics.csv (1 hata: blank-required 1)\n  satır 2, label_en: hata [blank-required]',
    );
    expect(stdout).toContain('Veri setinde hatalar var');
  });

  it('--lang en overrides a Turkish locale', async () => {
    const { stdout } = await run([VALID, '--lang', 'en'], { LANG: 'tr_TR.UTF-8' });
    expect(stdout).toContain('The dataset is valid.');
  });

  it('exits 1 or 2, never crashes, for arbitrary bytes in a file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.nat(),
        async (bytes, pick) => {
          const names = readdirSync(VALID).filter((name) => name.endsWith('.csv'));
          const name = names[pick % names.length] as string;
          const folder = datasetWith(`fuzz-${pick}`, name, bytes);
          const { code, stdout, stderr } = await run([folder, '--json']);
          expect([1, 2]).toContain(code);
          expect(stderr).not.toMatch(/at .*\.ts:\d+/);
          const json = JSON.parse(stdout);
          expect(json.ok).toBe(code === 0);
          if (code === 1) expect(json.problems.length).toBeGreaterThan(0);
          rmSync(folder, { recursive: true, force: true });
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});
