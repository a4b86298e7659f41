import { describe, expect, it } from 'vitest';
import { collectFixture } from './fixture.ts';

const raw = collectFixture('small').finishRaw({ asOf: '2024-06-30' });
const hs = raw.programmes.find((p) => p.programmeId === 'hs')!;
const ses = raw.programmes.find((p) => p.programmeId === 'ses')!;

describe('reach', () => {
  it.each([
    [
      'hs',
      hs,
      {
        relationships: 6,
        mentees: 7,
        mentors: 2,
        schools: 2,
        cohorts: 2,
        sessions: 6,
        staffTrained: 3,
      },
    ],
    [
      'ses',
      ses,
      {
        relationships: 3,
        mentees: 3,
        mentors: 3,
        schools: 0,
        cohorts: 1,
        sessions: 4,
        staffTrained: 0,
      },
    ],
  ])(
    'counts match rows, people by role, distinct schools, cohorts and sessions of %s',
    (_, p, expected) => {
      expect(p.reach).toMatchObject(expected);
    },
  );

  it('sums mentoring hours as minutes ÷ 60', () => {
    expect(hs.reach.mentoringHours).toBeCloseTo(325 / 60, 12);
    expect(ses.reach.mentoringHours).toBe(6);
  });
});

describe('funnel', () => {
  it.each([
    ['hs', hs, { registered: 7, matched: 6, attended: 7, completed: 3, withdrawn: 1 }],
    ['ses', ses, { registered: 3, matched: 3, attended: 2, completed: 1, withdrawn: 1 }],
  ])(
    'counts mentees registered → matched → attended (session or kickoff) → completed; withdrawn (%s)',
    (_, p, expected) => {
      expect(p.funnel).toEqual(expected);
    },
  );
});

describe('engagement', () => {
  it('counts meetings per pair with zeros for one-to-one programmes only', () => {
    expect(ses.meetingsPerPair).toEqual({ pairs: [1, 1, 1], mean: 1, median: 1 });
    expect(hs.meetingsPerPair).toBeUndefined();
  });
});

describe('outcomes', () => {
  const stem = hs.outcomes.find((o) => o.construct === 'stem_interest')!;
  const confidence = hs.outcomes.find((o) => o.construct === 'self_confidence')!;

  it('scores mentees only, reverse-codes, and needs half the items in both waves', () => {
    // pre: a1 7/3, a3 3, a4 4/3, b1 4, b2 2, b3 3.5 (a2 answered 1 of 3 items)
    // post: a1 4, a2 5, a3 3, a4 2, b1 3.5, b2 4
    expect([stem.nPre, stem.nPost, stem.n]).toEqual([6, 6, 5]);
    expect(stem.meanPre).toBeCloseTo((7 / 3 + 3 + 4 / 3 + 4 + 2) / 5, 12);
    expect(stem.meanPost).toBeCloseTo((4 + 3 + 2 + 3.5 + 4) / 5, 12);
    expect(stem.meanChange).toBeCloseTo((5 / 3 + 0 + 2 / 3 - 0.5 + 2) / 5, 12);
    expect([stem.improved, stem.same, stem.declined]).toEqual([3, 1, 1]);
  });

  it('counts a construct with two items when one is answered (1 × 2 ≥ 2)', () => {
    expect([confidence.nPre, confidence.nPost, confidence.n]).toEqual([3, 3, 3]);
    expect(confidence.meanChange).toBeCloseTo(0, 12);
    expect([confidence.improved, confidence.same, confidence.declined]).toEqual([1, 1, 1]);
  });
});

describe('outcomes with a questionnaire per programme (survey_items.programme_id)', () => {
  const of = (p: typeof hs, construct: string) => p.outcomes.find((o) => o.construct === construct);

  it('counts only the items of the respondent’s programme: one SES self-confidence item of three', () => {
    // s1 is SES's only self_confidence item (c1, c2 are the high school's): one answer is enough.
    // sa1 2 → 4, sa2 3 → 3, sa3 4 → skipped; the mentor sm1 never enters.
    const confidence = of(ses, 'self_confidence')!;
    expect([confidence.nPre, confidence.nPost, confidence.n]).toEqual([3, 2, 2]);
    expect([confidence.meanPre, confidence.meanPost, confidence.meanChange]).toEqual([2.5, 3.5, 1]);
    expect([confidence.improved, confidence.same, confidence.declined]).toEqual([1, 1, 0]);
  });

  it('counts an item of every programme (blank) and one of two (`hs;ses`) in each questionnaire', () => {
    // wellbeing: w1 (blank) and w2 (hs;ses, reverse-coded) — two items for both programmes.
    // sa1 3 → 4; sa2 (6 − 4) → (6 − 1); sa3 mean(5, 6 − 1) → 4; a1 4 → mean(4, 6 − 2).
    const sesWellbeing = of(ses, 'wellbeing')!;
    expect([sesWellbeing.nPre, sesWellbeing.nPost, sesWellbeing.n]).toEqual([3, 3, 3]);
    expect(sesWellbeing.meanChange).toBeCloseTo((1 + 3 - 1) / 3, 12);
    expect([sesWellbeing.improved, sesWellbeing.same, sesWellbeing.declined]).toEqual([2, 0, 1]);
    const hsWellbeing = of(hs, 'wellbeing')!;
    expect([hsWellbeing.n, hsWellbeing.meanPre, hsWellbeing.meanPost]).toEqual([1, 4, 4]);
  });

  it('gives a programme no row for a construct its questionnaire does not ask', () => {
    expect(of(ses, 'stem_interest')).toBeUndefined();
    expect(hs.outcomes.map((o) => o.construct).sort()).toEqual([
      'self_confidence',
      'stem_interest',
      'wellbeing',
    ]);
  });
});

describe('goal progress and months', () => {
  it('lists every month from the first to the last match, zeros included, with the running total', () => {
    expect(ses.relationshipsByMonth.map((m) => [m.month, m.new, m.cumulative])).toEqual([
      ['2023-01', 2, 2],
      ['2023-02', 0, 2],
      ['2023-03', 1, 3],
    ]);
  });

  it('draws the target path from the first month to the target month', () => {
    expect(hs.relationshipsByMonth.map((m) => m.targetPath)).toEqual([100 / 11, 200 / 11]);
  });

  it('computes the pace needed per month from as_of, not the clock', () => {
    expect(hs.goal).toEqual({
      target: 100,
      targetDate: '2024-12-31',
      current: 6,
      monthsLeft: 6,
      pacePerMonth: 94 / 6,
    });
    expect(ses.goal).toBeUndefined();
  });

  it('falls back to the latest date in the data when there is no as_of', () => {
    const fallback = collectFixture('small').finishRaw();
    expect([fallback.asOf, fallback.asOfSource]).toEqual(['2024-04-15', 'latest-date-in-data']);
  });
});

describe('workshop themes', () => {
  it('counts distinct groups per theme and ranks by groups, then theme_id', () => {
    expect(ses.themes.map((t) => [t.themeId, t.groups])).toEqual([
      ['glass-ceiling', 2],
      ['pay-transparency', 1],
    ]);
    expect(hs.themes.map((t) => [t.themeId, t.groups])).toEqual([['pay-transparency', 1]]);
  });
});

describe('schools and cohorts', () => {
  it('aggregates per school, with attendance rows of its mentees', () => {
    const s1 = raw.schools.find((s) => s.schoolId === 's1')!;
    const s2 = raw.schools.find((s) => s.schoolId === 's2')!;
    expect([s1.reach.mentees, s1.reach.relationships, s1.reach.sessions]).toEqual([4, 3, 4]);
    expect(s1.attendance).toEqual({ rows: 8, attended: 5, people: 4 });
    expect(s2.attendance).toEqual({ rows: 5, attended: 4, people: 3 });
    expect(s2.nameEn).toBe(s2.nameTr);
  });

  it('aggregates per cohort', () => {
    const cohort = raw.cohorts.find((c) => c.cohortId === 'hs-b')!;
    expect(cohort.reach.sessions).toBe(2);
    expect(cohort.schoolId).toBe('s2');
  });
});

describe('streaming order', () => {
  it('rejects rows of an earlier table after a later one', () => {
    const collector = collectFixture('small');
    expect(() =>
      collector.row(
        'programmes',
        {
          programme_id: 'x',
          name_en: 'x',
          name_tr: 'x',
          organisation: 'x',
          format: 'group',
          eligible_mentee_age_bands: undefined,
          target_relationships: undefined,
          target_date: undefined,
        },
        2,
      ),
    ).toThrow(/after a later table/);
  });
});
