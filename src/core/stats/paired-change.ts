import { mean, sampleSd } from './describe.ts';
import { tInterval } from './t-interval.ts';
import { changeKey } from './tolerance.ts';
import type { ChangeTally } from './change-tally.ts';
import { wilcoxonSignedRank } from './wilcoxon.ts';

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
 * Summarises paired scores: `pre[i]` and `post[i]` belong to the same person.
 * @example pairedChange([1, 2], [2, 2]).improved // 1
 */
export function pairedChange(pre: ArrayLike<number>, post: ArrayLike<number>): PairedChange {
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
  return summary(n, mean(pre), mean(post), meanChange, sampleSd(changes), {
    wilcoxonP: wilcoxonSignedRank(changes)?.p,
    improved,
    same,
    declined,
  });
}

/**
 * `pairedChange` of changes that `tallyChanges` counted, bit for bit the same: the sums run over
 * the same values in the same order (mean and two-pass SD, as describe.ts computes them), and
 * every change of a step shares the step's comparison key, so the steps' keys and counts give
 * who improved, stayed the same or declined. No changes array and no key per person: nationally
 * these are some 16 million changes a build.
 * @example pairedChangeOfTally(pre, post, tallyChanges(pre, post, d, half)!)
 */
export function pairedChangeOfTally(
  pre: ArrayLike<number>,
  post: ArrayLike<number>,
  tally: ChangeTally,
): PairedChange {
  const n = pre.length;
  let improved = 0;
  let same = 0;
  let declined = 0;
  const { keys } = tally;
  const { counts } = tally.histogram;
  for (let s = 0; s < keys.length; s++) {
    const key = keys[s] as number;
    const count = counts[s] as number;
    if (key > 0) improved += count;
    else if (key < 0) declined += count;
    else same += count;
  }
  const counted = { wilcoxonP: tally.wilcoxon?.p, improved, same, declined };
  if (n === 0) return summary(0, undefined, undefined, undefined, undefined, counted);
  let sumPre = 0;
  let sumPost = 0;
  let sumChange = 0;
  for (let i = 0; i < n; i++) {
    const a = pre[i] as number;
    const b = post[i] as number;
    sumPre += a;
    sumPost += b;
    sumChange += b - a;
  }
  const meanChange = sumChange / n;
  let sdChange: number | undefined;
  if (n >= 2) {
    let squares = 0;
    for (let i = 0; i < n; i++)
      squares += ((post[i] as number) - (pre[i] as number) - meanChange) ** 2;
    sdChange = Math.sqrt(squares / (n - 1));
  }
  return summary(n, sumPre / n, sumPost / n, meanChange, sdChange, counted);
}

/** The figures of a paired change from its means and SD (one shape for both ways of counting). */
function summary(
  n: number,
  meanPre: number | undefined,
  meanPost: number | undefined,
  meanChange: number | undefined,
  sdChange: number | undefined,
  counted: Pick<PairedChange, 'wilcoxonP' | 'improved' | 'same' | 'declined'>,
): PairedChange {
  const ci = meanChange === undefined ? undefined : tInterval(meanChange, sdChange, n);
  return {
    n,
    meanPre,
    meanPost,
    meanChange,
    sdChange,
    ciLow: ci?.low,
    ciHigh: ci?.high,
    // An SD of 0 (everyone changed by the same amount) has no standardised effect size.
    cohensDz:
      meanChange === undefined || sdChange === undefined || changeKey(sdChange) === 0
        ? undefined
        : meanChange / sdChange,
    wilcoxonP: counted.wilcoxonP,
    improved: counted.improved,
    same: counted.same,
    declined: counted.declined,
  };
}
