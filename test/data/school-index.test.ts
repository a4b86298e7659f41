import { describe, expect, it } from 'vitest';
import type { PublishedSchool } from '../../src/core/disclosure/index.ts';
import { provinceGroups, SCHOOL_INDEX_LIMIT, splitByProvince } from '../../src/data/school-index.ts';
import { schoolSlugs } from '../../src/data/school-slugs.ts';

function school(schoolId: string, nameTr: string, province: string): PublishedSchool {
  return {
    schoolId,
    nameTr,
    nameEn: nameTr,
    province,
    schoolType: 'anatolian_high_school',
    isPilot: false,
    cohorts: 1,
    mentees: 20,
    relationships: 20,
    sessions: 6,
    attendanceRate: 0.8,
    outcomes: [],
    cohortPeriods: [{ start: '2024-02-05', end: '2024-03-15' }],
  };
}

describe('schoolSlugs', () => {
  it('transliterates the Turkish name and province', () => {
    const slugs = schoolSlugs([school('s1', 'Darüşşafaka Lisesi', 'İstanbul')]);
    expect(slugs.get('s1')).toBe('darussafaka-lisesi-istanbul');
  });

  it('adds the school id only where two schools would share a slug', () => {
    const slugs = schoolSlugs([
      school('a-1', 'Atatürk Anadolu Lisesi', 'Iğdır'),
      school('a-2', 'Atatürk Anadolu Lisesi', 'Iğdır'),
      school('b-1', 'Atatürk Anadolu Lisesi', 'Muğla'),
    ]);
    expect([...slugs.values()]).toEqual([
      'ataturk-anadolu-lisesi-igdir-a-1',
      'ataturk-anadolu-lisesi-igdir-a-2',
      'ataturk-anadolu-lisesi-mugla',
    ]);
  });
});

describe('school index by province', () => {
  it(`stays one table up to ${SCHOOL_INDEX_LIMIT} schools and splits above`, () => {
    const many = Array.from({ length: SCHOOL_INDEX_LIMIT + 1 }, (_, i) =>
      school(`s${i}`, `Okul ${i}`, i % 2 ? 'İzmir' : 'Çanakkale'),
    );
    expect(splitByProvince(many.slice(0, SCHOOL_INDEX_LIMIT))).toBe(false);
    expect(splitByProvince(many)).toBe(true);
  });

  it('groups schools by province in Turkish alphabetical order, with slugs apart from school slugs', () => {
    const groups = provinceGroups([
      school('1', 'A Lisesi', 'İzmir'),
      school('2', 'B Lisesi', 'Iğdır'),
      school('3', 'C Lisesi', 'Çanakkale'),
      school('4', 'D Lisesi', 'İzmir'),
    ]);
    expect(groups.map((g) => [g.province, g.slug, g.schools.length])).toEqual([
      ['Çanakkale', 'il-canakkale', 1],
      ['Iğdır', 'il-igdir', 1],
      ['İzmir', 'il-izmir', 2],
    ]);
  });
});
