/**
 * Turkish pages read Turkish: no word of the English stop-list stands outside an element marked
 * `lang="en"` (code excepted), no command placeholder or date pattern is written in English, and
 * no Turkish URL holds an English path word of its English twin.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { sitePages } from '../../../src/pipeline/site-pages.ts';
import { otherLang, pathOf, routeOf } from '../../../src/i18n/routes.ts';
import { ENGLISH_WORDS, SHARED_WORDS, wordsOf } from './english-words.ts';
import { textRuns } from './page-text.ts';

const pages = sitePages(inject('siteDir'));
const turkish = pages.filter((p) => p.lang === 'tr');

/** Words of the English path segments whose Turkish twin segment is different. */
function englishPathWords(): Set<string> {
  const words = new Set<string>();
  for (const page of pages.filter((p) => p.lang === 'en')) {
    const found = routeOf(page.path);
    if (!found) continue;
    const en = page.path.split('/');
    const tr = pathOf(otherLang(found.lang), found.route).split('/');
    en.forEach((segment, i) => {
      if (segment !== tr[i] && i > 1) {
        for (const w of segment.split('-')) if (!SHARED_WORDS.has(w)) words.add(w);
      }
    });
  }
  return words;
}

describe('Turkish pages read Turkish', () => {
  it('the built site has Turkish pages and the stop-list is real (guards the checks below)', () => {
    expect(turkish.length).toBeGreaterThan(40);
    expect(ENGLISH_WORDS.size).toBeGreaterThan(300);
    for (const word of ['the', 'and', 'data', 'dashboard', 'mentees', 'pairs', 'sessions']) {
      expect(ENGLISH_WORDS).toContain(word);
    }
  });

  it.each(turkish.map((p) => [p.path, p.file]))(
    '%s: no English word outside lang="en" or code',
    (_path, file) => {
      const runs = textRuns(readFileSync(file, 'utf8'));
      expect(runs.length).toBeGreaterThan(10);
      const english = runs
        .filter((run) => run.lang === 'tr' && !run.code)
        .flatMap((run) =>
          wordsOf(run.text)
            .filter((w) => ENGLISH_WORDS.has(w))
            .map((w) => `${w} in “${run.text.trim().slice(0, 80)}” (${run.where})`),
        );
      expect(english).toEqual([]);
    },
  );

  it.each(turkish.map((p) => [p.path, p.file]))(
    '%s: placeholders and date patterns are Turkish, even in code',
    (_path, file) => {
      const text = textRuns(readFileSync(file, 'utf8'))
        .filter((run) => run.lang === 'tr')
        .map((run) => run.text)
        .join(' ');
      const placeholders = [...text.matchAll(/[<‹]([\p{L}-]+)[>›]/gu)]
        .map((m) => m[1] as string)
        .filter((w) => ENGLISH_WORDS.has(w.toLowerCase()));
      expect(placeholders).toEqual([]);
      expect(text).not.toMatch(/YYYY-MM-DD|DD\.MM\.YYYY/);
    },
  );

  it('no Turkish URL holds an English path word of its twin', () => {
    const english = englishPathWords();
    expect(english).toContain('guides');
    expect(english).toContain('consent');
    const offending = turkish
      .map((p) => p.path)
      .filter((path) => path.split(/[/-]/).some((w) => english.has(w)));
    expect(offending).toEqual([]);
  });

  it('the school-type filter lists Turkish labels in Turkish order, “Diğer” last', () => {
    const page = turkish.find((p) => p.path === '/tr/okullar/');
    expect(page).toBeDefined();
    const html = readFileSync(page?.file ?? '', 'utf8');
    const select = /<select[^>]*id="school-type"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    const labels = [...select.matchAll(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g)].map(
      (m) => m[2] as string,
    );
    expect(labels.length).toBeGreaterThanOrEqual(3);
    const rest = labels.filter((l) => l !== 'Diğer');
    expect(rest).toEqual([...rest].sort(new Intl.Collator('tr').compare));
    if (labels.includes('Diğer')) expect(labels.at(-1)).toBe('Diğer');
  });
});
