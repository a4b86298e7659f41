import { tallyChanges } from './change-tally.ts';
import type { ConstructScores } from './construct-scores.ts';
import { pairedChange, pairedChangeOfTally } from './paired-change.ts';
import type { ChangeHistogram, ConstructOutcome } from './types.ts';

/**
 * One construct's outcome row for each unit that has a score in either wave
 * (`undefined` for the others). Scores are NaN where the person has none, and only the people
 * in `scores.scored` are visited; `unitOfPerson[p]` is the person's unit (−1: none).
 */
export function outcomesByUnit(
  construct: string,
  scores: ConstructScores,
  unitOfPerson: Int32Array,
  unitCount: number,
): (ConstructOutcome | undefined)[] {
  const { pre: preScores, post: postScores, scored } = scores;
  const nPre = new Int32Array(unitCount);
  const nPost = new Int32Array(unitCount);
  const nPaired = new Int32Array(unitCount + 1);
  for (let k = 0; k < scored.length; k++) {
    const p = scored[k] as number;
    const hasPre = (preScores[p] as number) === (preScores[p] as number);
    const hasPost = (postScores[p] as number) === (postScores[p] as number);
    if (!hasPre && !hasPost) continue;
    const u = unitOfPerson[p] as number;
    if (u < 0) continue;
    if (hasPre) nPre[u]!++;
    if (hasPost) nPost[u]!++;
    if (hasPre && hasPost) nPaired[u + 1]!++;
  }
  // Counting sort: each unit's pairs end up contiguous in one buffer.
  for (let u = 0; u < unitCount; u++) nPaired[u + 1]! += nPaired[u] as number;
  const next = nPaired.slice(0, unitCount);
  // Changes of the unit's pairs are multiples of 1 / lcm of their answered-item counts. Counts
  // below 31 are collected as bits, the lcm taken once per unit (a remainder per person was a
  // sixth of this function's time); larger ones go into the lcm at once. Either way the unit's
  // denominator is the lcm of the same counts.
  const denominator = new Float64Array(unitCount).fill(1);
  const countBits = new Int32Array(unitCount);
  const pre = new Float64Array(nPaired[unitCount] as number);
  const post = new Float64Array(pre.length);
  const { preItems, postItems } = scores;
  for (let k = 0; k < scored.length; k++) {
    const p = scored[k] as number;
    const a = preScores[p] as number;
    const b = postScores[p] as number;
    // NaN !== NaN: a missing score.
    if (a !== a || b !== b) continue;
    const u = unitOfPerson[p] as number;
    if (u < 0) continue;
    const at = next[u]!++;
    const i = preItems[p] || 1;
    const j = postItems[p] || 1;
    if (i < 31 && j < 31) countBits[u]! |= (1 << i) | (1 << j);
    else denominator[u] = lcm(lcm(denominator[u] as number, i), j);
    pre[at] = a;
    post[at] = b;
  }
  for (let u = 0; u < unitCount; u++) {
    const bits = countBits[u] as number;
    let d = denominator[u] as number;
    for (let count = 2; count < 31; count++) if (bits & (1 << count)) d = lcm(d, count);
    denominator[u] = d;
  }
  const rows: (ConstructOutcome | undefined)[] = new Array(unitCount);
  for (let u = 0; u < unitCount; u++) {
    if (nPre[u] === 0 && nPost[u] === 0) continue;
    const from = nPaired[u] as number;
    const to = nPaired[u + 1] as number;
    const d = denominator[u] as number;
    const unitPre = pre.subarray(from, to);
    const unitPost = post.subarray(from, to);
    const tally = tallyChanges(unitPre, unitPost, d, Math.round(scores.range * d));
    rows[u] = {
      construct,
      nPre: nPre[u] as number,
      nPost: nPost[u] as number,
      ...(tally ? pairedChangeOfTally(unitPre, unitPost, tally) : pairedChange(unitPre, unitPost)),
      grid: { step: 1 / d, range: scores.range },
      histogram: tally?.histogram ?? histogramOf(unitPre, unitPost, d),
    };
  }
  return rows;
}

/**
 * The changes post − pre counted in whole steps of 1 / denominator, by sorting them (where
 * tallyChanges cannot count them).
 */
function histogramOf(pre: Float64Array, post: Float64Array, denominator: number): ChangeHistogram {
  const changes = new Int32Array(pre.length);
  for (let i = 0; i < pre.length; i++) {
    changes[i] = Math.round(((post[i] as number) - (pre[i] as number)) * denominator);
  }
  changes.sort();
  let distinct = 0;
  for (let i = 0; i < changes.length; i++) if (i === 0 || changes[i] !== changes[i - 1]) distinct++;
  const steps = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let at = -1;
  for (let i = 0; i < changes.length; i++) {
    if (i === 0 || changes[i] !== changes[i - 1]) steps[++at] = changes[i] as number;
    counts[at]!++;
  }
  return { steps, counts };
}

function lcm(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return (a / x) * b;
}
