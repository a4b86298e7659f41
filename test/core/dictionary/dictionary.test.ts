import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildDataDictionary,
  dictionaryCsv,
  dictionaryMarkdown,
  DICTIONARY_CSV,
  rangeText,
} from '../../../src/core/dictionary/index.ts';
import { csvCell } from '../../../src/core/csv/write.ts';
import { TABLES } from '../../../src/core/schemas/index.ts';

const dictionary = buildDataDictionary();

describe('buildDataDictionary', () => {
  it('lists every table of the contract, in contract order', () => {
    // The twelve tables of the data contract: the loops below run over them.
    expect(TABLES).toHaveLength(12);
    expect(dictionary.map((t) => t.file)).toEqual(TABLES.map((t) => t.file));
  });

  it.each(TABLES.map((t) => [t.name, t] as const))('covers every column of %s', (name, table) => {
    const entry = dictionary.find((t) => t.name === name);
    expect(entry?.columns.map((c) => c.name)).toEqual(table.columnNames);
    expect(entry?.primaryKey).toEqual(table.primaryKey);
  });

  it.each(['en', 'tr'] as const)('has no blank description, type or presence in %s', (lang) => {
    for (const table of dictionary) {
      expect(table.description[lang].trim(), table.name).not.toBe('');
      expect(table.presenceText[lang].trim(), table.name).not.toBe('');
      for (const column of table.columns) {
        expect(column.description[lang].trim(), `${table.name}.${column.name}`).not.toBe('');
        expect(column.type[lang].trim(), `${table.name}.${column.name}`).not.toBe('');
      }
    }
  });

  it.each([
    ['participants', 'role', ['mentor', 'mentee']],
    ['sessions', 'kind', ['kickoff', 'regular', 'check_in', 'closing']],
    ['survey_responses', 'wave', ['pre', 'mid', 'post']],
  ] as const)('gives the allowed values of %s.%s', (table, column, values) => {
    const entry = dictionary.find((t) => t.name === table)?.columns.find((c) => c.name === column);
    expect(entry?.values).toEqual(values);
  });

  it.each([
    ['cohorts', 'planned_sessions', '1–52', true],
    ['sessions', 'duration_minutes', '1–600', true],
    ['cohorts', 'staff_trained', '≥ 0', false],
  ] as const)('gives %s.%s the range %s and required = %s', (table, column, range, required) => {
    const entry = dictionary.find((t) => t.name === table)?.columns.find((c) => c.name === column);
    expect(entry?.range.en).toBe(range);
    expect(entry?.required).toBe(required);
  });

  it('marks foreign keys with the file they refer to', () => {
    const mentor = dictionary
      .find((t) => t.name === 'matches')
      ?.columns.find((c) => c.name === 'mentor_id');
    expect(mentor?.references).toEqual({ table: 'participants', file: 'participants.csv' });
  });

  it('describes conditional files in Turkish without suffixes on file names', () => {
    const schools = dictionary.find((t) => t.name === 'schools');
    expect(schools?.presenceText.tr).toBe(
      'cohorts.csv dosyasındaki school_id sütunu doluysa zorunlu',
    );
  });
});

describe('rangeText', () => {
  it.each([
    [1, 52, 'en', '1–52'],
    [1, 1000000, 'tr', '1–1.000.000'],
    [1, 1000000, 'en', '1–1,000,000'],
    [0, undefined, 'tr', '≥ 0'],
    [undefined, 600, 'en', '≤ 600'],
    [undefined, undefined, 'en', ''],
  ] as const)('rangeText(%s, %s, %s) is %j', (min, max, lang, expected) => {
    expect(rangeText(min, max, lang)).toBe(expected);
  });
});

describe.each(['en', 'tr'] as const)('dictionaryCsv(%s)', (lang) => {
  const parsed = Papa.parse<string[]>(dictionaryCsv(dictionary, lang), { skipEmptyLines: true });

  it('parses as CSV with one row per column of every table', () => {
    expect(parsed.errors).toEqual([]);
    const columns = TABLES.reduce((n, t) => n + t.columnNames.length, 0);
    expect(parsed.data.length).toBe(columns + 1);
  });

  it('has no cell a spreadsheet would read as a formula', () => {
    expect(parsed.data.length).toBeGreaterThan(1);
    for (const row of parsed.data) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('DICTIONARY_CSV', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\u00A0=x', "'\u00A0=x"],
    ['46+', '46+'],
    ['plain', 'plain'],
  ])('neutralises %j as %j', (input, expected) => {
    expect(csvCell(input, DICTIONARY_CSV)).toBe(expected);
  });
});

describe('dictionaryMarkdown', () => {
  it.each([
    ['en', '# Data dictionary', '| Column | Type | Required |'],
    ['tr', '# Veri sözlüğü', '| Sütun | Tür | Zorunlu |'],
  ] as const)(
    'in %s has a title, a section per file and a table per section',
    (lang, title, head) => {
      const md = dictionaryMarkdown(dictionary, lang);
      expect(md.startsWith(title)).toBe(true);
      for (const table of TABLES) expect(md).toContain(`## ${table.file}`);
      expect(md.split(head).length - 1).toBe(TABLES.length);
    },
  );
});
