import type { StatsCollector } from '../stats/collector.ts';
import type { RawStats } from '../stats/types.ts';
import type { UnitDerivation } from '../stats/unit-figure.ts';
import { assertK } from './k.ts';
import { publishStats, type FigurePublication } from './publish.ts';
import type { DatasetStats } from './published-types.ts';

/** A figure as publishing needs it: its raw derivation and its disclosure rule. */
export type PublishedFigure = UnitDerivation & FigurePublication;

/**
 * The disclosure-controlled statistics of a collector's pass, for the pages and the downloads:
 * its raw statistics without the cohort level (never published), through `publishStats`, with
 * the given figures (the build passes the registered ones: see `publishDataset`).
 * `asOf` is dataset.json's `as_of` (never the clock); k the threshold (≥ 5), checked first.
 * @throws DisclosureError for k below 5.
 * @example publishCollected(collector, { k: 10, asOf: '2024-06-30' }).programmes.length // 2
 */
export function publishCollected(
  collector: Pick<StatsCollector, 'finishRaw'>,
  options: { k: number; asOf?: string },
  figures: readonly PublishedFigure[] = [],
): DatasetStats {
  const k = assertK(options.k); // before the work, not after
  return publishStats(collectedForPublishing(collector, options, figures), k, figures);
}

/**
 * The raw statistics `publishCollected` publishes (no cohort level), for a caller that
 * publishes them itself (`publishStats`).
 */
export function collectedForPublishing(
  collector: Pick<StatsCollector, 'finishRaw'>,
  options: { asOf?: string },
  figures: readonly PublishedFigure[],
): RawStats {
  return collector.finishRaw({
    cohorts: false,
    figures,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
}
