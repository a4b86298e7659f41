/**
 * The messages between the validator page and its Web Worker. Only the report (positions, codes
 * and messages, never a cell) and disclosure-controlled statistics ever leave the worker.
 */
import type { DatasetStats } from '../../core/disclosure/published-types.ts';

import type { ReportJson } from './report-json.ts';

/** Page → worker: check these files. */
export interface CheckRequest {
  type: 'check';
  files: File[];
  /** Disclosure threshold of the site (the preview uses the same control as the build). */
  k: number;
  strict: boolean;
}

/** Worker → page, while reading: the file being read, its characters and data rows so far. */
export interface ProgressMessage {
  type: 'progress';
  file: string;
  /** Characters of all files read so far, for a bar against `total`. */
  done: number;
  /** Bytes of the files the check reads (the contract's files among those chosen). */
  total: number;
  /** Data rows of all files read so far. */
  rows: number;
}

/** Worker → page: the finished report, and the published preview when the data is valid. */
export interface DoneMessage {
  type: 'done';
  report: ReportJson;
  /** Disclosure-controlled statistics; null unless the report is ok. */
  stats: DatasetStats | null;
}

/** Worker → page: the files could not be read at all (not bad data: a browser read error). */
export interface FailedMessage {
  type: 'failed';
}

export type WorkerMessage = ProgressMessage | DoneMessage | FailedMessage;
