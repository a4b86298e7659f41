import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

  it('counts one error as “1 error” and one warning as “1 warning”', async () => {
    const themes = (label: string) =>
      `theme_id,kind,label_en,label_tr\npay-gap,challenge,${label},Eşit işe eşit olmayan ücret\npay-transparency,recommendation,Pay transparency,Ücret şeffaflığı\n`;
    const folder = datasetWith('one-error', 'themes.csv', themes(''));
    const { stdout } = await run([folder]);
    expect(stdout).toContain('(1 error, 0 warnings)');
    const tr = await run([folder], { LANG: 'tr_TR.UTF-8' });
    expect(tr.stdout).toContain('(1 hata, 0 uyarı)');
    const warned = datasetWith('one-warning', 'themes.csv', themes('Unequal pay '.repeat(20)));
    const long = await run([warned]);
    expect(long.stdout).toContain('[long-label]');
    expect(long.stdout).toContain('(0 errors, 1 warning)');
  });

  it('--lang en overrides a Turkish locale', async () => {
    const { stdout } = await run([VALID, '--lang', 'en'], { LANG: 'tr_TR.UTF-8' });
    expect(stdout).toContain('The dataset is valid.');
  });

  describe('a questionnaire per programme (survey_items.programme_id)', () => {
    /** The valid dataset with a fixture case's files over it. */
    const caseFolder = (name: string) => {
      const folder = join(temp, `case-${name}`);
      cpSync(VALID, folder, { recursive: true });
      cpSync(join(FIXTURES, name), folder, { recursive: true });
      rmSync(join(folder, 'expected.json'));
      return folder;
    };

    it('exits 0 for items of one programme, of two and of every programme', async () => {
      const { code, stdout } = await run([caseFolder('valid-questionnaire-per-programme')]);
      expect(code).toBe(0);
      expect(stdout).toContain('The dataset is valid.');
    });

    it.each([
      ['en', "refers to an item of another programme's questionnaire"],
      ['tr', 'başka bir programın anketine ait bir maddeye işaret ediyor'],
    ])(
      'an answer to another programme’s item: exit 1, role-mismatch at its row and item_id, in %s',
      async (lang, words) => {
        const folder = caseFolder('role-mismatch-questionnaire');
        const json = await run([folder, '--json']);
        expect(json.code).toBe(1);
        const problems = JSON.parse(json.stdout).problems as {
          code: string;
          file: string;
          row: number;
          column: string;
          message: Record<string, string>;
        }[];
        expect(problems.map((p) => [p.code, p.file, p.row, p.column])).toEqual([
          ['role-mismatch', 'survey_responses.csv', 4, 'item_id'],
          ['role-mismatch', 'survey_responses.csv', 8, 'item_id'],
        ]);
        const human = await run([folder, '--lang', lang]);
        expect(human.code).toBe(1);
        expect(human.stdout).toContain(words);
        // The message names the column and the files, never a cell: no item, person or programme.
        for (const cell of ['si-01', 'si-02', 'p-002', 'p-007', 'ses-women-in-business']) {
          expect(human.stdout).not.toContain(cell);
        }
      },
    );

    it('an unknown programme in programme_id is a foreign-key error on that cell', async () => {
      const { code, stdout } = await run([caseFolder('foreign-key-item-programme'), '--json']);
      expect(code).toBe(1);
      expect(JSON.parse(stdout).problems).toEqual([
        expect.objectContaining({
          code: 'foreign-key',
          file: 'survey_items.csv',
          row: 3,
          column: 'programme_id',
        }),
      ]);
    });
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

describe('validate on real exports (issue 12) and hostile input (issue 17)', () => {
  const fixture = (name: string, as = name) => {
    const folder = join(temp, as);
    cpSync(VALID, folder, { recursive: true });
    cpSync(join(FIXTURES, name), folder, { recursive: true });
    rmSync(join(folder, 'expected.json'));
    return folder;
  };

  it.each([
    ['a folder', (path: string) => mkdirSync(path), /This is a folder, not a file/],
    ['a named pipe', (path: string) => execFileSync('mkfifo', [path]), /named pipe \(FIFO\)/],
    [
      'a broken symbolic link',
      (path: string) => symlinkSync(join(temp, 'nowhere.csv'), path),
      /symbolic link to a file that does not exist/,
    ],
  ])('%s named like a table is unusable input: exit 2 with its path', async (_, make, text) => {
    const folder = join(temp, `unusable-${_.replace(/\W/g, '-')}`);
    cpSync(VALID, folder, { recursive: true });
    rmSync(join(folder, 'topics.csv'));
    make(join(folder, 'topics.csv'));
    const { code, stderr, stdout } = await run([folder]);
    expect(code).toBe(2);
    expect(stderr).toMatch(text);
    expect(stderr).toContain(join(folder, 'topics.csv'));
    expect(stderr).not.toMatch(/missing-file|at .*\.ts:\d+/);
    expect(stdout).toBe('');
    const tr = await run([folder, '--lang', 'tr']);
    expect(tr.code).toBe(2);
    expect(tr.stderr).toContain(join(folder, 'topics.csv'));
  });

  it('a symbolic link to a regular file is read as that file', async () => {
    const folder = join(temp, 'linked');
    cpSync(VALID, folder, { recursive: true });
    cpSync(join(VALID, 'topics.csv'), join(temp, 'topics-elsewhere.csv'));
    rmSync(join(folder, 'topics.csv'));
    symlinkSync(join(temp, 'topics-elsewhere.csv'), join(folder, 'topics.csv'));
    const { code, stdout } = await run([folder, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.files.find((f: { file: string }) => f.file === 'topics.csv').rows).toBe(3);
  });

  it('prints no control character of a header, cuts long names, and never echoes an e-mail header', async () => {
    const folder = fixture('header-control-characters');
    for (const lang of ['en', 'tr']) {
      const { code, stdout } = await run([folder, '--lang', lang]);
      expect(code).toBe(1);
      expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(stdout).toContain('\\u{1b}]0;pwned');
      expect(stdout).not.toContain('x'.repeat(41));
      expect(stdout).not.toContain('ayse.yilmaz');
      expect(stdout).toContain('[personal-data]');
    }
  });

  it('a missing header row is one problem, and no data of row 1 is printed', async () => {
    const { code, stdout } = await run([fixture('header-missing'), '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain('The header row is missing: row 1 holds data, not column names.');
    expect(stdout).not.toContain('p-001');
    expect(stdout).not.toContain('extra-column');
  });

  it.each([
    ['not-csv-utf16-no-bom', 'themes.csv', /saved as UTF-16/, /UTF-16/],
    ['not-csv-tab-separated', 'topics.csv', /separated by tabs/, /sekmeyle ayrılmış/],
    ['not-csv-xlsx', 'participants.csv', /Excel workbook \(\.xlsx\)/, /Excel çalışma kitabı/],
  ])(
    '%s: one problem naming the real cause, nothing of the file echoed',
    async (name, file, en, tr) => {
      const folder = fixture(name);
      const english = await run([folder, '--lang', 'en']);
      expect(english.code).toBe(1);
      expect(english.stdout).toMatch(en);
      expect(english.stdout).not.toMatch(/personal-data|extra-column|\u0000/);
      const turkish = await run([folder, '--lang', 'tr']);
      expect(turkish.stdout).toMatch(tr);
      const json = JSON.parse((await run([folder, '--json'])).stdout);
      expect(json.problems.filter((p: { file: string }) => p.file === file)).toHaveLength(1);
    },
  );

  it('damaged UTF-8: encoding-error at the cell, what to do, and the encoding used, in both languages', async () => {
    const folder = fixture('encoding-damaged-stray-byte');
    const en = await run([folder, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Encoding: UTF-8 (12 files).');
    expect(en.stdout).toContain('row 3, label_tr: error [encoding-error]');
    expect(en.stdout).toContain('save the file again as “CSV UTF-8”');
    const tr = await run([folder, '--lang', 'tr']);
    expect(tr.stdout).toContain('Kodlama: UTF-8 (12 dosya).');
    expect(tr.stdout).toContain('satır 3, label_tr: hata [encoding-error]');
    const windows = await run([fixture('valid-windows-1254-nbsp'), '--lang', 'tr']);
    expect(windows.code).toBe(0);
    expect(windows.stdout).toContain('Windows-1254 (Türkçe Excel): schools.csv');
  });

  it('a renamed key column: the cause first, its consequences in one line; JSON marks them', async () => {
    const folder = fixture('key-column-renamed');
    // Many matches make many consequences: the report still fits a screen.
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `m-${i},hs-2024-ist-01,p-001,p-002,2024-02-01,,`,
    );
    writeFileSync(
      join(folder, 'matches.csv'),
      `match_id,cohort_id,mentor_id,mentee_id,matched_on,shared_topics,ended_on\n${rows.join('\n')}\n`,
    );
    const en = await run([folder, '--lang', 'en']);
    expect(en.code).toBe(1);
    const lines = en.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(50);
    expect(lines[2]).toMatch(/^participants\.csv \(/);
    expect(lines[3]).toContain('row 1, participant_id: error [missing-column]');
    expect(en.stdout).toContain(
      '→ 6,012 references to participants.csv (matches.csv: mentor_id, mentee_id; attendance.csv: participant_id; survey_responses.csv: participant_id) cannot be checked until its header is fixed',
    );
    expect(en.stdout).not.toContain('matches.csv (');
    const tr = await run([folder, '--lang', 'tr']);
    expect(tr.stdout).toContain(
      '→ participants.csv dosyasını gösteren 6.012 kimlik (matches.csv: mentor_id, mentee_id;',
    );
    expect(tr.stdout).toContain('dosyanın başlığı düzeltilene kadar denetlenemez');
    const json = JSON.parse((await run([folder, '--json'])).stdout);
    const fk = json.problems.filter((p: { code: string }) => p.code === 'foreign-key');
    expect(fk).toHaveLength(100);
    for (const p of fk)
      expect(p.consequenceOf).toEqual({
        file: 'participants.csv',
        code: 'missing-column',
        column: 'participant_id',
      });
    // 6,012 consequences, and one session whose match_id is no longer in matches.csv.
    expect(json.counts['foreign-key']).toBe(6013);
    expect(json.countsByFile['matches.csv']).toEqual({ 'foreign-key': 6000 });
    expect(json.consequences[0].references[0]).toEqual({
      target: 'participants.csv',
      file: 'matches.csv',
      column: 'mentor_id',
      count: 3000,
    });
  });

  it('the default report fits a screen; --all lists every kept problem', async () => {
    const folder = join(temp, 'many');
    cpSync(VALID, folder, { recursive: true });
    const rows = Array.from({ length: 500 }, (_, i) => `t-${i},,Etiket`);
    writeFileSync(join(folder, 'topics.csv'), `topic_id,label_en,label_tr\n${rows.join('\n')}\n`);
    const short = await run([folder, '--lang', 'en']);
    expect(short.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(50);
    expect(short.stdout).toContain('… and 497 more blank-required problems');
    expect(short.stdout).toContain('add --all');
    const tr = await run([folder, '--lang', 'tr']);
    expect(tr.stdout).toContain('… ve 497 blank-required sorunu daha');
    const all = await run([folder, '--all', '--lang', 'en']);
    expect(all.stdout.match(/\[blank-required\]/g)).toHaveLength(100);
  });
});
