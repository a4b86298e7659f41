import { Worker } from 'node:worker_threads';
import { surveyResponses, type TableName } from '../core/schemas/index.ts';
import type { StatsCollector } from '../core/stats/collector.ts';
import type { SurveySeed } from '../core/stats/survey-protocol.ts';
import type { DelegatedOutcome, TableDelegate } from '../core/validate/engine.ts';
import { FrozenIdIndex, type FrozenIdIndexData } from '../core/validate/keys/frozen-id-index.ts';
import { IdIndex } from '../core/validate/keys/id-index.ts';
import { sharedCopy } from '../core/validate/keys/shared-memory.ts';
import type { DatasetState } from '../core/validate/state.ts';
import { mergeParts, type PartDone } from './survey-merge.ts';
import type {
  ByteRange,
  SurveyPlanRequest,
  SurveyQuit,
  SurveyWorkerMessage,
  SurveyWorkerStart,
} from './survey-messages.ts';
import type { RangePlan } from './survey-ranges.ts';

/** Where the survey files are, and who wants their results besides the report. */
export interface SurveyDelegateOptions {
  responsesPath: string;
  itemsPath: string | undefined;
  /** The statistics collector the main thread feeds (it gets the survey scores merged in). */
  collector: StatsCollector | undefined;
  /** Check the file as two parts in two workers (when it can be cut safely; see `planRanges`). */
  split?: { size: number };
  onProgress?(bytes: number, rows: number): void;
  /** How the file was checked (see `SurveyPassKind`), once it is. */
  onPass?(kind: SurveyPassKind): void;
}

/** One worker for the whole file, two for its parts, or two and then one again (not joinable). */
export type SurveyPassKind = 'whole' | 'parts' | 'parts-then-whole';

/**
 * A table's interned ids, frozen in shared memory for the workers; the frozen form also takes the
 * index's place in the main thread (nothing adds to it any more), so there is one copy in all.
 */
function frozenIds(state: DatasetState, table: TableName): FrozenIdIndexData | undefined {
  const ids = state.ids.get(table);
  const frozen = ids instanceof IdIndex ? FrozenIdIndex.freeze(ids) : ids;
  if (!(frozen instanceof FrozenIdIndex)) return undefined;
  state.ids.set(table, frozen);
  return frozen.data();
}

/** Each participant's programme, in shared memory here and in the workers (it is complete). */
function sharedProgrammes(state: DatasetState): Int32Array {
  state.participantProgramme = state.participantProgramme.shared();
  return state.participantProgramme.snapshot();
}

/** The collector's seed, its participant remap copied once into memory every worker shares. */
function sharedSeed(collector: StatsCollector | undefined): SurveySeed | undefined {
  const seed = collector?.surveySeed();
  return seed && { ...seed, participants: sharedCopy(seed.participants) };
}

/** One worker's pass: its outcome, and a way to stop it. */
interface Pass {
  done: Promise<PartDone>;
  /** Asks the worker where to cut the file (before `post`). */
  plan(request: SurveyPlanRequest): Promise<RangePlan | undefined>;
  post(start: SurveyWorkerStart): void;
  /** Settles once the worker has exited: by itself after its outcome, or asked to quit. */
  stop(): Promise<number>;
}

function startPass(onProgress: (bytes: number, rows: number) => void): Pass {
  const worker = new Worker(new URL('./survey-worker.ts', import.meta.url));
  let settled = false;
  let planned: (plan: RangePlan | undefined) => void = () => {};
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  const done = new Promise<PartDone>((resolve, reject) => {
    worker.on('message', (message: SurveyWorkerMessage) => {
      if (message.kind === 'planned') planned(message.plan);
      else if (message.kind === 'progress') onProgress(message.bytes, message.rows);
      else if (message.kind === 'failed') reject(new Error(`survey worker: ${message.message}`));
      else {
        // Its result (scores transferred, not copied) is here; the worker exits by itself, which
        // frees its heap now, not when the other part is done too.
        settled = true;
        resolve(message);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`survey worker exited (${code}) before its outcome`));
    });
  });
  // Nobody awaits the outcome when validation stops early; the rejection is still handled.
  done.catch(() => {});
  return {
    done,
    plan: (request) => {
      // A worker that fails or exits first fails the plan too (its `done` says why).
      const plan = Promise.race([
        new Promise<RangePlan | undefined>((resolve) => (planned = resolve)),
        done.then(() => undefined),
      ]);
      worker.postMessage(request);
      return plan;
    },
    post: (start) => worker.postMessage(start),
    // Never `worker.terminate()`: see `SurveyQuit` for why. A worker still loading its modules
    // gets the message once it listens; one that has exited ignores it.
    stop: () => {
      worker.postMessage({ kind: 'quit' } satisfies SurveyQuit);
      return exited;
    },
  };
}

/** The parts `plan` cuts the file into: two, or the whole file (`undefined`) when it has none. */
function rangesOf(plan: RangePlan | undefined): (ByteRange | undefined)[] {
  if (!plan) return [undefined];
  return [
    { start: 0, end: plan.cut.offset },
    { start: plan.cut.offset, end: plan.size, prefix: plan.prefix },
  ];
}

/**
 * Checks `survey_responses.csv` (about two thirds of a national dataset) in worker threads while
 * the main thread checks attendance and the rest, for the engine's `delegate` option. A large file
 * is cut at a record boundary near its middle (found by the second worker while the main thread
 * reads the first tables) and each part checked in its own worker, so both cores work to the
 * end; the parts' problems, keys and scores are joined as one pass would give them, and when
 * they cannot be (see `mergeParts`) the file is checked again whole. Workers are
 * spawned at once (loading their modules overlaps the first tables) and given the participants
 * once they are read; results are merged at survey_responses' turn, so the report and the
 * statistics are the same as a single-thread pass gives.
 * @example await validateDataset(files, { sink, delegate: surveyDelegate({ responsesPath, itemsPath, collector: sink }) })
 */
export function surveyDelegate(
  options: SurveyDelegateOptions,
): TableDelegate & { close(): Promise<void> } {
  // Progress is the sum of the parts' (each reports its own bytes and rows so far).
  const seen = [{ bytes: 0, rows: 0 }];
  const progressOf = (part: number) => (bytes: number, rows: number) => {
    seen[part] = { bytes, rows };
    const sum = (key: 'bytes' | 'rows') => seen.reduce((total, s) => total + s[key], 0);
    options.onProgress?.(sum('bytes'), sum('rows'));
  };
  // Every worker started, for `close`; `parts` are those checking the file now.
  const passes = (options.split ? [0, 1] : [0]).map((part) => startPass(progressOf(part)));
  let parts = passes.slice();
  // The second worker finds the cut while the main thread reads the tables before the survey,
  // which takes longer: the main thread does not wait for it.
  const plan: Promise<RangePlan | undefined> = options.split
    ? (passes[1] as Pass).plan({
        kind: 'plan',
        path: options.responsesPath,
        size: options.split.size,
        columns: [...surveyResponses.columnNames],
      })
    : Promise.resolve(undefined);
  // Awaited once the survey's turn comes; never, when validation stops before it.
  plan.catch(() => {});
  let posted: Promise<RangePlan | undefined> | undefined;
  let base: SurveyWorkerStart | undefined;

  const finish = (done: PartDone, kind: SurveyPassKind): DelegatedOutcome => {
    if (done.scores) options.collector?.absorbSurvey(done.scores);
    options.onPass?.(kind);
    return done.outcome;
  };
  const outcome = async (): Promise<DelegatedOutcome> => {
    if (!posted) throw new Error('survey delegate: outcome asked before start');
    const cut = await posted;
    const done = await Promise.all(parts.map((pass) => pass.done));
    if (!cut) return finish(done[0] as PartDone, 'whole');
    const merged = mergeParts(done[0] as PartDone, done[1] as PartDone, cut.cut.recordsBefore);
    if (merged) return finish(merged, 'parts');
    // The parts cannot be joined exactly (e.g. a duplicate across the cut): check it whole, once
    // the parts' workers (their copies of the participants, their scores) are gone.
    await Promise.all(parts.map((pass) => pass.stop()));
    seen.splice(0, seen.length, { bytes: 0, rows: 0 });
    const whole = startPass(progressOf(0));
    passes.push(whole);
    parts = [whole];
    whole.post(base as SurveyWorkerStart);
    return finish(await whole.done, 'parts-then-whole');
  };
  let result: Promise<DelegatedOutcome> | undefined;
  return {
    table: 'survey_responses',
    startAfter: 'participants',
    start({ state, strict, maxPerCode }) {
      const start: SurveyWorkerStart = {
        itemsPath: options.itemsPath,
        responsesPath: options.responsesPath,
        participants: frozenIds(state, 'participants'),
        participantsPresent: state.present.has('participants'),
        programmes: frozenIds(state, 'programmes'),
        programmesPresent: state.present.has('programmes'),
        participantProgramme: sharedProgrammes(state),
        strict,
        maxPerCode,
        seed: sharedSeed(options.collector),
        progress: options.onProgress !== undefined,
      };
      base = start;
      posted = plan.then((cut) => {
        const ranges = rangesOf(cut);
        // Not cut after all: the worker that looked is not needed.
        for (const idle of parts.splice(ranges.length)) void idle.stop();
        for (const [part, pass] of parts.entries()) {
          const range = ranges[part];
          pass.post(range ? { ...start, range } : start);
        }
        return cut;
      });
      posted.catch(() => {});
    },
    outcome: () => (result ??= outcome()),
    /** Stops the workers (once done, or when validation ended before its turn). */
    async close() {
      await Promise.all(passes.map((pass) => pass.stop()));
    },
  };
}
