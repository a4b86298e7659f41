import { describe, expect, it } from 'vitest';
import {
  publishOutcome,
  publishStats,
  reconstructionRisk,
  type PublishedChange,
} from '../../../src/core/disclosure/index.ts';
import { pairedChange } from '../../../src/core/stats/paired-change.ts';
import type { ConstructOutcome } from '../../../src/core/stats/types.ts';
import { collectFixture } from '../stats/fixture.ts';

/** An outcome row of a single-item 1–5 construct from the people's changes. */
function row(changes: number[]): ConstructOutcome {
  const pre = changes.map((c) => (c >= 0 ? 1 : 5));
  const post = changes.map((c, i) => pre[i]! + c);
  return {
    construct: 'stem_interest',
    nPre: changes.length,
    nPost: changes.length,
    ...pairedChange(pre, post),
    grid: { step: 1, range: 4 },
    histogram: histogramOf(changes),
  };
}

/** The true histogram of whole-step changes, as outcomesByUnit hands it over. */
function histogramOf(changes: number[]): ConstructOutcome['histogram'] {
  const steps = [...new Set(changes)].sort((a, b) => a - b);
  return {
    steps: Int32Array.from(steps),
    counts: Int32Array.from(steps, (s) => changes.filter((c) => c === s).length),
  };
}

const published = (o: ReturnType<typeof publishOutcome>): PublishedChange => ({
  n: o.n as number,
  meanChange: o.meanChange,
  ciLow: o.ciLow,
  ciHigh: o.ciHigh,
  cohensDz: o.cohensDz,
  wilcoxonP: o.wilcoxonP,
  shares: [o.declined, o.same, o.improved],
});

describe('reconstruction check', () => {
  it('withholds the distribution of the small fixture group whose rounded figures fit fewer than k histograms', () => {
    // test/fixtures/stats/small: 5 paired mentees on stem_interest (3 up, 1 same, 1 down).
    const raw = collectFixture('small').finishRaw({ asOf: '2024-06-30' });
    const hs = publishStats(raw, 5).programmes.find((p) => p.programmeId === 'hs')!;
    const stem = hs.outcomes.find((o) => o.construct === 'stem_interest')!;
    expect(stem).toMatchObject({
      n: 5,
      meanPre: 2.53,
      meanPost: 3.3,
      meanChange: 0.77,
      ciLow: null,
      ciHigh: null,
      cohensDz: null,
      wilcoxonP: null,
      withheld: 'few',
    });
  });

  it('withholds a row where one mentee went from 1 to 5 and every fitting histogram says so', () => {
    // 10 people, k = 10: one extreme change (+4), the others small; all shares are <10 counts.
    const o = publishOutcome(row([4, 1, 1, 1, 1, 1, 0, 0, 0, -1]), 10);
    expect(o.withheld).not.toBeNull();
    expect([o.ciLow, o.ciHigh, o.cohensDz, o.wilcoxonP, o.improved]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    // Means stay: they are not distributional.
    expect(o.meanChange).toBe(0.8);
  });

  it('publishes a larger, spread-out group in full', () => {
    // At n = 40 this very pattern is pinned by the rounded CI, dz and p; at 100 it is not.
    const changes = Array.from(
      { length: 100 },
      (_, i) => [-2, -1, 0, 0, 1, 1, 1, 2, 2, 3][i % 10]!,
    );
    const o = publishOutcome(row(changes), 10);
    expect(o.withheld).toBeNull();
    expect(o.ciLow).not.toBeNull();
    expect(o.wilcoxonP).not.toBeNull();
    expect(reconstructionRisk(published(o), { step: 1, range: 4 }, 10)).toEqual({
      safe: true,
      histograms: 10,
    });
  });

  it('withholds a 40-person group whose rounded CI, dz and p fit a single histogram', () => {
    const changes = Array.from({ length: 40 }, (_, i) => [-2, -1, 0, 0, 1, 1, 1, 2, 2, 3][i % 10]!);
    const o = publishOutcome(row(changes), 10);
    // 8 same and 8 declined are <10: every fitting histogram has 8 and 8.
    expect(o.withheld).toBe('few');
    expect(o.same).toBeNull();
  });

  it('gives up conservatively when the grid is too fine to enumerate', () => {
    const changes = Array.from({ length: 40 }, (_, i) => (i % 7) - 3);
    const o = publishOutcome(row(changes), 10);
    expect(reconstructionRisk(published(o), { step: 1 / 2520, range: 4 }, 10)).toEqual({
      safe: false,
      reason: 'cap',
    });
  });
});
