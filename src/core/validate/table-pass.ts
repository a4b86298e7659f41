import { readCsv, type ByteSource, type Delimiter, type Encoding } from '../read/index.ts';
import { ID_PATTERN, type Table, type TableName } from '../schemas/index.ts';
import type { CellResult } from './cell-check.ts';
import { planHeader, type HeaderPlan } from './header-plan.ts';
import { IdIndex } from './keys/id-index.ts';
import type { Problem } from './problem.ts';
import { planRules, type RulePlan } from './rule-plan.ts';
import { emptyFile, noRows } from './rules/empty-file.ts';
import {
  brokenQuotes,
  hasWrongFieldCount,
  isBlankRecord,
  wrongFieldCount,
} from './rules/malformed-row.ts';
import { noHeader, notText } from './rules/not-csv.ts';
import type { CellStep, FilePlan, RowContext, RowStep } from './rules/rule.ts';
import { isIndexedSink, type IndexedRow, type RowSink } from './sink.ts';
import type { DatasetState } from './state.ts';

/** What was read of one file, as the report lists it. */
export interface FileSummary {
  file: string;
  /** Data rows (blank lines and the header not counted). */
  rows: number;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
}

/** Everything one table pass needs beyond the bytes. */
export interface TablePassOptions {
  state: DatasetState;
  report(problem: Problem): void;
  sink?: RowSink;
  /** Characters read so far and data rows handed on so far (for a progress bar). */
  onProgress?(bytes: number, rows: number): void;
  /** Notes that a foreign-key column has values while its target file is absent. */
  onReferenceToAbsent(target: TableName, column: string): void;
  /** The file's size in bytes, where known (see `estimateRows`). */
  bytes?: number;
}

/**
 * How many rows a file of `bytes` bytes holds, judged by its first batch (`records` records in
 * `chars` characters); 0 when there is nothing to judge by. Key sets and id indexes grow
 * straight to it instead of doubling their way there, rehashing everything at each step
 * (nationally 0.5 s of the attendance pass). Only a size: a wrong estimate costs memory or a
 * later doubling, never a different answer.
 * @example estimateRows(1_000_000, 100, 2_500) // 40000
 */
export function estimateRows(bytes: number | undefined, records: number, chars: number): number {
  if (!bytes || records === 0 || chars === 0) return 0;
  return Math.ceil((bytes * records) / chars);
}

/** Runs a cell's steps; false when one of them failed the cell. */
function passes(steps: CellStep[], raw: string, row: RowContext): boolean {
  for (let k = 0; k < steps.length; k++) if (!(steps[k] as CellStep)(raw, row)) return false;
  return true;
}

/**
 * Reads one table's file and runs every rule that one row can answer (`RULES`: cells, keys, and
 * checks against the tables read before it). Never throws on bad data.
 * @example const summary = await checkTableFile(cohorts, open, { state, report, onReferenceToAbsent });
 */
export async function checkTableFile(
  table: Table,
  open: ByteSource,
  options: TablePassOptions,
): Promise<FileSummary> {
  const { state, report, sink } = options;
  const file = table.file;
  const name = table.name as TableName;
  const width = table.columnNames.length;
  const values: CellResult[] = new Array<CellResult>(width).fill(undefined);
  const refs = new Int32Array(width).fill(-1);
  const ownIds = table.primaryKey.length === 1 ? new IdIndex() : undefined;
  const keyColumn = ownIds ? table.columnNames.indexOf(table.primaryKey[0] as string) : -1;
  let rowsExpected = 0;
  const filePlan: FilePlan = {
    table,
    state,
    ownIds,
    onReferenceToAbsent: options.onReferenceToAbsent,
    rowsExpected: () => rowsExpected,
  };
  const row: RowContext = { file, row: 0, values, refs, self: -1, state, report };
  const malformed = new Set<number>();
  const indexed = sink && isIndexedSink(sink) ? sink : undefined;
  // One reused view for the indexed sink: `key` changes per row, the arrays are the same.
  const indexedRow: { values: CellResult[]; refs: Int32Array; key: number } = {
    values,
    refs,
    key: -1,
  };
  let header: HeaderPlan | undefined;
  let rules: RulePlan | undefined;
  let rows = 0;
  let bytesRead = 0;

  if (ownIds) state.ids.set(name, ownIds);

  const onRecord = (
    record: string[],
    rowNumber: number,
    all: boolean,
    columnSteps: CellStep[][],
  ): void => {
    const h = header as HeaderPlan;
    const plan = rules as RulePlan;
    if ((malformed.size > 0 && malformed.has(rowNumber)) || isBlankRecord(record)) return;
    rows++;
    if (hasWrongFieldCount(record, h.width)) {
      report(wrongFieldCount(file, rowNumber, record.length, h.width));
      // Still claim the row's key when it reads as one, so that rows of other files that refer
      // to it do not each report a foreign-key error for the one broken row.
      const at = keyColumn >= 0 ? (h.position[keyColumn] as number) : -1;
      const key = at >= 0 ? record[at]?.trim() : undefined;
      if (ownIds && key !== undefined && ID_PATTERN.test(key)) ownIds.add(key);
      return;
    }
    row.row = rowNumber;
    row.self = -1;
    let complete = !h.incomplete;
    const position = h.position;
    for (let c = 0; c < width; c++) {
      const at = position[c] as number;
      refs[c] = -1;
      if (at < 0) {
        values[c] = undefined;
        continue;
      }
      const steps = columnSteps[c] as CellStep[];
      const raw = record[at] as string;
      for (let k = 0; k < steps.length; k++) {
        if ((steps[k] as CellStep)(raw, row)) continue;
        complete = false;
        break;
      }
    }
    for (const extra of plan.extras) {
      const raw = record[extra.position];
      if (raw !== undefined && raw !== '') passes(all ? extra.all : extra.lean, raw, row);
    }
    for (let k = 0; k < plan.rows.length; k++) if (!(plan.rows[k] as RowStep)(row)) break;
    if (complete && indexed) {
      let key = row.self;
      if (ownIds && key < 0 && typeof values[keyColumn] === 'string')
        key = ownIds.get(values[keyColumn] as string);
      indexedRow.key = key;
      indexed.indexedRow(name, indexedRow as IndexedRow, rowNumber);
    } else if (complete && sink) {
      const typed: Record<string, unknown> = {};
      for (let c = 0; c < width; c++) typed[table.columnNames[c] as string] = values[c];
      sink.row(name, typed as never, rowNumber);
    }
  };

  const result = await readCsv(open, new Set(table.columnNames), {
    header: (fields, headerRow) => {
      header = planHeader(table, file, fields, headerRow, report);
      state.present.add(name);
      rules = planRules(filePlan, header);
    },
    records: (records, firstRow, text, plain) => {
      const plan = rules as RulePlan;
      if (rowsExpected === 0) {
        rowsExpected = estimateRows(options.bytes, records.length, text.length);
        ownIds?.reserve(rowsExpected);
      }
      const all = plan.screens(text, plain);
      const steps = all ? plan.all : plan.lean;
      for (let i = 0; i < records.length; i++)
        onRecord(records[i] as string[], firstRow + i, all, steps);
      if (malformed.size > 0) malformed.clear();
      options.onProgress?.(bytesRead, rows);
    },
    malformed: (rowNumber, reason) => {
      malformed.add(rowNumber);
      report(brokenQuotes(file, rowNumber, reason === 'unterminated'));
    },
    // Reported after each batch, so that the rows count includes the batch just read.
    progress: (bytes) => {
      bytesRead = bytes;
    },
  });

  if (result.kind === 'not-text') {
    report(notText(file, result.format));
    return { file, rows: 0, encoding: null, delimiter: null };
  }
  if (result.kind === 'no-header') {
    report(noHeader(table, result.reason));
    return { file, rows: 0, encoding: result.encoding, delimiter: null };
  }
  if (result.kind === 'empty') {
    report(emptyFile(file));
    return { file, rows: 0, encoding: result.encoding ?? null, delimiter: null };
  }
  if (rows === 0 && table.presence.kind === 'required') report(noRows(file));
  return { file, rows, encoding: result.encoding, delimiter: result.delimiter };
}
