import { describe, expect, it } from 'vitest';
import { publishProvinces } from '../../../src/core/disclosure/publish-provinces.ts';
import { publishYears } from '../../../src/core/disclosure/publish-years.ts';
import type { PublishedSchool } from '../../../src/core/disclosure/published-types.ts';
import type { ProvinceStats, YearStats } from '../../../src/core/stats/types.ts';

const year = (y: number, mentees: number, completed: number): YearStats => ({
  year: y,
  reach: {
    relationships: mentees,
    mentees,
    mentors: 0,
    schools: 1,
    cohorts: 2,
    sessions: 12,
    mentoringHours: 10 + 1 / 3,
    staffTrained: 0,
  },
  funnel: { registered: mentees, matched: mentees, attended: mentees, completed, withdrawn: 0 },
});

describe('publishYears', () => {
  it('suppresses a year under k and withholds the next smallest against the published total', () => {
    const rows = publishYears(
      [year(2023, 3, 1), year(2024, 40, 30), year(2025, 25, 20)],
      { mentees: 68, relationships: 68, completed: 51 },
      10,
    );
    expect(rows.map((r) => r.mentees)).toEqual([{ below: 10 }, 40, null]);
    expect(rows.map((r) => r.relationships)).toEqual([{ below: 10 }, 40, null]);
    // Cohorts, sessions and hours are not counts of people; hours are rounded to 2 decimals.
    expect(rows[0]).toMatchObject({
      year: 2023,
      cohorts: 2,
      sessions: 12,
      mentoringHours: 10.33,
    });
  });

  it('publishes the completion rate only where both counts are published', () => {
    const rows = publishYears(
      [year(2023, 30, 12), year(2024, 40, 30), year(2025, 25, 4)],
      { mentees: 95, relationships: 95, completed: 46 },
      10,
    );
    expect(rows).toHaveLength(3);
    // 2024: 30 ÷ 40. 2025: 4 completed is under k. 2023: withheld, else 46 − 30 = 16 would
    // give 2025's 4 back.
    expect(rows.map((r) => r.completionRate)).toEqual([null, 0.75, null]);
  });

  it('withholds every year when only hiding the total would protect them', () => {
    const rows = publishYears(
      [year(2024, 9, 0), year(2025, 9, 0)],
      { mentees: 18, relationships: 18, completed: { below: 10 } },
      10,
    );
    expect(rows.map((r) => r.mentees)).toEqual([null, null]);
  });
});

const province = (name: string, mentees: number, schools: number[]): ProvinceStats => ({
  province: name,
  mentees,
  relationships: mentees,
  schools,
});
const school = (mentees: number, published: PublishedSchool['mentees']) => ({
  raw: { mentees, relationships: mentees },
  published: { mentees: published, relationships: published } as PublishedSchool,
});

describe('publishProvinces', () => {
  it('applies the sibling-group rule of the school table against the programme total', () => {
    const rows = publishProvinces(
      [province('Adana', 4, [0]), province('Ankara', 50, [1]), province('İzmir', 30, [2])],
      [school(4, { below: 10 }), school(50, 50), school(30, null)],
      10,
    );
    expect(rows.map((r) => [r.province, r.mentees])).toEqual([
      ['Adana', { below: 10 }],
      ['Ankara', 50],
      ['İzmir', null],
    ]);
  });

  it('withholds a province whose total would give back a suppressed school', () => {
    const rows = publishProvinces(
      [
        province('İstanbul', 45, [0, 1]),
        province('Ankara', 50, [2]),
        province('İzmir', 60, [3]),
        province('Bursa', 70, [4]),
      ],
      [school(5, { below: 10 }), school(40, 40), school(50, 50), school(60, 60), school(70, 70)],
      10,
    );
    // İstanbul − 40 = 5: withheld; then Ankara too, or the programme total would give it back.
    expect(rows.map((r) => r.mentees)).toEqual([null, null, 60, 70]);
    expect(rows.map((r) => r.schools)).toEqual([2, 1, 1, 1]);
  });
});
