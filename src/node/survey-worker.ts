/**
 * Worker-thread entry: checks `survey_responses.csv` (and scores it for the statistics) while the
 * main thread checks the other tables. Started by `surveyDelegate`; runs the same table pass as
 * the main thread would, with a copy of what that pass reads from earlier tables.
 */
import { createReadStream } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { surveyItems, surveyResponses, type Table, type TableName } from '../core/schemas/index.ts';
import { createStatsCollector } from '../core/stats/collector.ts';
import type { SurveyScores } from '../core/stats/survey-protocol.ts';
import { ProblemCollector } from '../core/validate/collector.ts';
import { FrozenIdIndex } from '../core/validate/keys/frozen-id-index.ts';
import { IntColumn } from '../core/validate/keys/int-column.ts';
import type { Problem } from '../core/validate/problem.ts';
import { DatasetState } from '../core/validate/state.ts';
import { checkTableFile } from '../core/validate/table-pass.ts';
import type { ByteSource } from '../core/read/source.ts';
import type {
  ByteRange,
  SurveyPlanRequest,
  SurveyQuit,
  SurveyWorkerMessage,
  SurveyWorkerStart,
} from './survey-messages.ts';
import { READ_CHUNK } from './folder-files.ts';
import { planRanges, type RangePlan } from './survey-ranges.ts';

const port = parentPort;
if (!port) throw new Error('survey-worker runs as a worker thread');

/** Aborted on `quit`: the pass's file streams stop and close (see `SurveyQuit`). */
const quit = new AbortController();
let running = false;

// The same chunk size as `folderFiles` (see there why it is what it is).
const open = (path: string) => () =>
  createReadStream(path, { highWaterMark: READ_CHUNK, signal: quit.signal });

/** A part of the file as a reader sees it: the header prefix, then the part's bytes. */
function openRange(path: string, range: ByteRange): ByteSource {
  return async function* () {
    if (range.prefix && range.prefix.length > 0) yield range.prefix;
    if (range.end > range.start)
      yield* createReadStream(path, {
        start: range.start,
        end: range.end - 1,
        highWaterMark: READ_CHUNK,
        signal: quit.signal,
      });
  };
}

/**
 * Sends the pass's last message (none after `quit`) and closes the port: with nothing left to
 * wait for, the thread exits by itself once its streams have closed their files.
 */
function finish(message: SurveyWorkerMessage | undefined, transfer: ArrayBuffer[] = []): void {
  if (message && !quit.signal.aborted) port?.postMessage(message, transfer);
  port?.close();
}

/** Where to cut the file, or `undefined` (read it whole) when it cannot be cut or read. */
function plan(request: SurveyPlanRequest): RangePlan | undefined {
  try {
    return planRanges(request.path, request.size, new Set(request.columns));
  } catch {
    // An unreadable file is reported by the pass that reads it, as for any other file.
    return undefined;
  }
}

port.on('message', (message: SurveyPlanRequest | SurveyWorkerStart | SurveyQuit) => {
  const kind = (message as Partial<SurveyPlanRequest | SurveyQuit>).kind;
  if (kind === 'quit') {
    quit.abort();
    // A running pass finishes (its streams fail with an AbortError) and then closes the port.
    if (!running) finish(undefined);
    return;
  }
  if (kind === 'plan') {
    port.postMessage({
      kind: 'planned',
      plan: plan(message as SurveyPlanRequest),
    } satisfies SurveyWorkerMessage);
    return;
  }
  running = true;
  run(message as SurveyWorkerStart).then(
    (done) => {
      const transfer: ArrayBuffer[] = done.scores
        ? [done.scores.scoreSums.buffer, done.scores.scoreCounts.buffer]
        : [];
      if (done.keys)
        transfer.push(
          ('bits' in done.keys ? done.keys.bits : done.keys.slots).buffer as ArrayBuffer,
        );
      finish(done, transfer);
    },
    (error: unknown) => {
      // A bug, not bad data (the table pass never throws on data): the main thread rethrows it.
      finish({ kind: 'failed', message: String((error as Error)?.stack ?? error) });
    },
  );
});

async function run(start: SurveyWorkerStart): Promise<SurveyWorkerMessage & { kind: 'done' }> {
  const state = new DatasetState();
  if (start.participants) state.ids.set('participants', FrozenIdIndex.from(start.participants));
  if (start.participantsPresent) state.present.add('participants');
  // For the questionnaire check: which programmes ask an item, and each participant's programme.
  if (start.programmes) state.ids.set('programmes', FrozenIdIndex.from(start.programmes));
  if (start.programmesPresent) state.present.add('programmes');
  state.participantProgramme = IntColumn.from(start.participantProgramme);
  // A part of the file sends its keys back (see `mergeParts`).
  if (start.range) state.keepKeysOf.add('survey_responses');
  const collector = start.seed ? createStatsCollector() : undefined;
  collector?.seedSurvey(start.seed as NonNullable<typeof start.seed>);

  // survey_items again: the main thread reports its problems at its own turn; this pass only
  // rebuilds what survey_responses is checked against (and the statistics' items).
  if (start.itemsPath !== undefined) {
    await checkTableFile(surveyItems as unknown as Table, open(start.itemsPath), {
      state,
      report: () => {},
      ...(collector ? { sink: collector } : {}),
      onReferenceToAbsent: () => {},
    });
  }

  const problems = new ProblemCollector(start.maxPerCode);
  const add = start.strict
    ? (problem: Problem) => problems.add({ ...problem, severity: 'error' })
    : (problem: Problem) => problems.add(problem);
  // A later part reads the header again (its row 1): the first part reports its problems once.
  const report = start.range?.prefix
    ? (problem: Problem) => {
        if (problem.row !== null && problem.row > 1) add(problem);
      }
    : add;
  const referencesToAbsent: { target: TableName; column: string }[] = [];
  const summary = await checkTableFile(
    surveyResponses as unknown as Table,
    start.range ? openRange(start.responsesPath, start.range) : open(start.responsesPath),
    {
      state,
      report,
      ...(collector ? { sink: collector } : {}),
      onReferenceToAbsent: (target, column) => referencesToAbsent.push({ target, column }),
      ...(start.progress
        ? {
            onProgress: (bytes: number, rows: number) =>
              port?.postMessage({ kind: 'progress', bytes, rows }),
          }
        : {}),
    },
  );
  const scores: SurveyScores | undefined = collector?.surveyScores();
  const keys = start.range ? state.compositeKeys.get('survey_responses')?.snapshot() : undefined;
  return {
    kind: 'done',
    outcome: {
      summary,
      problems: problems.log(),
      referencesToAbsent,
      present: state.present.has('survey_responses'),
    },
    ...(scores ? { scores } : {}),
    ...(keys ? { keys } : {}),
  };
}
