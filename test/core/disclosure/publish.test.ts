import { describe, expect, it } from 'vitest';
import { DisclosureError, publishStats } from '../../../src/core/disclosure/index.ts';
import type { Count, PublishedProgramme } from '../../../src/core/disclosure/published-types.ts';
import { collectFixture } from '../stats/fixture.ts';
import { Attack } from './recover.ts';

const raw = collectFixture('small').finishRaw({ asOf: '2024-06-30' });

describe('publishStats', () => {
  it.each([4, 0, -1, 5.5])('refuses k = %s with a typed error', (k) => {
    expect(() => publishStats(raw, k)).toThrow(DisclosureError);
  });

  it('publishes counts under k as <k and withholds statistics from fewer than k people (k = 10)', () => {
    const hs = publishStats(raw, 10).programmes.find((p) => p.programmeId === 'hs')!;
    expect(hs.reach.mentees).toEqual({ below: 10 });
    expect(hs.reach.cohorts).toBe(2);
    expect(hs.outcomes[0]).toMatchObject({
      n: { below: 10 },
      meanPre: null,
      wilcoxonP: null,
      improved: null,
    });
    expect(hs.goal).toMatchObject({ current: { below: 10 }, pacePerMonth: null });
  });

  it('publishes statistics from at least k people, rounded (k = 5)', () => {
    const hs = publishStats(raw, 5).programmes.find((p) => p.programmeId === 'hs')!;
    const stem = hs.outcomes.find((o) => o.construct === 'stem_interest')!;
    // Means to 2 decimals (SciPy: 2.5333…, 3.3, 0.7667); the distributional figures are
    // withheld by the reconstruction check (test/core/disclosure/reconstruct.test.ts).
    expect(stem).toMatchObject({ n: 5, meanPre: 2.53, meanPost: 3.3, meanChange: 0.77 });
    // 3 improved, 1 same, 1 declined: every share's count is under 5, so all are withheld.
    expect([stem.improved, stem.same, stem.declined]).toEqual([null, null, null]);
    expect(hs.goal!.pacePerMonth).toBe(15.67);
  });

  it('keeps workshop notes only for themes raised by at least k groups', () => {
    const ses = publishStats(raw, 5).programmes.find((p) => p.programmeId === 'ses')!;
    expect(ses.themes.every((t) => t.notes.length === 0)).toBe(true);
  });

  it('contains no participant, match or session id and no note under k', () => {
    const json = JSON.stringify(publishStats(raw, 5));
    for (const id of ['"a1"', '"m1"', '"ma1"', '"pm1"', '"s-a2"', 'sa1', 'Terfide', 'invisible']) {
      expect(json).not.toContain(id);
    }
  });
});

/** Tries to recover every suppressed count of a published programme. */
function attackProgramme(p: PublishedProgramme, k: number): number[] {
  const attack = new Attack();
  const total = attack.cell(p.reach.relationships);
  let previous = -1;
  for (const row of p.relationshipsByMonth) {
    const added = attack.cell(row.new);
    const cumulative = attack.cell(row.cumulative);
    attack.sum(previous < 0 ? [added] : [previous, added], cumulative);
    previous = cumulative;
  }
  if (previous >= 0) attack.sum([previous], total);
  // The series runs from the first to the last month with data: both are ≥ 1.
  const months = p.relationshipsByMonth.length;
  if (months > 0) {
    attack.atLeast(1, 1);
    attack.atLeast(1 + 2 * (months - 1), 1);
  }
  if (p.meetingsPerPair) {
    const pairs = p.meetingsPerPair.distribution.map((r) => attack.cell(r.pairs));
    attack.sum(pairs, total);
    // The distribution ends at the largest observed number of meetings.
    if (pairs.length > 0) attack.atLeast(pairs.at(-1)!, 1);
  }
  // Funnel: nested stages, and statuses that partition the registered mentees.
  const stage = (s: keyof PublishedProgramme['funnel']) => attack.cell(p.funnel[s]);
  const [registered, matched, attended, completed, withdrawn] = [
    stage('registered'),
    stage('matched'),
    stage('attended'),
    stage('completed'),
    stage('withdrawn'),
  ];
  attack.lessOrEqual(matched, registered);
  attack.lessOrEqual(attended, registered);
  const active = attack.cell(null);
  attack.sum([active, completed, withdrawn], registered);
  // The hidden active count may be worked out when it is not small; it is not a published cell.
  return attack.recovered().filter((cell) => cell !== active || attack.interval(active)[0] < k);
}

describe('secondary suppression', () => {
  it.each([5, 6, 10])('leaves no suppressed count of the fixture recoverable (k = %s)', (k) => {
    for (const p of publishStats(raw, k).programmes) expect(attackProgramme(p, k)).toEqual([]);
  });

  it('withholds the next smallest school when one school is under k', () => {
    const schools = publishStats(raw, 4 + 1).schools;
    const mentees: Count[] = schools.map((s) => s.mentees);
    // s1 has 4 mentees (<5), s2 has 3 (<5): two suppressed cells protect each other.
    expect(mentees).toEqual([{ below: 5 }, { below: 5 }]);
  });
});
