import type { ByteSource } from '../read/index.ts';
import { TABLES, type DatasetMeta, type Table, type TableName } from '../schemas/index.ts';
import { ProblemCollector, type ProblemLog, type Tally } from './collector.ts';
import type { Problem, ProblemCode } from './problem.ts';
import { completedWithoutAttendanceProblems } from './rules/completed-without-attendance.ts';
import { checkDatasetJson } from './rules/dataset-json.ts';
import { missingFile, missingReferencedFile } from './rules/missing-file.ts';
import type { RowSink } from './sink.ts';
import { DatasetState } from './state.ts';
import { checkTableFile, type FileSummary } from './table-pass.ts';

/** A dataset folder as the validator sees it: file names, and a way to read each one. */
export interface DatasetFiles {
  /** Names of the files present (matched to the contract's file names case-insensitively). */
  names: readonly string[];
  open(name: string): ByteSource;
  /** A file's size in bytes, where known: it sizes the key sets up front (see table-pass.ts). */
  size?(name: string): number | undefined;
}

export interface ValidateOptions {
  /** Treat warnings as errors (`--strict`). */
  strict?: boolean;
  /** Problems kept per code (all are counted); 100 by default. */
  maxPerCode?: number;
  /** Receives every row that passed the row-level checks, in file order. */
  sink?: RowSink;
  /**
   * Checks one table elsewhere (e.g. `survey_responses` in a worker thread, in Node), in parallel
   * with the tables after `startAfter`; its outcome is merged at the table's own turn, so the
   * report is the same as if it had been checked here. Used only when the table's file is present.
   */
  delegate?: TableDelegate;
  /** Called as a file is read: characters read of it so far, and its data rows so far. */
  onProgress?(progress: { file: string; bytes: number; rows: number }): void;
}

/** What a delegated table pass found, to merge in at the table's turn. */
export interface DelegatedOutcome {
  summary: FileSummary;
  /** Problems in the order found (already made errors under `strict`). */
  problems: ProblemLog;
  /** Foreign-key columns with values whose target file is absent, in the order found. */
  referencesToAbsent: { target: TableName; column: string }[];
  /** The file had a header. */
  present: boolean;
}

/** A table checked elsewhere (see `ValidateOptions.delegate`). */
export interface TableDelegate {
  table: TableName;
  /** The table after whose pass the delegate starts (every table it refers to must be done). */
  startAfter: TableName;
  /** Starts the pass, given what was read so far (no later than `startAfter`). */
  start(context: { state: DatasetState; strict: boolean; maxPerCode: number }): void;
  /** Its outcome; called at the table's turn in `TABLES` order. */
  outcome(): Promise<DelegatedOutcome>;
}

/** The outcome of validating a dataset. */
export interface ValidationReport {
  /** No errors (with `strict`, no warnings either): the dataset may be published. */
  ok: boolean;
  /** Kept problems, sorted by file, row and column. */
  problems: Problem[];
  /** Every problem counted per code, including those not kept. */
  counts: Partial<Record<ProblemCode, number>>;
  /** Every problem counted per file, code and column, in report order. */
  tally: Tally[];
  /** Each CSV file read, in contract order. */
  files: FileSummary[];
  /** `dataset.json` with defaults applied, or the defaults alone when absent or invalid. */
  meta: DatasetMeta;
}

const DEFAULT_META: DatasetMeta = { licence: 'CC-BY-4.0', synthetic: false };

/**
 * Validates a dataset against the data contract in one streaming pass over its files, in
 * `TABLES` order. Never throws on bad data: every problem becomes a coded, bilingual entry.
 * @example const report = await validateDataset(files, { sink });
 */
export async function validateDataset(
  files: DatasetFiles,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const byName = new Map(files.names.map((name) => [name.toLowerCase(), name]));
  const maxPerCode = options.maxPerCode ?? 100;
  const collector = new ProblemCollector(maxPerCode);
  // Delegated only when its file is present; started at once if `startAfter` is absent.
  const delegated = options.delegate;
  const delegate =
    delegated && byName.has(TABLES.find((t) => t.name === delegated.table)?.file ?? '')
      ? delegated
      : undefined;
  const report = options.strict
    ? (problem: Problem) => collector.add({ ...problem, severity: 'error' })
    : (problem: Problem) => collector.add(problem);
  const state = new DatasetState();
  const summaries: FileSummary[] = [];
  const referenced = new Map<TableName, { by: string; column: string }>();

  let meta = DEFAULT_META;
  const json = byName.get('dataset.json');
  if (json !== undefined) {
    const result = checkDatasetJson(await readText(files.open(json)));
    result.problems.forEach(report);
    meta = result.meta ?? DEFAULT_META;
  }

  const afterStart = TABLES.findIndex((t) => t.name === delegate?.startAfter) + 1;
  let started = false;
  const start = () => {
    if (started || !delegate) return;
    started = true;
    delegate.start({ state, strict: options.strict === true, maxPerCode });
  };

  for (const [order, table] of TABLES.entries()) {
    // Started before the first table after `startAfter`, whether `startAfter`'s file was there.
    if (order === afterStart) start();
    dropUnreferenced(state, order);
    const actual = byName.get(table.file);
    if (actual === undefined) {
      state.absent.add(table.name);
      if (table.presence.kind === 'required') report(missingFile(table.file));
      continue;
    }
    if (delegate?.table === table.name) {
      start();
      const outcome = await delegate.outcome();
      collector.merge(outcome.problems);
      for (const { target, column } of outcome.referencesToAbsent)
        if (!referenced.has(target)) referenced.set(target, { by: table.file, column });
      if (outcome.present) state.present.add(table.name);
      summaries.push(outcome.summary);
      continue;
    }
    const bytes = files.size?.(actual);
    const summary = await checkTableFile(table as unknown as Table, files.open(actual), {
      state,
      report,
      ...(bytes !== undefined ? { bytes } : {}),
      ...(options.sink ? { sink: options.sink } : {}),
      ...(options.onProgress
        ? {
            onProgress: (bytes: number, rows: number) =>
              options.onProgress?.({ file: table.file, bytes, rows }),
          }
        : {}),
      onReferenceToAbsent: (target, column) => {
        if (!referenced.has(target)) referenced.set(target, { by: table.file, column });
      },
    });
    summaries.push(summary);
  }

  for (const [target, { by, column }] of referenced) {
    const table = TABLES.find((t) => t.name === target);
    // A required file's absence is already reported; an empty one is reported as empty-file.
    if (!table || table.presence.kind === 'required' || !state.absent.has(target)) continue;
    report(missingReferencedFile(table.file, by, column));
  }

  completedWithoutAttendanceProblems(state).forEach(report);

  const { problems, counts, tally } = collector.result();
  return { ok: collector.errors === 0, problems, counts, tally, files: summaries, meta };
}

/**
 * Forgets the interned ids of tables that no table from `order` on refers to (matches' ids once
 * sessions are read, sessions' once attendance is): a million ids hold about 70 MiB.
 */
function dropUnreferenced(state: DatasetState, order: number): void {
  for (const name of state.ids.keys()) {
    const referenced = TABLES.slice(order).some((t) =>
      t.foreignKeys.some((key) => key.table === name),
    );
    if (!referenced) state.ids.delete(name);
  }
}

async function readText(open: ByteSource): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of open()) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
