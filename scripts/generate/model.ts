/**
 * The generator's in-memory model of one cohort, before it becomes CSV lines. People, matches
 * and sessions refer to each other by their index within the cohort; global ids are assigned
 * only when lines are written, from offsets kept in the plan.
 */
import type {
  AGE_BANDS,
  FIELDS,
  SESSION_KINDS,
  SESSION_MODES,
  STATUSES,
  WAVES,
} from '../../src/core/schemas/index.ts';

export type AgeBand = (typeof AGE_BANDS)[number];
export type Field = (typeof FIELDS)[number];
export type Status = (typeof STATUSES)[number];
export type SessionKind = (typeof SESSION_KINDS)[number];
export type SessionMode = (typeof SESSION_MODES)[number];
export type Wave = (typeof WAVES)[number];

export interface Person {
  role: 'mentor' | 'mentee';
  ageBand: AgeBand;
  field: Field;
  /** Day number (see days.ts). */
  registeredOn: number;
  attendedKickoff?: boolean;
  status: Status;
  /** Day the person left or finished, when they did. */
  endedOn?: number;
}

export interface MatchDraft {
  mentor: number;
  mentee: number;
  matchedOn: number;
  topics: readonly string[];
  endedOn?: number;
}

export interface SessionDraft {
  kind: SessionKind;
  heldOn: number;
  minutes: number;
  mode: SessionMode;
  /** Index of the pair's match, for a pair's own meeting. */
  match?: number;
}

export interface AttendanceDraft {
  session: number;
  person: number;
  attended: boolean;
}

export interface AnswerDraft {
  person: number;
  wave: Wave;
  itemId: string;
  /** Undefined when the question was skipped. */
  value?: number;
  answeredOn: number;
}

export interface FindingDraft {
  heldOn: number;
  groupNo: number;
  themeId: string;
  noteEn?: string;
  noteTr?: string;
}

/** Everything one cohort contributes to the dataset; each part is computed on first use. */
export interface CohortContent {
  readonly people: readonly Person[];
  readonly matches: readonly MatchDraft[];
  readonly sessions: readonly SessionDraft[];
  readonly attendance: readonly AttendanceDraft[];
  readonly answers: readonly AnswerDraft[];
  readonly findings: readonly FindingDraft[];
}

/** Defines an object whose properties are computed once, on first read. */
export function lazyContent(parts: {
  [K in keyof CohortContent]: () => CohortContent[K];
}): CohortContent {
  const cache: Partial<Record<keyof CohortContent, unknown>> = {};
  const content = {} as CohortContent;
  for (const key of Object.keys(parts) as (keyof CohortContent)[]) {
    Object.defineProperty(content, key, {
      get: () => (key in cache ? cache[key] : (cache[key] = parts[key]())),
      enumerable: true,
    });
  }
  return content;
}
