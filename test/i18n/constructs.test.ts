/**
 * Survey constructs have a label in both dictionaries, an unknown construct id reads as the id
 * itself (never as an English word), and no template puts a word after a name, where a name that
 * already ends in that word would double it ("… Lise Programı programında").
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { constructLabel } from '../../src/components/data/display.ts';
import { en } from '../../src/i18n/en.ts';
import { tr } from '../../src/i18n/tr.ts';

const items = Papa.parse<Record<string, string>>(
  readFileSync(new URL('../../data/survey_items.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const constructs = [...new Set(items.map((row) => row.construct as string))].sort();

describe('construct labels', () => {
  it('the sample data has constructs (guards the loop below)', () => {
    expect(constructs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(constructs)('%s has a label in English and in Turkish', (construct) => {
    const key = `construct.${construct}`;
    expect(en).toHaveProperty(key);
    expect(tr).toHaveProperty(key);
    expect(constructLabel('tr', construct)).toBe(tr[key as keyof typeof tr]);
  });

  it('an unknown construct id is shown as the id, with spaces for underscores', () => {
    expect(constructLabel('tr', 'digital_skills_2')).toBe('digital skills 2');
    expect(constructLabel('en', 'digital_skills_2')).toBe('digital skills 2');
  });
});

describe('templates with names', () => {
  // Placeholders that take a name or a label written elsewhere.
  const NAMES = ['name', 'theme', 'file', 'code'];
  it.each([
    ['en', en],
    ['tr', tr],
  ] as const)('%s: no name placeholder is followed by a word', (_lang, dictionary) => {
    const pattern = new RegExp(`\\{(?:${NAMES.join('|')})\\}[^\\S\\n]*[\\p{L}]`, 'u');
    const bad = Object.entries(dictionary).filter(([, text]) => pattern.test(text));
    expect(bad.map(([key]) => key)).toEqual([]);
  });
});
