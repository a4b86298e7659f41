/**
 * Turkish URLs use Turkish words: every guide, artefact, finding and programme has a Turkish slug
 * in the route map, and no Turkish path word is an English word of the content's slugs.
 */
import { describe, expect, it } from 'vitest';
import { PROGRAMME_IDS } from '../../src/content/schemas.ts';
import { LOCAL_SLUGS } from '../../src/i18n/slugs.ts';
import { pathOf, SECTIONS, SUBPAGES, type Route } from '../../src/i18n/routes.ts';
import { slugsOf } from './read-content.ts';

/** Words both languages write the same: programme and law acronyms and a file format. */
const SHARED_WORDS = new Set(['mwm', 'ses', 'kvkk', 'csv']);

const contentSections = ['guides', 'artefacts', 'findings'] as const;

/** Every page route whose slug comes from content or from a programme id. */
const routes: Route[] = [
  ...contentSections.flatMap((key) =>
    slugsOf(key, 'en').map((slug): Route => ({ key, params: [slug] })),
  ),
  ...PROGRAMME_IDS.flatMap((id): Route[] => [
    { key: 'programmes', params: [id] },
    { key: 'programmes', params: [id, { sub: 'howItWorks' }] },
    { key: 'impact', params: [id] },
  ]),
  ...(Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).map((key): Route => ({ key })),
];

/** The English words of the site's own path words and slugs. */
const englishWords = new Set(
  [...routes.map((route) => pathOf('en', route)), ...Object.values(SUBPAGES).map((s) => s.en)]
    .flatMap((path) => path.split(/[/-]/))
    .filter((word) => word !== '' && word !== 'en' && !SHARED_WORDS.has(word)),
);

describe('Turkish slugs', () => {
  it('the English word list is real (guards the checks below)', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(englishWords).toContain('safeguarding');
    expect(englishWords).toContain('consent');
    expect(englishWords).toContain('dashboard');
  });

  it.each(contentSections)('every %s entry has a Turkish slug, and no slug is stale', (key) => {
    expect(Object.keys(LOCAL_SLUGS[key]).sort()).toEqual(slugsOf(key, 'en'));
  });

  it('every programme has a Turkish slug for its pages and its dashboard', () => {
    expect(Object.keys(LOCAL_SLUGS.programmes).sort()).toEqual([...PROGRAMME_IDS].sort());
    expect(LOCAL_SLUGS.impact).toEqual(LOCAL_SLUGS.programmes);
  });

  it.each(Object.keys(LOCAL_SLUGS))('Turkish slugs of %s are unique slugs', (key) => {
    const slugs = Object.values(LOCAL_SLUGS[key as keyof typeof LOCAL_SLUGS]);
    expect(slugs.filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s))).toEqual([]);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('no Turkish URL holds an English word of the content slugs', () => {
    const offending = routes
      .map((route) => pathOf('tr', route))
      .filter((path) => path.split(/[/-]/).some((word) => englishWords.has(word)));
    expect(offending).toEqual([]);
  });
});
