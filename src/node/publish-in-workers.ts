import { Worker } from 'node:worker_threads';
import type { DatasetStats } from '../core/disclosure/published-types.ts';
import { assertK } from '../core/disclosure/k.ts';
import type { RiskInput } from '../core/disclosure/publish-outcome.ts';
import type { ReconstructionFinding } from '../core/disclosure/reconstruct.ts';
import { datasetToPublish, publishRawDataset } from '../core/figures/publish-dataset.ts';
import type { StatsCollector } from '../core/stats/collector.ts';
import type { ConstructOutcome, RawStats } from '../core/stats/types.ts';
import type { RiskBatch, RiskQuit, RiskWorkerMessage } from './risk-messages.ts';

export interface WorkerOptions {
  /** Worker threads that run the checks (default 2: this project's machines have 2 cores). */
  workers?: number;
  /** Fewer rows to check than this are checked here: starting workers would cost more. */
  minRows?: number;
  /** Outcome rows checked so far, of `total` (after each batch; only when workers run). */
  onProgress?(checked: number, total: number): void;
}

/** Rows per message: small enough that both workers finish together, large enough to be cheap. */
const BATCH = 32;

/**
 * `publishDataset` (src/core/figures) with the outcome rows' reconstruction checks, nearly all
 * of the publishing time at national scale, run in worker threads. A first publishing pass
 * only lists the rows that need the check and what each is given; the workers check them;
 * the second pass publishes with those verdicts. The check is a pure function of its input, so
 * the result is the same as `publishDataset`'s, in any order of the work.
 * @throws DisclosureError for k below 5.
 * @example await publishDatasetInWorkers(collector, { k: 10, asOf: meta.as_of })
 */
export async function publishDatasetInWorkers(
  collector: Pick<StatsCollector, 'finishRaw'>,
  options: { k: number; asOf?: string } & WorkerOptions,
): Promise<DatasetStats> {
  assertK(options.k);
  return publishRawInWorkers(datasetToPublish(collector, options), options);
}

/**
 * The second half of `publishDatasetInWorkers`: raw statistics (`datasetToPublish`) under
 * disclosure control, for a caller that times the two apart (the bench).
 * @throws DisclosureError for k below 5.
 */
export async function publishRawInWorkers(
  raw: RawStats,
  options: { k: number } & WorkerOptions,
): Promise<DatasetStats> {
  const k = assertK(options.k);
  const rows: ConstructOutcome[] = [];
  const inputs: RiskInput[] = [];
  const listed: ReconstructionFinding = { safe: true, histograms: 'not enumerated' };
  publishRawDataset(raw, k, (row, input) => {
    rows.push(row);
    inputs.push(input);
    return listed;
  });
  if (inputs.length < (options.minRows ?? 200)) return publishRawDataset(raw, k);
  const findings = await checkInWorkers(inputs, options.workers ?? 2, options.onProgress);
  const known = new Map(rows.map((row, i) => [row, findings[i]!]));
  return publishRawDataset(raw, k, (row) => {
    const finding = known.get(row);
    // Both passes publish the same raw statistics, so they meet the same rows.
    if (!finding) throw new Error('publishDatasetInWorkers: an outcome row the first pass missed');
    return finding;
  });
}

/** The verdict of every input, in order, from `count` workers taking batches as they free up. */
async function checkInWorkers(
  inputs: readonly RiskInput[],
  count: number,
  onProgress: WorkerOptions['onProgress'],
): Promise<ReconstructionFinding[]> {
  const findings = new Array<ReconstructionFinding>(inputs.length);
  let next = 0;
  let checked = 0;
  onProgress?.(0, inputs.length);
  const workers = Array.from({ length: Math.max(1, count) }, () => startWorker());
  try {
    await Promise.all(
      workers.map(({ worker, settled }) =>
        Promise.race([
          settled,
          new Promise<void>((resolve) => {
            const send = () => {
              if (next >= inputs.length) return resolve();
              const from = next;
              next = Math.min(inputs.length, next + BATCH);
              worker.postMessage({
                kind: 'batch',
                from,
                inputs: inputs.slice(from, next),
              } satisfies RiskBatch);
            };
            worker.on('message', (message: RiskWorkerMessage) => {
              if (message.kind === 'ready') return send();
              message.findings.forEach((finding, i) => (findings[message.from + i] = finding));
              checked += message.findings.length;
              onProgress?.(checked, inputs.length);
              send();
            });
          }),
        ]),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
  return findings;
}

/**
 * A risk worker; `settled` rejects if it fails or exits on its own. `stop` asks it to quit and
 * waits for it to exit: it is never terminated from outside (see `SurveyQuit` for why).
 */
function startWorker(): { worker: Worker; settled: Promise<never>; stop(): Promise<number> } {
  const worker = new Worker(new URL('./risk-worker.ts', import.meta.url));
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  const settled = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    void exited.then((code) => reject(new Error(`risk worker exited (${code})`)));
  });
  settled.catch(() => {});
  return {
    worker,
    settled,
    stop: () => {
      worker.postMessage({ kind: 'quit' } satisfies RiskQuit);
      return exited;
    },
  };
}
