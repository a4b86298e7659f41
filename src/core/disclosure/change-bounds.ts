import { tInterval } from '../stats/t-interval.ts';
import type { PublishedChange } from './change-fit.ts';

/** Bounds of Σ x and Σ x² over a row's changes x (in grid steps). */
export interface ChangeBounds {
  sLo: number;
  sHi: number;
  qLo: number;
  qHi: number;
}

// A published value v stands for [v − 0.005, v + 0.005]; 1e-9 more covers float error.
const SLACK = 0.005 + 1e-9;
// Per-Σ x refinement only where Σ x has few candidates (the mean is published).
const MAX_SUMS = 10_000;

/**
 * What every histogram reproducing the published figures must meet: Σ x from the rounded
 * mean; Σ x² from the rounded CI's width and then, for each Σ x, from each CI bound and the
 * rounded dz on their own (the SD they allow, with the mean that Σ x gives). A bound implied
 * by the figures only narrows the search, never the set of fitting histograms.
 * @example changeBounds(published, 0.5, 8).sLo // the least Σ x, in half steps
 */
export function changeBounds(pub: PublishedChange, step: number, half: number): ChangeBounds {
  const n = pub.n;
  let sLo = -n * half;
  let sHi = n * half;
  if (pub.meanChange !== null) {
    sLo = Math.ceil(((pub.meanChange - SLACK) * n) / step - 1e-9);
    sHi = Math.floor(((pub.meanChange + SLACK) * n) / step + 1e-9);
  }
  // The CI's width gives the SD: width = 2 · t · sd / √n (each bound rounded to ±0.005).
  let qLo = 0;
  let qHi = n * half * half;
  const unit = n >= 2 ? tInterval(0, 1, n) : undefined;
  const perSd = unit ? unit.high - unit.low : undefined;
  if (pub.ciLow !== null && pub.ciHigh !== null && perSd) {
    const width = pub.ciHigh - pub.ciLow;
    const sdLo = Math.max(0, (width - 2 * SLACK) / perSd) / step;
    const sdHi = (width + 2 * SLACK) / perSd / step;
    const s2 = Math.min(sLo * sLo, sHi * sHi);
    const s2Hi = Math.max(sLo * sLo, sHi * sHi);
    const crosses = sLo <= 0 && sHi >= 0;
    qLo = Math.max(0, (n - 1) * sdLo * sdLo + (crosses ? 0 : s2) / n - 1e-6);
    qHi = Math.min(qHi, (n - 1) * sdHi * sdHi + s2Hi / n + 1e-6);
  }
  if (n < 2 || pub.meanChange === null || sHi - sLo > MAX_SUMS) return { sLo, sHi, qLo, qHi };
  // Per Σ x: the SD range each figure allows, as Σ x² = (n − 1) · sd² + (Σ x)² / n.
  let lo = Infinity;
  let hi = -Infinity;
  for (let s = sLo; s <= sHi; s++) {
    const mean = (s * step) / n;
    const [sdLo, sdHi] = sdRange(pub, mean, perSd && perSd / 2);
    if (sdLo > sdHi) continue;
    const sq = (sd: number) => (n - 1) * (sd / step) ** 2 + (s * s) / n;
    lo = Math.min(lo, sq(sdLo) - 1e-6);
    hi = Math.max(hi, sdHi === Infinity ? Infinity : sq(sdHi) + 1e-6);
  }
  if (lo > hi) return { sLo, sHi, qLo: 1, qHi: 0 };
  return { sLo, sHi, qLo: Math.max(qLo, lo), qHi: Math.min(qHi, hi) };
}

/** The SDs (in the change's units) that the CI bounds and dz allow with this mean. */
function sdRange(pub: PublishedChange, mean: number, tPerSd: number | undefined): [number, number] {
  let lo = 0;
  let hi = Infinity;
  if (tPerSd && pub.ciLow !== null) {
    lo = Math.max(lo, (mean - pub.ciLow - SLACK) / tPerSd);
    hi = Math.min(hi, (mean - pub.ciLow + SLACK) / tPerSd);
  }
  if (tPerSd && pub.ciHigh !== null) {
    lo = Math.max(lo, (pub.ciHigh - mean - SLACK) / tPerSd);
    hi = Math.min(hi, (pub.ciHigh - mean + SLACK) / tPerSd);
  }
  if (pub.cohensDz !== null && mean !== 0) {
    // dz = mean / sd within its rounding: sd = mean / dz for dz in [dzLo, dzHi].
    const dzLo = pub.cohensDz - SLACK;
    const dzHi = pub.cohensDz + SLACK;
    const a = Math.abs(mean);
    const [near, far] = mean > 0 ? [dzHi, dzLo] : [-dzLo, -dzHi];
    // near ≥ far > 0: sd in [a / near, a / far]; far ≤ 0 leaves sd unbounded above.
    if (near <= 0) return [1, 0];
    lo = Math.max(lo, a / near);
    if (far > 0) hi = Math.min(hi, a / far);
  }
  return [lo, hi];
}
