import { describe, expect, it } from 'vitest';
import { CohortPairSet } from '../../../../src/core/validate/keys/cohort-pair-set.ts';
import { HashSet, type CompositeSet } from '../../../../src/core/validate/keys/composite-set.ts';

/** Counts what reaches the set behind (the pairs that are not within one cohort). */
class Counted implements CompositeSet {
  readonly inner = new HashSet(8);
  added = 0;
  add(key: number): boolean {
    this.added++;
    return this.inner.add(key);
  }
  snapshot() {
    return this.inner.snapshot();
  }
}

describe('CohortPairSet: pairs within a cohort as bits, the rest behind', () => {
  // 40 sessions and 300 participants in 7 cohorts, a few of each without a cohort; the
  // columns are longer than the rows (-1 padded, as IntColumn's storage is).
  const sessions = 40;
  const participants = 300;
  const column = (rows: number, cohortOf: (row: number) => number) => {
    const cohort = new Int32Array(rows + 17).fill(-1);
    for (let i = 0; i < rows; i++) cohort[i] = cohortOf(i);
    return cohort;
  };
  const sessionCohort = column(sessions, (s) => (s % 13 === 5 ? -1 : s % 7));
  // Cohort 6 has sessions but no participant; cohort 9, participants but no session.
  const participantCohort = column(participants, (p) =>
    p % 31 === 0 ? -1 : p % 50 === 1 ? 9 : p % 6,
  );
  const key = (s: number, p: number) => s * participants + p;

  it('answers as a Set on registers, repeats, cross-cohort rows and rows of no cohort', () => {
    const keys: number[] = [];
    // Registers, grouped by participant as exports are; then every pair again in another order.
    for (let p = 0; p < participants; p++)
      for (let s = 0; s < sessions; s++) if ((p + s) % 3 === 0) keys.push(key(s, p));
    for (let s = sessions - 1; s >= 0; s--)
      for (let p = 0; p < participants; p += 7) keys.push(key(s, p));
    const rest = new Counted();
    const set = CohortPairSet.create(
      sessionCohort,
      sessions,
      participantCohort,
      participants,
      rest,
    );
    expect(set).toBeDefined();
    const truth = new Set<number>();
    let repeats = 0;
    for (const k of keys) {
      const fresh = !truth.has(k);
      truth.add(k);
      if (!fresh) repeats++;
      expect(set?.add(k), String(k)).toBe(fresh);
    }
    expect(repeats).toBeGreaterThan(100);
    // Most pairs are within a cohort and never reach the set behind; the others all do.
    const within = keys.filter((k) => {
      const p = k % participants;
      const s = (k - p) / participants;
      return participantCohort[p]! >= 0 && participantCohort[p] === sessionCohort[s];
    }).length;
    expect(within).toBeGreaterThan(0);
    expect(rest.added).toBe(keys.length - within);
    expect(rest.added).toBeGreaterThan(0);
  });

  it('keys past 2^32 (a national key space) work the same', () => {
    const base = 1_066_361;
    const cohorts = column(base, (p) => p % 4);
    const sessionCohorts = column(5001, (s) => s % 4);
    const rest = new Counted();
    const set = CohortPairSet.create(sessionCohorts, 5001, cohorts, base, rest);
    // The last participant and sessions 5000 and 4996, all of cohort 0: bits, not the rest.
    const k = 5000 * base + base - 1;
    expect(k).toBeGreaterThan(2 ** 32);
    expect([set?.add(k), set?.add(k), set?.add(k - 4 * base)]).toEqual([true, false, true]);
    expect(rest.added).toBe(0);
  });
});
