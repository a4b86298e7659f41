/**
 * The style sheet (content/STYLE-tr.md) holds: no banned form of content/style-banned.json in the
 * prose of content/, the source records or the UI dictionaries. Code, link targets and text
 * marked as English are not prose of the language and are not checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { tr } from '../../src/i18n/tr.ts';
import { CONTENT_DIR, COLLECTIONS, filesOf, readSource, sourceIds } from './read-content.ts';

interface Rule {
  pattern: string;
  flags?: string;
  bad: string;
  good: string;
  use: string;
  why: string;
}
const banned = JSON.parse(readFileSync(join(CONTENT_DIR, 'style-banned.json'), 'utf8')) as Record<
  'tr' | 'en',
  Rule[]
>;

/** A piece of prose to check and where it comes from. */
interface Text {
  where: string;
  text: string;
}

/** Body prose: code blocks, inline code, link targets, component ids and English spans removed. */
function prose(body: string): string {
  return body
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\s(href|id|type|format|lang)="[^"]*"/g, '')
    .replace(/<(span|i|em|cite|q) lang="en">[\s\S]*?<\/\1>/g, '');
}

function textsOf(lang: 'en' | 'tr'): Text[] {
  const texts: Text[] = [];
  for (const file of COLLECTIONS.flatMap((c) => filesOf(c)).filter((f) => f.lang === lang)) {
    texts.push({ where: `${file.path} (title)`, text: String(file.data.title) });
    texts.push({ where: `${file.path} (description)`, text: String(file.data.description) });
    prose(file.body)
      .split('\n')
      .forEach((line, i) => texts.push({ where: `${file.path}:${i + file.bodyLine}`, text: line }));
  }
  const fields = lang === 'tr' ? ['title_tr', 'short_tr', 'publisher_tr', 'note_tr'] : ['note_en'];
  for (const id of sourceIds()) {
    const source = readSource(id) as Record<string, unknown>;
    for (const field of fields) {
      if (typeof source[field] === 'string') {
        texts.push({ where: `sources/${id}.json (${field})`, text: source[field] });
      }
    }
  }
  for (const [key, text] of Object.entries(lang === 'tr' ? tr : en)) {
    texts.push({ where: `src/i18n/${lang}.ts (${key})`, text });
  }
  return texts;
}

describe.each(['tr', 'en'] as const)('style sheet, %s', (lang) => {
  const texts = textsOf(lang);
  const rules = banned[lang];

  it('has rules and texts to check (guards the checks below)', () => {
    expect(rules.length).toBeGreaterThan(lang === 'tr' ? 20 : 1);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it.each(rules.map((r) => [r.pattern, r] as const))('no text has /%s/', (_pattern, rule) => {
    const re = new RegExp(rule.pattern, rule.flags ?? 'iu');
    const hits = texts
      .filter((t) => re.test(t.text))
      .map((t) => `${t.where}: “${t.text.trim().slice(0, 90)}” → ${rule.use}`);
    expect(hits).toEqual([]);
  });
});

describe.each(['tr', 'en'] as const)('the banned forms of %s catch what they should', (lang) => {
  it.each(banned[lang].map((r) => [r.pattern, r] as const))('/%s/', (_pattern, rule) => {
    const re = new RegExp(rule.pattern, rule.flags ?? 'iu');
    expect(re.test(rule.bad), `flags “${rule.bad}”`).toBe(true);
    for (const good of rule.good.split('; ')) expect(re.test(good), `leaves “${good}”`).toBe(false);
  });
});

it('the style sheet names the data file it shares with this test', () => {
  const doc = readFileSync(join(CONTENT_DIR, 'STYLE-tr.md'), 'utf8');
  expect(doc).toContain('style-banned.json');
});
