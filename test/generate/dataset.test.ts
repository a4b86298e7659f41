import { beforeAll, describe, expect, it } from 'vitest';
import {
  dayOf,
  fileText,
  generateDataset,
  type GeneratedFile,
} from '../../scripts/generate/index.ts';
import { PROVINCES } from '../../scripts/generate/reference/provinces.ts';
import { TABLES, parseDate } from '../../src/core/schemas/index.ts';
import { parseDataset, type ParsedFile, type RawRows } from './load-dataset.ts';

let files: GeneratedFile[];
let data: Record<string, ParsedFile>;
const rows = (file: string): RawRows => data[file]?.rows ?? [];
const byId = (file: string, key: string) => new Map(rows(file).map((r) => [r[key] as string, r]));

beforeAll(() => {
  files = generateDataset({ scale: 'small', seed: 2023 });
  data = parseDataset(files);
});

describe('generateDataset determinism', () => {
  it('gives byte-identical files for the same seed', () => {
    const again = generateDataset({ scale: 'small', seed: 2023 });
    expect(files).toHaveLength(13);
    for (const file of files) expect(fileText(again, file.name)).toBe(fileText(files, file.name));
  });

  it.each(['participants.csv', 'survey_responses.csv', 'schools.csv'])(
    'gives a different %s for a different seed',
    (name) => {
      const other = generateDataset({ scale: 'small', seed: 2024 });
      expect(fileText(other, name)).not.toBe(fileText(files, name));
    },
  );

  it('rejects a seed that is not a whole number', () => {
    expect(() => generateDataset({ scale: 'small', seed: 1.5 })).toThrow(RangeError);
  });
});

describe('the small synthetic dataset is valid by the contract', () => {
  it('has dataset.json then every table of the contract', () => {
    expect(files.map((f) => f.name)).toEqual(['dataset.json', ...TABLES.map((t) => t.file)]);
    const meta = JSON.parse(fileText(files, 'dataset.json'));
    expect(meta).toMatchObject({ licence: 'CC-BY-4.0', synthetic: true });
    expect(parseDate(meta.as_of)).toBe(meta.as_of);
  });

  it.each(TABLES.map((t) => [t.file, t] as const))(
    '%s: header is the schema’s columns, every row parses',
    (file, table) => {
      const parsed = data[file] as ParsedFile;
      expect(parsed.header).toEqual(table.columnNames);
      expect(parsed.rows.length).toBeGreaterThan(0);
      const failures = parsed.rows.filter((row) => !table.schema.safeParse(row).success);
      expect(failures.length).toBe(0);
    },
  );

  it.each(TABLES.map((t) => [t.file, t] as const))('%s: primary keys are unique', (file, table) => {
    const keys = rows(file).map((r) => table.primaryKey.map((c) => r[c]).join('\u0000'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(TABLES.flatMap((t) => t.foreignKeys.map((fk) => [t.file, fk.column, fk.table] as const)))(
    '%s: every %s refers to a row of %s',
    (file, column, target) => {
      const table = TABLES.find((t) => t.name === target);
      const keys = new Set(rows(`${target}.csv`).map((r) => r[table?.primaryKey[0] as string]));
      const missing = rows(file)
        .flatMap((r) => (column === 'shared_topics' ? (r[column] ?? '').split(';') : [r[column]]))
        .filter((v) => v !== '' && v !== undefined && !keys.has(v));
      expect(missing).toEqual([]);
    },
  );

  it('pairs a mentor and a mentee of the match’s own cohort', () => {
    const people = byId('participants.csv', 'participant_id');
    const wrong = rows('matches.csv').filter((m) => {
      const mentor = people.get(m.mentor_id as string);
      const mentee = people.get(m.mentee_id as string);
      return (
        mentor?.role !== 'mentor' ||
        mentee?.role !== 'mentee' ||
        mentor.cohort_id !== m.cohort_id ||
        mentee.cohort_id !== m.cohort_id
      );
    });
    expect(wrong.length).toBe(0);
  });

  it('records attendance only for participants of the session’s cohort', () => {
    const people = byId('participants.csv', 'participant_id');
    const sessions = byId('sessions.csv', 'session_id');
    const wrong = rows('attendance.csv').filter(
      (a) =>
        people.get(a.participant_id as string)?.cohort_id !==
        sessions.get(a.session_id as string)?.cohort_id,
    );
    expect(wrong.length).toBe(0);
  });

  it('holds sessions and findings inside their cohort’s dates, and keeps date order', () => {
    const cohorts = byId('cohorts.csv', 'cohort_id');
    const outside = [...rows('sessions.csv'), ...rows('workshop_findings.csv')].filter((s) => {
      const c = cohorts.get(s.cohort_id as string);
      return (
        !c ||
        (s.held_on as string) < (c.start_date as string) ||
        (s.held_on as string) > (c.end_date as string)
      );
    });
    expect(outside.length).toBe(0);
    expect(
      rows('cohorts.csv').filter((c) => (c.end_date as string) < (c.start_date as string)),
    ).toEqual([]);
    expect(
      rows('matches.csv').filter(
        (m) => m.ended_on !== '' && (m.ended_on as string) < (m.matched_on as string),
      ),
    ).toEqual([]);
  });

  it('keeps every answer within its item’s scale, with some skipped', () => {
    const items = byId('survey_items.csv', 'item_id');
    const values = rows('survey_responses.csv').map((r) => ({
      r,
      item: items.get(r.item_id as string),
    }));
    const outside = values.filter(
      ({ r, item }) =>
        r.value !== '' &&
        (Number(r.value) < Number(item?.scale_min) || Number(r.value) > Number(item?.scale_max)),
    );
    expect(outside.length).toBe(0);
    expect(values.filter(({ r }) => r.value === '').length).toBeGreaterThan(0);
    expect(new Set(values.map(({ r }) => r.wave))).toEqual(new Set(['pre', 'mid', 'post']));
  });

  it('gives mentees only the age bands their programme allows', () => {
    const cohorts = byId('cohorts.csv', 'cohort_id');
    const programmes = byId('programmes.csv', 'programme_id');
    const ineligible = rows('participants.csv').filter((p) => {
      if (p.role !== 'mentee') return false;
      const programme = programmes.get(cohorts.get(p.cohort_id as string)?.programme_id as string);
      return !(programme?.eligible_mentee_age_bands ?? '')
        .split(';')
        .includes(p.age_band as string);
    });
    expect(ineligible.length).toBe(0);
  });

  it('uses real province names and no real pilot school names', () => {
    const names = new Set(PROVINCES.map((p) => p.name));
    expect(rows('schools.csv').length).toBeGreaterThan(0);
    for (const school of rows('schools.csv')) {
      expect(names.has(school.province as string)).toBe(true);
      expect(school.name_tr).not.toMatch(/Darüşşafaka|Midyat|Atatürk/);
    }
    const types = new Set(rows('schools.csv').map((s) => s.school_type));
    expect(types.size).toBeGreaterThanOrEqual(5);
    expect(rows('schools.csv').filter((s) => s.is_pilot === 'true').length).toBeGreaterThan(0);
  });
});

describe('the small dataset is realistic enough for statistics', () => {
  const meanByWave = (wave: string) => {
    const values = rows('survey_responses.csv')
      .filter((r) => r.wave === wave && r.item_id === 'hs-role-1' && r.value !== '')
      .map((r) => Number(r.value));
    return values.reduce((a, b) => a + b, 0) / values.length;
  };

  it('shows improvement from pre to post on a construct', () => {
    expect(meanByWave('post')).toBeGreaterThan(meanByWave('pre'));
  });

  it('has completed, withdrawn and still-active mentees', () => {
    const statuses = new Set(rows('participants.csv').map((p) => p.status));
    expect(statuses).toEqual(new Set(['active', 'completed', 'withdrawn']));
  });

  it('gives every school group at least k = 10 mentees, and at most 30', () => {
    const counts = new Map<string, number>();
    for (const p of rows('participants.csv')) {
      if (p.role === 'mentee')
        counts.set(p.cohort_id as string, (counts.get(p.cohort_id as string) ?? 0) + 1);
    }
    expect(counts.size).toBe(rows('cohorts.csv').length);
    for (const [cohort, n] of counts) {
      expect(n, cohort).toBeGreaterThanOrEqual(10);
      if (cohort.startsWith('hs-')) expect(n, cohort).toBeLessThanOrEqual(30);
    }
  });

  it('numbers regular group sessions weekly', () => {
    const days = rows('sessions.csv')
      .filter((s) => s.cohort_id === 'hs-00001')
      .map((s) => dayOf(s.held_on as string));
    expect(days.length).toBeGreaterThanOrEqual(4);
    days.slice(1).forEach((d, i) => expect(d - (days[i] as number)).toBe(7));
  });
});
