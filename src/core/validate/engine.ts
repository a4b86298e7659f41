import type { ByteSource } from '../read/index.ts';
import { TABLES, type DatasetMeta, type Table, type TableName } from '../schemas/index.ts';
import { ProblemCollector } from './collector.ts';
import type { Problem, ProblemCode } from './problem.ts';
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
}

export interface ValidateOptions {
  /** Treat warnings as errors (`--strict`). */
  strict?: boolean;
  /** Problems kept per code (all are counted); 100 by default. */
  maxPerCode?: number;
  /** Receives every row that passed the row-level checks, in file order. */
  sink?: RowSink;
  /** Called as a file is read: characters read of it so far, and its data rows so far. */
  onProgress?(progress: { file: string; bytes: number; rows: number }): void;
}

/** The outcome of validating a dataset. */
export interface ValidationReport {
  /** No errors (with `strict`, no warnings either): the dataset may be published. */
  ok: boolean;
  /** Kept problems, sorted by file, row and column. */
  problems: Problem[];
  /** Every problem counted per code, including those not kept. */
  counts: Partial<Record<ProblemCode, number>>;
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
  const collector = new ProblemCollector(options.maxPerCode ?? 100);
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

  for (const table of TABLES) {
    const actual = byName.get(table.file);
    if (actual === undefined) {
      state.absent.add(table.name);
      if (table.presence.kind === 'required') report(missingFile(table.file));
      continue;
    }
    const summary = await checkTableFile(table as unknown as Table, files.open(actual), {
      state,
      report,
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

  const { problems, counts } = collector.result();
  return { ok: collector.errors === 0, problems, counts, files: summaries, meta };
}

async function readText(open: ByteSource): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of open()) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
