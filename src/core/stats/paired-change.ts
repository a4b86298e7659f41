import { mean, sampleSd } from './describe.ts';
import { tInterval } from './t-interval.ts';
import { changeKey } from './tolerance.ts';
import { wilcoxonSignedRank, type WilcoxonResult } from './wilcoxon.ts';

/** Change within one group between two waves (never a programme effect: no comparison group). */
export interface PairedChange {
  n: number;
  meanPre: number | undefined;
  meanPost: number | undefined;
  meanChange: number | undefined;
  sdChange: number | undefined;
  ciLow: number | undefined;
  ciHigh: number | undefined;
  /** Mean change ÷ SD of changes; `undefined` when the SD is 0 (within 1e-9) or n < 2. */
  cohensDz: number | undefined;
  wilcoxonP: number | undefined;
  /** People whose score went up, stayed the same (within 1e-9) or went down. */
  improved: number;
  same: number;
  declined: number;
}

/**
 * Summarises paired scores: `pre[i]` and `post[i]` belong to the same person. `signedRank`
 * gives the Wilcoxon test of the changes (a caller that has already counted them passes its
 * result: see stats/change-tally.ts).
 * @example pairedChange([1, 2], [2, 2]).improved // 1
 */
export function pairedChange(
  pre: ArrayLike<number>,
  post: ArrayLike<number>,
  signedRank: (changes: Float64Array) => WilcoxonResult | undefined = wilcoxonSignedRank,
): PairedChange {
  const n = pre.length;
  const changes = new Float64Array(n);
  let improved = 0;
  let same = 0;
  let declined = 0;
  for (let i = 0; i < n; i++) {
    const change = (post[i] as number) - (pre[i] as number);
    changes[i] = change;
    const key = changeKey(change);
    if (key > 0) improved++;
    else if (key < 0) declined++;
    else same++;
  }
  const meanChange = mean(changes);
  const sdChange = sampleSd(changes);
  const ci = meanChange === undefined ? undefined : tInterval(meanChange, sdChange, n);
  return {
    n,
    meanPre: mean(pre),
    meanPost: mean(post),
    meanChange,
    sdChange,
    ciLow: ci?.low,
    ciHigh: ci?.high,
    // An SD of 0 (everyone changed by the same amount) has no standardised effect size.
    cohensDz:
      meanChange === undefined || sdChange === undefined || changeKey(sdChange) === 0
        ? undefined
        : meanChange / sdChange,
    wilcoxonP: signedRank(changes)?.p,
    improved,
    same,
    declined,
  };
}
