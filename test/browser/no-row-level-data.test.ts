import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const dataDir = 'data';
const K = 10;

function rowsOf(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(dataDir, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Every text file of the built site (search-index chunks are compressed binaries: skipped). */
const builtText = [...filesUnder(siteDir)]
  .filter((path) => /\.(html|csv|json|xml|txt|js|css|svg)$/.test(path))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('nothing row-level reaches the built site', () => {
  it('no participant id or match id appears in any built file', () => {
    const ids = new Set([
      ...rowsOf('participants.csv').map((r) => r.participant_id as string),
      ...rowsOf('matches.csv').map((r) => r.match_id as string),
    ]);
    expect(ids.size).toBeGreaterThan(100);
    const hits: string[] = [];
    for (const { path, text } of builtText) {
      for (const token of text.match(/[A-Za-z0-9_-]{3,40}/g) ?? []) {
        if (ids.has(token)) hits.push(`${path}: ${token}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('no participant’s raw answer vector appears in any built file', () => {
    const answers = new Map<string, string[]>();
    for (const r of rowsOf('survey_responses.csv')) {
      const key = `${r.participant_id}|${r.wave}`;
      if (!answers.has(key)) answers.set(key, []);
      answers.get(key)?.push(r.value ?? '');
    }
    // Long, varied vectors only: a run such as `4,4,4,4` also occurs by chance in code.
    const vectors = [...answers.values()].filter(
      (v) => v.length >= 8 && !v.includes('') && new Set(v).size >= 3,
    );
    expect(vectors.length).toBeGreaterThan(10);
    const hits: string[] = [];
    // Pagefind's own scripts are the same for every site, whatever the data.
    for (const { path, text } of builtText.filter(
      (f) => !/pagefind[\\/]pagefind[\w-]*\.js$/.test(f.path),
    )) {
      for (const vector of vectors) {
        for (const separator of [',', ';', '\t', ' ']) {
          if (text.includes(vector.join(separator)))
            hits.push(`${path}: ${vector.join(separator)}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('workshop notes appear only for themes raised by at least k groups', () => {
    const findings = rowsOf('workshop_findings.csv');
    const groups = new Map<string, Set<string>>();
    for (const f of findings) {
      const set = groups.get(f.theme_id as string) ?? new Set<string>();
      set.add(`${f.cohort_id}|${f.group_no}`);
      groups.set(f.theme_id as string, set);
    }
    const hidden = findings
      .filter((f) => (groups.get(f.theme_id as string)?.size ?? 0) < K)
      .flatMap((f) => [f.note_en, f.note_tr])
      .filter((note): note is string => Boolean(note && note.trim().length > 12));
    const hits = builtText.flatMap(({ path, text }) =>
      hidden.filter((note) => text.includes(note)).map((note) => `${path}: ${note}`),
    );
    expect(hits).toEqual([]);
  });

  it('the published downloads have no row-level columns', () => {
    for (const { path, text } of builtText.filter(
      (f) => f.path.includes('/downloads/') && f.path.endsWith('.csv'),
    )) {
      const header = text.split(/\r?\n/, 1)[0] ?? '';
      for (const column of [
        'participant_id',
        'match_id',
        'session_id',
        'value',
        'note_en',
        'note_tr',
      ]) {
        expect(header.split(','), path).not.toContain(column);
      }
    }
  });
});
