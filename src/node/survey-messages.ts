import type { SurveySeed, SurveyScores } from '../core/stats/survey-protocol.ts';
import type { DelegatedOutcome } from '../core/validate/engine.ts';
import type { FrozenIdIndexData } from '../core/validate/keys/frozen-id-index.ts';
import type { CompositeSnapshot } from '../core/validate/keys/composite-set.ts';
import type { RangePlan } from './survey-ranges.ts';

/** One part of survey_responses.csv: bytes `[start, end)`, read after `prefix` (see `planRanges`). */
export interface ByteRange {
  start: number;
  end: number;
  prefix?: Uint8Array;
}

/** Main thread → survey worker: everything its pass needs from the tables read before. */
export interface SurveyWorkerStart {
  itemsPath: string | undefined;
  responsesPath: string;
  /**
   * The validator's interned participant ids, frozen in shared memory (every worker reads the
   * same; absent when participants.csv had no header).
   */
  participants: FrozenIdIndexData | undefined;
  participantsPresent: boolean;
  /** The validator's interned programme ids (survey_items.programme_id refers to them). */
  programmes: FrozenIdIndexData | undefined;
  programmesPresent: boolean;
  /** Each participant's programme by interned index (see `DatasetState.participantProgramme`). */
  participantProgramme: Int32Array;
  strict: boolean;
  maxPerCode: number;
  /** Set when statistics are collected: the main collector's participants. */
  seed: SurveySeed | undefined;
  /** Post progress messages. */
  progress: boolean;
  /** Check only this part of the file, and send back its keys (the whole file when absent). */
  range?: ByteRange;
}

/**
 * Main thread → survey worker, before `SurveyWorkerStart`: find where to cut the file (see
 * `planRanges`) while the main thread reads the tables the survey refers to.
 */
export interface SurveyPlanRequest {
  kind: 'plan';
  path: string;
  size: number;
  columns: string[];
}

/**
 * Main thread → survey worker: stop (its pass, if one runs) and exit once its files are closed.
 * Workers are never terminated from outside: `worker.terminate()` while a read or a close of a
 * file is pending in the worker can crash the whole process (SIGTRAP or a segfault, seen in the
 * test suite under load; nodejs/node#38418 is of that kind).
 */
export interface SurveyQuit {
  kind: 'quit';
}

/** Survey worker → main thread (it exits by itself after `done` or `failed`). */
export type SurveyWorkerMessage =
  | { kind: 'progress'; bytes: number; rows: number }
  /** The answer to a `SurveyPlanRequest` (`undefined`: the file is read whole). */
  | { kind: 'planned'; plan: RangePlan | undefined }
  | {
      kind: 'done';
      outcome: DelegatedOutcome;
      scores?: SurveyScores;
      /** The part's (participant, wave, item) keys, when it checked a range. */
      keys?: CompositeSnapshot;
    }
  | { kind: 'failed'; message: string };
