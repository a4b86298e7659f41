import type { ChangeHistogram } from './types.ts';
import { changeKey } from './tolerance.ts';
import { wilcoxonOfKeyCounts, type WilcoxonResult } from './wilcoxon.ts';

/** A unit's changes counted per grid step: the histogram and the Wilcoxon test, unsorted. */
export interface ChangeTally {
  histogram: ChangeHistogram;
  /** Each histogram step's comparison key (changeKey of every change counted there). */
  keys: Float64Array;
  wilcoxon: WilcoxonResult | undefined;
}

/**
 * Counts the changes post − pre of one unit per step of 1 / `denominator` (−half … half) in one
 * pass, with each step's comparison key (changeKey), instead of sorting them twice (once for
 * the histogram, once for the Wilcoxon ranks): nationally 16 million changes a build.
 * The histogram is the one a sort gives (the same steps, `Math.round(change × denominator)`);
 * the Wilcoxon result is wilcoxonSignedRank's on the changes (see wilcoxonOfKeyCounts), which
 * holds because each step's changes share one key and the keys rise with the steps: where they
 * do not, or a change falls off the grid, or the grid is much wider than the unit is large
 * (counting would cost more than sorting), it gives `undefined` and the caller sorts.
 * @example tallyChanges([1, 1, 2], [2, 1, 1], 1, 4)!.histogram.steps // Int32Array [-1, 0, 1]
 */
export function tallyChanges(
  pre: ArrayLike<number>,
  post: ArrayLike<number>,
  denominator: number,
  half: number,
): ChangeTally | undefined {
  const width = 2 * half + 1;
  if (!(width <= 4 * pre.length + 64)) return undefined;
  const counts = new Int32Array(width);
  const keys = new Float64Array(width);
  for (let i = 0; i < pre.length; i++) {
    const change = (post[i] as number) - (pre[i] as number);
    const at = Math.round(change * denominator) + half;
    if (!(at >= 0 && at < width)) return undefined;
    const key = changeKey(change);
    if (counts[at] === 0) keys[at] = key;
    else if (keys[at] !== key) return undefined;
    counts[at]!++;
  }
  let distinct = 0;
  for (let at = 0; at < width; at++) if (counts[at] !== 0) distinct++;
  const steps = new Int32Array(distinct);
  const stepCounts = new Int32Array(distinct);
  const stepKeys = new Float64Array(distinct);
  let next = 0;
  for (let at = 0; at < width; at++) {
    if (counts[at] === 0) continue;
    if (next > 0 && !((keys[at] as number) > (stepKeys[next - 1] as number))) return undefined;
    steps[next] = at - half;
    stepCounts[next] = counts[at] as number;
    stepKeys[next++] = keys[at] as number;
  }
  return {
    histogram: { steps, counts: stepCounts },
    keys: stepKeys,
    wilcoxon: wilcoxonOfKeyCounts(stepKeys, stepCounts),
  };
}
