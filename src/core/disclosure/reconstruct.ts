import type { ChangeHistogram } from '../stats/types.ts';
import { ChangeFit, groupCount, type PublishedChange } from './change-fit.ts';
import { HistogramSearch } from './histogram-search.ts';
import { findWitnesses } from './witnesses.ts';

export type { PublishedChange } from './change-fit.ts';

/**
 * The grid a construct's changes live on: a score is the mean of the items a person answered,
 * so with `a` items answered before and `b` after, a change is a multiple of 1 / lcm(a, b).
 * `step` is 1 / lcm over the answered-item counts of the row's respondents (1 / items when
 * everyone answered every item); `range` is scale_max − scale_min (the largest change).
 */
export interface ChangeGrid {
  step: number;
  range: number;
}

export type ReconstructionFinding =
  | { safe: true; histograms: number | 'not enumerated' }
  | { safe: false; reason: 'few' | 'share' | 'extreme' | 'cap' };

/**
 * Bounds of the check. Past `points` grid points or `nodes` search steps it gives up and the
 * row is withheld (the safe side). Rows of more than `people` paired people are not
 * enumerated: there the rounding of the mean alone leaves Σ change open over n × 0.01 and the
 * fitting histograms are too many to list (at n = 100 on a one-item scale the search already
 * finds k of them in milliseconds), while a search there would hit the cap and withhold every
 * national figure.
 */
export const RECONSTRUCTION_CAP = { points: 2001, nodes: 2_000_000, people: 150 };

/**
 * Whether an attacker who knows the grid could rebuild what the row protects: among the
 * histograms of changes on the grid that reproduce every published rounded value (through the
 * same statistics code and rounding as publication), a risk is fewer than k of them, all of
 * them agreeing on a withheld share (its count), or all agreeing on a non-zero count at an
 * extreme change (±range: such a person's raw answers are the scale's ends).
 *
 * Given the row's true histogram (`truth`, never published), the check first looks for
 * witnesses (witnesses.ts): fitting histograms near the true one that show each of those
 * wrong. Where they run out, a bounded exhaustive search decides (histogram-search.ts); a
 * search that hits its cap counts as a risk (withholding is the safe side).
 * @example reconstructionRisk(published, { step: 1, range: 4 }, 10, { truth: row.histogram })
 */
export function reconstructionRisk(
  pub: PublishedChange,
  grid: ChangeGrid,
  k: number,
  options: { truth?: ChangeHistogram; cap?: typeof RECONSTRUCTION_CAP } = {},
): ReconstructionFinding {
  const cap = options.cap ?? RECONSTRUCTION_CAP;
  if (pub.n > cap.people) return { safe: true, histograms: 'not enumerated' };
  const half = Math.round(grid.range / grid.step);
  if (2 * half + 1 > cap.points) return { safe: false, reason: 'cap' };
  const fit = new ChangeFit(pub, grid.step, half);
  const truth = options.truth && denseHistogram(options.truth, half);
  if (truth && findWitnesses(fit, truth, k).proved) return { safe: true, histograms: k };
  return searchRisk(fit, k, cap.nodes);
}

/** The verdict of the exhaustive search alone (bounded by `maxNodes` steps per search). */
function searchRisk(fit: ChangeFit, k: number, maxNodes: number): ReconstructionFinding {
  const search = new HistogramSearch(fit, maxNodes);
  const { half, pub } = fit;
  const first = search.find(() => true, k);
  if (first === 'cap') return { safe: false, reason: 'cap' };
  if (first.length < k) return { safe: false, reason: 'few' };
  const h = first[0]!;
  const last = h.length - 1;
  for (const at of [0, last]) {
    if (h[at] === 0) continue;
    const other = search.find((x) => x[at] !== h[at], 1);
    if (other === 'cap') return { safe: false, reason: 'cap' };
    if (other.length === 0) return { safe: false, reason: 'extreme' };
  }
  for (let group = 0; group < 3; group++) {
    if (pub.shares[group] !== null) continue;
    const count = groupCount(h, half, group);
    const other = search.find((x) => groupCount(x, half, group) !== count, 1);
    if (other === 'cap') return { safe: false, reason: 'cap' };
    if (other.length === 0) return { safe: false, reason: 'share' };
  }
  return { safe: true, histograms: first.length };
}

/**
 * The histogram over −half … half steps; undefined when a change lies off the grid's range
 * (then there is nothing to start witnesses from).
 */
function denseHistogram(truth: ChangeHistogram, half: number): number[] | undefined {
  const h = new Array<number>(2 * half + 1).fill(0);
  for (let i = 0; i < truth.steps.length; i++) {
    const at = (truth.steps[i] as number) + half;
    if (at < 0 || at > 2 * half) return undefined;
    h[at]! += truth.counts[i] as number;
  }
  return h;
}
