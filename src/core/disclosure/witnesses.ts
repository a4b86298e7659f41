import { groupCount, type ChangeFit } from './change-fit.ts';
import { FitEstimate } from './fit-estimate.ts';
import { MinHeap } from './min-heap.ts';
import { moveScanOf } from './move-scan.ts';
import { HASHES, hashKey, hashParts, type Move } from './witness-moves.ts';

/**
 * Bounds of the witness walk: grids of more points are left to the search; past `expansions`
 * histograms walked from (and `perWitness` per fitting histogram found so far) or `checks`
 * recomputations of the published values it stops (the search then decides). Counted in steps, never in time, so the verdict is reproducible.
 */
export const WITNESS_CAP = { points: 101, expansions: 150, perWitness: 15, checks: 1000 };

type Range = readonly [number, number];

/** Fitting histograms found, and whether they prove the row safe. */
export interface Witnesses {
  proved: boolean;
  histograms: number[][];
}

/**
 * A histogram with its Σ x, Σ x² (x in steps), group counts and hash parts; its counts are
 * only built (from its parent's and its move) once the walk goes on from it.
 */
interface Entry {
  h: Int32Array | undefined;
  parent: Entry | undefined;
  move: Move | undefined;
  s: number;
  q: number;
  /** People declined, same and improved. */
  declined: number;
  same: number;
  improved: number;
  /** The two hash parts (hashParts), as plain fields: an entry is one allocation. */
  hash0: number;
  hash1: number;
}

/**
 * Proves a row safe by example where it can: from the true histogram (what the publisher
 * knows; never published) it walks by small moves (witness-moves.ts), within the bounds of
 * Σ x, Σ x² and the share counts, nearest estimated fit first (fit-estimate.ts), and keeps
 * each histogram that fits (ChangeFit.matches: every published value recomputed), until it
 * holds k distinct fitting histograms and, for each extreme point and each withheld share, a
 * fitting histogram with no one at that point or two that differ there. Every witness is a
 * histogram the exhaustive search would also find, so a proof here is one the search would
 * give; `proved: false` says nothing (the search decides).
 * @example findWitnesses(new ChangeFit(published, 1, 4), [0, 0, 1, 3, 2, 4, 0, 0, 0], 10)
 */
export function findWitnesses(
  fit: ChangeFit,
  truth: readonly number[],
  k: number,
  cap = WITNESS_CAP,
): Witnesses {
  const size = truth.length;
  const found: number[][] = [];
  if (size > cap.points) return { proved: false, histograms: found };
  const half = fit.half;
  const estimate = new FitEstimate(fit.pub, fit.step, half);
  const ends = [0, size - 1];
  const shares = [0, 1, 2].filter((g) => fit.pub.shares[g] === null);
  // A goal is met once a witness has no one at the end, or differs from the first witness.
  const endMet = ends.map(() => false);
  const shareMet = shares.map(() => false);
  const done = () => found.length >= k && endMet.every(Boolean) && shareMet.every(Boolean);
  // Within the bounds of Σ x and Σ x² (in steps), and of the people declined, same, improved.
  const inSums = (s: number, q: number) =>
    s >= fit.sLo && s <= fit.sHi && q >= fit.qLo && q <= fit.qHi;
  const [[dLo, dHi], [zLo, zHi], [iLo, iHi]] = fit.groups as [Range, Range, Range];
  const inGroups = (declined: number, same: number, improved: number) =>
    declined >= dLo &&
    declined <= dHi &&
    same >= zLo &&
    same <= zHi &&
    improved >= iLo &&
    improved <= iHi;

  const heap = new MinHeap<Entry>();
  const seed = entryOf(Int32Array.from(truth), half);
  const seen = new Set<number>([hashKey(seed.hash0, seed.hash1)]);
  heap.push(seed, 0);
  let checks = 0;
  const scan = moveScanOf(size);
  const moves = scan.moves;
  const held = new Int32Array(3);
  const groups: [number, number, number] = [0, 0, 0];
  // The true histogram is tried as it is; every other one as soon as it is generated, where
  // the estimate says it fits.
  const seedGroups = [seed.declined, seed.same, seed.improved] as const;
  if (inSums(seed.s, seed.q) && inGroups(...seedGroups)) {
    checks++;
    if (fit.matches(seed.h!)) admit(seed.h!, seedGroups);
    if (done()) return { proved: true, histograms: found };
  }
  // Each witness found buys more steps: a row with few fitting histograms (the search will
  // withhold it) is given up on early, a row with many is walked until it is proved.
  const allowed = () => Math.min(cap.expansions, cap.perWitness * (found.length + 1));
  for (let expansions = 0; expansions < allowed() && heap.size > 0; expansions++) {
    const base = heap.pop()!;
    const h = countsOf(base);
    scan.held(h, held);
    for (let next = scan.from(0, h, held); next < moves.length; next = scan.from(next, h, held)) {
      const move = moves[next++]!;
      // Sums first: most moves leave Σ x² out of bounds, or else the share counts.
      const s = base.s + move.ds;
      const q = base.q + move.dq;
      if (!inSums(s, q)) continue;
      const { at, delta, dGroup } = move;
      const declined = base.declined + dGroup[0];
      const same = base.same + dGroup[1];
      const improved = base.improved + dGroup[2];
      if (!inGroups(declined, same, improved)) continue;
      groups[0] = declined;
      groups[1] = same;
      groups[2] = improved;
      const hash0 = (base.hash0 + move.dHash[0]) % HASHES[0][0];
      const hash1 = (base.hash1 + move.dHash[1]) % HASHES[1][0];
      const key = hashKey(hash0, hash1);
      if (seen.has(key)) continue;
      seen.add(key);
      // Estimated and checked in place; the walk keeps only the parent and the move.
      for (let i = 0; i < at.length; i++) h[at[i]!]! += delta[i]!;
      const miss = estimate.miss(h, s, q);
      let proved = false;
      if (miss === 0 && helps(h, groups)) {
        if (++checks > cap.checks) return { proved: false, histograms: found };
        if (fit.matches(h)) admit(h, groups);
        proved = done();
      }
      for (let i = 0; i < at.length; i++) h[at[i]!]! -= delta[i]!;
      if (proved) return { proved: true, histograms: found };
      const entry = {
        h: undefined,
        parent: base,
        move,
        s,
        q,
        declined,
        same,
        improved,
        hash0,
        hash1,
      };
      heap.push(entry, miss);
    }
  }
  return { proved: false, histograms: found };

  function admit(h: Int32Array, groups: readonly number[]): void {
    found.push(Array.from(h));
    const first = found[0]!;
    ends.forEach((at, i) => {
      endMet[i] ||= h[at] === 0 || h[at] !== first[at];
    });
    shares.forEach((g, i) => {
      shareMet[i] ||= groups[g] !== groupCount(first, half, g);
    });
  }

  /** Whether a fitting histogram would still count: more are needed, or it meets a goal. */
  function helps(h: Int32Array, groups: readonly number[]): boolean {
    if (found.length < k) return true;
    const first = found[0]!;
    if (ends.some((at, i) => !endMet[i] && (h[at] === 0 || h[at] !== first[at]))) return true;
    return shares.some((g, i) => !shareMet[i] && groups[g] !== groupCount(first, half, g));
  }
}

/** The entry's counts, built from its parent's the first time they are needed. */
function countsOf(e: Entry): Int32Array {
  if (e.h) return e.h;
  const h = countsOf(e.parent!).slice();
  const { at, delta } = e.move!;
  for (let i = 0; i < at.length; i++) h[at[i]!]! += delta[i]!;
  e.h = h;
  return h;
}

function entryOf(h: Int32Array, half: number): Entry {
  let s = 0;
  let q = 0;
  for (let j = 0; j < h.length; j++) {
    const x = j - half;
    s += h[j]! * x;
    q += h[j]! * x * x;
  }
  const [hash0, hash1] = hashParts(h);
  const [declined, same, improved] = [0, 1, 2].map((g) => groupCount(h, half, g)) as [
    number,
    number,
    number,
  ];
  return { h, parent: undefined, move: undefined, s, q, declined, same, improved, hash0, hash1 };
}
