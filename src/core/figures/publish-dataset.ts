import { collectedForPublishing, publishCollected } from '../disclosure/publish-collected.ts';
import { publishStats } from '../disclosure/publish.ts';
import type { OutcomeRisk } from '../disclosure/publish-outcome.ts';
import type { DatasetStats } from '../disclosure/published-types.ts';
import { buildDownloads } from '../downloads/build-downloads.ts';
import type { DatasetMeta } from '../schemas/dataset.ts';
import type { StatsCollector } from '../stats/collector.ts';
import type { RawStats } from '../stats/types.ts';
import { FIGURES } from './registry.ts';

/**
 * Raw statistics with the registered figures' values (internal: tests and `publishDataset`).
 * @example rawDataset(collector, { asOf: '2024-06-30' }).programmes[0].figures.retention
 */
export function rawDataset(
  collector: Pick<StatsCollector, 'finishRaw'>,
  options: { asOf?: string; cohorts?: boolean } = {},
): RawStats {
  return collector.finishRaw({ ...options, figures: FIGURES });
}

/**
 * What the pages and downloads may show: the collected statistics and the registered figures,
 * under disclosure control (the cohort level, never published, is not computed).
 * @throws DisclosureError for k below 5.
 * @example publishDataset(collector, { asOf: meta.as_of, k: 10 })
 */
export function publishDataset(
  collector: Pick<StatsCollector, 'finishRaw'>,
  options: { asOf?: string; k: number },
): DatasetStats {
  return publishCollected(collector, options, FIGURES);
}

/**
 * `publishDataset` in two steps, for a caller that computes the outcome rows' reconstruction
 * verdicts elsewhere (src/node/publish-in-workers.ts): the raw statistics once, then
 * `publishRawDataset` over them, as often as needed.
 */
export function datasetToPublish(
  collector: Pick<StatsCollector, 'finishRaw'>,
  options: { asOf?: string },
): RawStats {
  return collectedForPublishing(collector, options, FIGURES);
}

/**
 * `datasetToPublish`'s statistics under disclosure control, with the reconstruction verdicts
 * `risk` gives (computed here where it gives none: see publishOutcome).
 * @throws DisclosureError for k below 5.
 */
export function publishRawDataset(raw: RawStats, k: number, risk?: OutcomeRisk): DatasetStats {
  return publishStats(raw, k, FIGURES, risk);
}

/**
 * Every download with the registered figures' tables, and the Data Package describing them.
 * @example datasetDownloads(stats, meta).get('downloads/hs/retention.csv')
 */
export function datasetDownloads(stats: DatasetStats, meta: DatasetMeta): Map<string, string> {
  return buildDownloads(
    stats,
    meta,
    FIGURES.map((figure) => figure.download),
  );
}
