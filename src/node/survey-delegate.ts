import { Worker } from 'node:worker_threads';
import type { StatsCollector } from '../core/stats/collector.ts';
import type { DelegatedOutcome, TableDelegate } from '../core/validate/engine.ts';
import type { SurveyWorkerMessage, SurveyWorkerStart } from './survey-messages.ts';

/** Where the survey files are, and who wants their results besides the report. */
export interface SurveyDelegateOptions {
  responsesPath: string;
  itemsPath: string | undefined;
  /** The statistics collector the main thread feeds (it gets the survey scores merged in). */
  collector: StatsCollector | undefined;
  onProgress?(bytes: number, rows: number): void;
}

/**
 * Checks `survey_responses.csv` (about two thirds of a national dataset) in a worker thread while
 * the main thread checks attendance and the rest, for the engine's `delegate` option. The worker
 * is spawned at once (loading its modules overlaps the first tables) and given the participants
 * once they are read; its problems and survey scores are merged at survey_responses' turn, so
 * the report and the statistics are the same as a single-thread pass gives.
 * @example await validateDataset(files, { sink, delegate: surveyDelegate({ responsesPath, itemsPath, collector: sink }) })
 */
export function surveyDelegate(
  options: SurveyDelegateOptions,
): TableDelegate & { close(): Promise<void> } {
  const worker = new Worker(new URL('./survey-worker.ts', import.meta.url));
  let settled = false;
  const outcome = new Promise<DelegatedOutcome>((resolve, reject) => {
    worker.on('message', (message: SurveyWorkerMessage) => {
      if (message.kind === 'progress') options.onProgress?.(message.bytes, message.rows);
      else if (message.kind === 'failed') reject(new Error(`survey worker: ${message.message}`));
      else {
        settled = true;
        if (message.scores) options.collector?.absorbSurvey(message.scores);
        resolve(message.outcome);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`survey worker exited (${code}) before its outcome`));
    });
  });
  // Nobody awaits the outcome when validation stops early; the rejection is still handled.
  outcome.catch(() => {});
  return {
    table: 'survey_responses',
    startAfter: 'participants',
    start({ state, strict, maxPerCode }) {
      const start: SurveyWorkerStart = {
        itemsPath: options.itemsPath,
        responsesPath: options.responsesPath,
        participants: state.ids.get('participants')?.snapshot(),
        participantsPresent: state.present.has('participants'),
        programmes: state.ids.get('programmes')?.snapshot(),
        programmesPresent: state.present.has('programmes'),
        participantProgramme: state.participantProgramme.snapshot(),
        strict,
        maxPerCode,
        seed: options.collector?.surveySeed(),
        progress: options.onProgress !== undefined,
      };
      worker.postMessage(start);
    },
    outcome: () => outcome,
    /** Stops the worker (once done, or when validation ended before its turn). */
    async close() {
      await worker.terminate();
    },
  };
}
