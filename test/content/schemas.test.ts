import { describe, expect, it } from 'vitest';
import { guideSchema, isIsoDate, isoDate, sourceSchema } from '../../src/content/schemas.ts';

describe('isIsoDate', () => {
  const cases: [string, boolean][] = [
    ['2025-01-31', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['31.01.2025', false],
    ['2025-1-31', false],
  ];
  it.each(cases)('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('isoDate', () => {
  it('turns a YAML Date back into a YYYY-MM-DD string', () => {
    expect(isoDate.parse(new Date('2025-03-04T00:00:00Z'))).toBe('2025-03-04');
  });
});

describe('guideSchema', () => {
  const valid = {
    title: 'Recruitment',
    description: 'How to find mentors.',
    lastReviewed: '2025-01-31',
    sources: ['mentor-elements-of-effective-practice'],
    programme: 'mwm-high-school',
    chapter: 1,
    standard: 'recruitment',
    artefacts: [],
  };
  const cases: [string, Record<string, unknown>, boolean][] = [
    ['accepts a complete chapter', valid, true],
    ['rejects a chapter without sources', { ...valid, sources: [] }, false],
    ['rejects an unknown standard', { ...valid, standard: 'evaluation' }, false],
    ['rejects an unknown programme', { ...valid, programme: 'mwm' }, false],
    ['rejects a date in Turkish notation', { ...valid, lastReviewed: '31.01.2025' }, false],
    ['rejects unknown fields (typos)', { ...valid, artifacts: [] }, false],
    [
      'rejects artefact slugs that are not slugs',
      { ...valid, artefacts: ['Code of conduct'] },
      false,
    ],
  ];
  it.each(cases)('%s', (_title, data, ok) => {
    expect(guideSchema.safeParse(data).success).toBe(ok);
  });
});

describe('sourceSchema', () => {
  it('requires notes in both languages', () => {
    const source = { title: 'T', publisher: 'P', year: 2015, language: 'en', note_en: 'n' };
    expect(sourceSchema.safeParse(source).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, note_tr: 'not' }).success).toBe(true);
  });
});
