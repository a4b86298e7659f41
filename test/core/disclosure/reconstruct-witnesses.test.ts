import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  publishOutcome,
  publishP,
  reconstructionRisk,
  round2,
  type PublishedChange,
} from '../../../src/core/disclosure/index.ts';
import { ChangeFit } from '../../../src/core/disclosure/change-fit.ts';
import { leastSquares, mostSquares } from '../../../src/core/disclosure/square-bounds.ts';
import { findWitnesses } from '../../../src/core/disclosure/witnesses.ts';
import { pairedChange } from '../../../src/core/stats/paired-change.ts';
import type { ConstructOutcome } from '../../../src/core/stats/types.ts';
import { referenceRisk } from './reference-search.ts';

/** An outcome row whose people changed by `steps[i]` grid steps of `step` (scale range 4). */
function row(steps: number[], step: number): ConstructOutcome {
  const pre = steps.map((x) => (x >= 0 ? 1 : 5));
  const post = steps.map((x, i) => pre[i]! + x * step);
  const values = [...new Set(steps)].sort((a, b) => a - b);
  return {
    construct: 'stem_interest',
    nPre: steps.length,
    nPost: steps.length,
    ...pairedChange(pre, post),
    grid: { step, range: 4 },
    histogram: {
      steps: Int32Array.from(values),
      counts: Int32Array.from(values, (v) => steps.filter((x) => x === v).length),
    },
  };
}

/** What the check sees of a row (as publishOutcome hands it over). */
function published(r: ConstructOutcome, k: number): PublishedChange {
  const o = publishOutcome({ ...r, grid: { ...r.grid, range: 0 } }, k);
  return {
    n: r.n,
    meanChange: o.meanChange,
    ciLow: o.ciLow,
    ciHigh: o.ciHigh,
    cohensDz: o.cohensDz,
    wilcoxonP: o.wilcoxonP,
    shares: [o.declined, o.same, o.improved],
  };
}

/** Every published value recomputed by pairedChange itself (the first version's `matches`). */
function reproduces(h: readonly number[], pub: PublishedChange, step: number): boolean {
  const half = (h.length - 1) / 2;
  const changes = h.flatMap((c, j) => Array.from({ length: c }, () => (j - half) * step));
  const r = pairedChange(new Float64Array(changes.length), changes);
  const same = (p: number | null, v: number | undefined) =>
    p === null || (v !== undefined && round2(v) === p);
  const p = r.wilcoxonP === undefined ? undefined : publishP(r.wilcoxonP);
  return (
    changes.length === pub.n &&
    same(pub.meanChange, r.meanChange) &&
    same(pub.ciLow, r.ciLow) &&
    same(pub.ciHigh, r.ciHigh) &&
    same(pub.cohensDz, r.cohensDz) &&
    (pub.wilcoxonP === null ||
      (p !== undefined && JSON.stringify(p) === JSON.stringify(pub.wilcoxonP)))
  );
}

// Small rows on a one-item (±4 steps) or two-item (±8 half steps) 1–5 scale.
const rows = fc
  .record({
    k: fc.constantFrom(5, 10),
    step: fc.constantFrom(1, 0.5),
    steps: fc.array(fc.integer({ min: -3, max: 4 }), { minLength: 10, maxLength: 28 }),
  })
  .map(({ k, step, steps }) => ({ k, step, r: row(steps, step) }));

describe('reconstruction check with witnesses', () => {
  it('gives the first version’s verdict wherever that search completes, and calls safe only what it called safe or gave up on', () => {
    let compared = 0;
    fc.assert(
      fc.property(rows, ({ k, r }) => {
        const pub = published(r, k);
        const now = reconstructionRisk(pub, r.grid, k, { truth: r.histogram });
        const before = referenceRisk(pub, r.grid, k);
        if (now.safe) expect(before.safe || before.reason === 'cap').toBe(true);
        if (!before.safe && before.reason === 'cap') return;
        compared++;
        expect(now.safe).toBe(before.safe);
        if (!now.safe && !before.safe) expect(now.reason).toBe(before.reason);
      }),
      { numRuns: 120, seed: 2026 },
    );
    expect(compared).toBeGreaterThan(60);
  });

  it('keeps only distinct witnesses of n people that reproduce every published value', () => {
    let proofs = 0;
    fc.assert(
      fc.property(rows, ({ k, step, r }) => {
        const pub = published(r, k);
        const half = Math.round(4 / step);
        const truth = new Array<number>(2 * half + 1).fill(0);
        r.histogram.steps.forEach((s, i) => (truth[s + half]! += r.histogram.counts[i]!));
        const w = findWitnesses(new ChangeFit(pub, step, half), truth, k);
        if (w.proved) {
          proofs++;
          expect(w.histograms.length).toBeGreaterThanOrEqual(k);
        }
        expect(new Set(w.histograms.map((h) => h.join(','))).size).toBe(w.histograms.length);
        for (const h of w.histograms) expect(reproduces(h, pub, step)).toBe(true);
      }),
      { numRuns: 80, seed: 7 },
    );
    expect(proofs).toBeGreaterThan(10);
  });

  it('decides fits exactly as pairedChange recomputes them', () => {
    fc.assert(
      fc.property(
        rows,
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 9, maxLength: 9 }),
        ({ k, r }, counts) => {
          const pub = published(r, k);
          const h = counts.map((c, j) =>
            j === 4 ? c + pub.n - counts.reduce((a, b) => a + b, 0) : c,
          );
          fc.pre(h[4]! >= 0);
          expect(new ChangeFit(pub, 1, 4).matches(h)).toBe(reproduces(h, pub, 1));
        },
      ),
      { numRuns: 150, seed: 3 },
    );
  });

  it('bounds Σ x² exactly: the least and most over every multiset of small integers', () => {
    for (const [count, lo, hi] of [
      [3, 1, 4],
      [4, 2, 5],
      [2, 1, 8],
    ] as const) {
      const sums = new Map<number, number[]>();
      const walk = (left: number, from: number, sum: number, sq: number) => {
        if (left === 0) return void sums.set(sum, [...(sums.get(sum) ?? []), sq]);
        for (let x = from; x <= hi; x++) walk(left - 1, x, sum + x, sq + x * x);
      };
      walk(count, lo, 0, 0);
      expect(sums.size).toBe(count * (hi - lo) + 1);
      for (const [sum, squares] of sums) {
        expect(leastSquares(count, sum, lo, hi)).toBe(Math.min(...squares));
        expect(mostSquares(count, sum, lo, hi)).toBe(Math.max(...squares));
      }
    }
  });

  it('proves a spread-out 100-person row safe by witnesses, the search being left out', () => {
    const steps = Array.from({ length: 100 }, (_, i) => [-2, -1, 0, 0, 1, 1, 1, 2, 2, 3][i % 10]!);
    const r = row(steps, 1);
    const pub = published(r, 10);
    // A search of no steps at all would give up: the verdict comes from the witnesses.
    const cap = { points: 2001, nodes: 0, people: 150 };
    expect(reconstructionRisk(pub, r.grid, 10, { truth: r.histogram, cap })).toEqual({
      safe: true,
      histograms: 10,
    });
    expect(reconstructionRisk(pub, r.grid, 10, { cap })).toEqual({ safe: false, reason: 'cap' });
  });
});
