import type { StatsCollector } from '../stats/collector.ts';
import { assertK } from './k.ts';
import { publishStats } from './publish.ts';
import type { DatasetStats } from './published-types.ts';

/**
 * The disclosure-controlled statistics of a collector's pass, for the pages and the downloads:
 * its raw statistics without the cohort level (never published), through `publishStats`.
 * `asOf` is dataset.json's `as_of` (never the clock); k the threshold (≥ 5), checked first.
 * @throws DisclosureError for k below 5.
 * @example publishCollected(collector, { k: 10, asOf: '2024-06-30' }).programmes.length // 2
 */
export function publishCollected(
  collector: Pick<StatsCollector, 'finishRaw'>,
  options: { k: number; asOf?: string },
): DatasetStats {
  const k = assertK(options.k);
  const raw = collector.finishRaw({
    cohorts: false,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
  return publishStats(raw, k);
}
