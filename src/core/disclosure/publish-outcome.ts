import type { ChangeHistogram, ConstructOutcome } from '../stats/types.ts';
import { countCell, primaryCount, publishP, statistic } from './cells.ts';
import type { PublishedOutcome } from './published-types.ts';
import {
  reconstructionRisk,
  type ChangeGrid,
  type PublishedChange,
  type ReconstructionFinding,
} from './reconstruct.ts';
import { protectGroup } from './sibling-group.ts';

/** What the reconstruction check of one outcome row is given (plain data: it can be posted). */
export interface RiskInput {
  pub: PublishedChange;
  grid: ChangeGrid;
  k: number;
  truth: ChangeHistogram;
}

/**
 * The reconstruction verdict of an outcome row. The default computes it; the Node build
 * passes verdicts it computed beforehand in worker threads (src/node/publish-in-workers.ts),
 * looked up by row.
 */
export type OutcomeRisk = (row: ConstructOutcome, input: RiskInput) => ReconstructionFinding;

/** The reconstruction check itself (reconstruct.ts), for one row's input. */
export function checkRisk(input: RiskInput): ReconstructionFinding {
  return reconstructionRisk(input.pub, input.grid, input.k, { truth: input.truth });
}

/**
 * An outcome row under disclosure control: every statistic needs n ≥ k paired people; the
 * shares improved/same/declined are counts in disguise (share × n), so a share whose count is
 * under k is withheld, with sibling suppression since the three add up to n. Then the
 * reconstruction check: when the rounded figures still let an attacker rebuild the
 * distribution of changes (see reconstruct.ts), the distributional figures (CI, dz, p,
 * shares) are withheld and `withheld` says why; n and the means stay.
 */
export function publishOutcome(
  row: ConstructOutcome,
  k: number,
  risk: OutcomeRisk = (_row, input) => checkRisk(input),
): PublishedOutcome {
  const stat = (value: number | undefined) => statistic(value, row.n, k);
  const counts = [row.improved, row.same, row.declined];
  const { status } = protectGroup(counts, k, row.n >= k);
  const share = (i: number) =>
    row.n >= k && status[i] === 'published'
      ? statistic((counts[i] as number) / row.n, row.n, k)
      : null;
  const published: PublishedOutcome = {
    construct: row.construct,
    nPre: primaryCount(row.nPre, k),
    nPost: primaryCount(row.nPost, k),
    n: countCell(row.n, row.n < k ? 'primary' : 'published', k),
    meanPre: stat(row.meanPre),
    meanPost: stat(row.meanPost),
    meanChange: stat(row.meanChange),
    ciLow: stat(row.ciLow),
    ciHigh: stat(row.ciHigh),
    cohensDz: stat(row.cohensDz),
    wilcoxonP: row.n >= k && row.wilcoxonP !== undefined ? publishP(row.wilcoxonP) : null,
    improved: share(0),
    same: share(1),
    declined: share(2),
    withheld: null,
  };
  if (row.n < k || row.grid.range <= 0) return published;
  const finding = risk(row, {
    pub: {
      n: row.n,
      meanChange: published.meanChange,
      ciLow: published.ciLow,
      ciHigh: published.ciHigh,
      cohensDz: published.cohensDz,
      wilcoxonP: published.wilcoxonP,
      shares: [published.declined, published.same, published.improved],
    },
    grid: row.grid,
    k,
    truth: row.histogram,
  });
  if (finding.safe) return published;
  return {
    ...published,
    ciLow: null,
    ciHigh: null,
    cohensDz: null,
    wilcoxonP: null,
    improved: null,
    same: null,
    declined: null,
    withheld: finding.reason,
  };
}
