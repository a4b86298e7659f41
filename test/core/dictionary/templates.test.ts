import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, templateCsv, templateFiles } from '../../../src/core/dictionary/index.ts';
import { TABLES } from '../../../src/core/schemas/index.ts';

const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text.slice(BOM.length), {
    header: true,
    skipEmptyLines: true,
  });

describe.each(TABLES.map((t) => [t.file, t] as const))('templates of %s', (_file, table) => {
  it('is a BOM and a CRLF header row equal to the schema’s columns', () => {
    const text = templateCsv(table);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(BOM.length)).toBe(`${table.columnNames.join(',')}\r\n`);
  });

  it('uses ; in the variant for Excel with Turkish settings', () => {
    expect(templateCsv(table, { delimiter: ';' }).slice(BOM.length)).toBe(
      `${table.columnNames.join(';')}\r\n`,
    );
  });

  it('has an example row that passes the table’s schema', () => {
    const parsed = parse(templateCsv(table, { example: true }));
    expect(parsed.data.length).toBe(1);
    expect(table.schema.safeParse(parsed.data[0]).success).toBe(true);
  });
});

describe('templateFiles', () => {
  const files = templateFiles();

  it('publishes each table three ways and the dictionary in both languages', () => {
    const paths = files.map((f) => f.path);
    for (const table of TABLES) {
      expect(paths).toContain(`templates/${table.file}`);
      expect(paths).toContain(`templates/excel-tr/${table.file}`);
      expect(paths).toContain(`templates/examples/${table.file}`);
    }
    for (const name of ['en.csv', 'tr.csv', 'en.md', 'tr.md']) {
      expect(paths).toContain(`templates/data-dictionary.${name}`);
    }
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('keeps Turkish letters intact in the Turkish dictionary', () => {
    const tr = files.find((f) => f.path === 'templates/data-dictionary.tr.csv')?.content ?? '';
    expect(tr).toContain('Açılış buluşmasına katıldı mı?');
    expect(tr).toMatch(/ş|ğ|ı|İ|ç|ö|ü/);
  });
});
