import { readCsv, type ByteSource, type Delimiter, type Encoding } from '../read/index.ts';
import {
  ID_PATTERN,
  metaOf,
  type ColumnMeta,
  type Table,
  type TableName,
  TABLES,
} from '../schemas/index.ts';
import { CellFailure, compileCellCheck, type CellCheck, type CellResult } from './cell-check.ts';
import { CROSS_CHECKS } from './cross/index.ts';
import { createCompositeSet } from './keys/composite-set.ts';
import { IdIndex } from './keys/id-index.ts';
import { findPersonalData } from './personal/index.ts';
import { planHeader, type HeaderPlan } from './header-plan.ts';
import type { Problem } from './problem.ts';
import { cellProblem } from './rules/cell-value.ts';
import { duplicateKey } from './rules/duplicate-key.ts';
import { BAD_CHARACTERS, badCharacters } from './rules/encoding-error.ts';
import { noHeader, notText } from './rules/not-csv.ts';
import { emptyFile, noRows } from './rules/empty-file.ts';
import { foreignKey } from './rules/foreign-key.ts';
import { formulaInjection, isFormulaLike } from './rules/formula-injection.ts';
import { isLongLabel, longLabel } from './rules/long-label.ts';
import { brokenQuotes, wrongFieldCount } from './rules/malformed-row.ts';
import { personalCell } from './rules/personal-data.ts';
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
}

interface ColumnRule {
  meta: ColumnMeta;
  check: CellCheck;
  /** Screen for personal data (text, and the table's own id, where a T.C. number might hide). */
  personal: boolean;
  /** Screen for formulas (free text a spreadsheet might run). */
  formula: boolean;
  /** Warn when longer than a chart shows (names and labels, not free-text notes). */
  label: boolean;
  /** Index of the referenced table, or `undefined`. */
  target?: { table: TableName; file: string; index: IdIndex | undefined };
}

const TABLE_FILES = new Map<string, string>(TABLES.map((t) => [t.name, t.file]));

function columnRules(table: Table, state: DatasetState): ColumnRule[] {
  const singleKey = table.primaryKey.length === 1 ? table.primaryKey[0] : undefined;
  return table.columnNames.map((name) => {
    const meta = metaOf(table.columns[name] as never);
    const fk = table.foreignKeys.find((key) => key.column === name);
    const target = fk
      ? {
          table: fk.table as TableName,
          file: TABLE_FILES.get(fk.table) ?? fk.table,
          index: state.present.has(fk.table as TableName)
            ? state.ids.get(fk.table as TableName)
            : undefined,
        }
      : undefined;
    return {
      meta,
      check: compileCellCheck(table.columns[name] as never),
      personal: meta.kind === 'text' || name === singleKey,
      formula: meta.kind === 'text',
      label: meta.kind === 'text' && !meta.freeText,
      ...(target ? { target } : {}),
    };
  });
}

function isBlankRecord(record: readonly string[]): boolean {
  for (const field of record) if (field.trim() !== '') return false;
  return true;
}

/**
 * Reads one table's file and runs every check that one row can answer, plus keys and
 * cross-file checks against the tables read before it. Never throws on bad data.
 */
export async function checkTableFile(
  table: Table,
  open: ByteSource,
  options: TablePassOptions,
): Promise<FileSummary> {
  const { state, report, sink } = options;
  const file = table.file;
  const name = table.name as TableName;
  const rules = columnRules(table, state);
  const width = rules.length;
  const values: CellResult[] = new Array<CellResult>(width).fill(undefined);
  const refs = new Int32Array(width).fill(-1);
  const lastId: (string | undefined)[] = new Array<string | undefined>(width).fill(undefined);
  const lastRef = new Int32Array(width).fill(-1);
  const cross = CROSS_CHECKS[name];
  const ownIndex = table.primaryKey.length === 1 ? new IdIndex() : undefined;
  const keyColumn = ownIndex ? table.columnNames.indexOf(table.primaryKey[0] as string) : -1;
  const malformed = new Set<number>();
  const absentReported = new Set<number>();
  const indexed = sink && isIndexedSink(sink) ? sink : undefined;
  // One reused view for the indexed sink: `key` changes per row, the arrays are the same.
  const indexedRow: { values: CellResult[]; refs: Int32Array; key: number } = {
    values,
    refs,
    key: -1,
  };
  let plan: HeaderPlan | undefined;
  let rows = 0;
  let bytesRead = 0;

  if (ownIndex) state.ids.set(name, ownIndex);

  const onRecord = (record: string[], row: number, screenEncoding: boolean): void => {
    const p = plan as HeaderPlan;
    if (malformed.has(row) || isBlankRecord(record)) return;
    rows++;
    if (record.length !== p.width) {
      const extraBlank = record.length > p.width && isBlankRecord(record.slice(p.width));
      if (!extraBlank) {
        report(wrongFieldCount(file, row, record.length, p.width));
        // Still claim the row's key when it reads as one, so that rows of other files that refer
        // to it do not each report a foreign-key error for the one broken row.
        const at = keyColumn >= 0 ? (p.position[keyColumn] as number) : -1;
        const key = at >= 0 ? record[at]?.trim() : undefined;
        if (ownIndex && key !== undefined && ID_PATTERN.test(key)) ownIndex.add(key);
        return;
      }
    }
    let complete = !p.incomplete;
    for (let c = 0; c < width; c++) {
      const at = p.position[c] as number;
      refs[c] = -1;
      if (at < 0) {
        values[c] = undefined;
        continue;
      }
      const raw = record[at] as string;
      const rule = rules[c] as ColumnRule;
      const column = table.columnNames[c] as string;
      if (screenEncoding && BAD_CHARACTERS.test(raw)) {
        report(badCharacters({ file, row, column }));
        values[c] = ENCODING_FAILURE;
        complete = false;
        continue;
      }
      const value = rule.check(raw);
      values[c] = value;
      if (value instanceof CellFailure) {
        report(cellProblem(value.code, { file, row, column }, rule.meta));
        complete = false;
        continue;
      }
      if (typeof value === 'string') {
        if (rule.label && isLongLabel(value)) report(longLabel({ file, row, column }));
        if (rule.formula && isFormulaLike(raw)) {
          report(formulaInjection({ file, row, column }));
          complete = false;
        } else if (rule.personal) {
          const kind = findPersonalData(value);
          if (kind) {
            report(personalCell({ file, row, column }, kind));
            complete = false;
          }
        }
      }
      if (rule.target && value !== undefined) {
        if (!rule.target.index) {
          if (!absentReported.has(c)) {
            absentReported.add(c);
            options.onReferenceToAbsent(rule.target.table, column);
          }
          continue;
        }
        const index = rule.target.index;
        if (Array.isArray(value)) {
          if (value.some((code) => index.get(code) < 0))
            report(foreignKey({ file, row, column }, rule.target.file));
        } else {
          // Rows come grouped (a participant's answers, a session's register): reuse the last
          // lookup while the id repeats. The target table is complete, so its answer is final.
          let ref: number;
          if (value === lastId[c]) ref = lastRef[c] as number;
          else {
            ref = index.get(value as string);
            lastId[c] = value as string;
            lastRef[c] = ref;
          }
          refs[c] = ref;
          if (ref < 0) report(foreignKey({ file, row, column }, rule.target.file));
        }
      }
    }
    for (const extra of p.extras) {
      const raw = record[extra.position];
      if (raw === undefined || raw === '') continue;
      const at = { file, row, column: extra.name };
      if (screenEncoding && BAD_CHARACTERS.test(raw)) report(badCharacters(at));
      else if (isFormulaLike(raw)) report(formulaInjection(at));
      else {
        const kind = findPersonalData(raw.trim());
        if (kind) report(personalCell(at, kind));
      }
    }
    let self = -1;
    if (ownIndex) {
      const key = values[keyColumn];
      if (typeof key === 'string') {
        self = ownIndex.add(key);
        if (self < 0)
          report(
            duplicateKey({ file, row, column: table.primaryKey[0] as string }, table.primaryKey),
          );
      }
    }
    cross?.({ file, row, values, refs, self, state, report });
    if (complete && indexed) {
      let key = self;
      if (ownIndex && self < 0 && typeof values[keyColumn] === 'string')
        key = ownIndex.get(values[keyColumn] as string);
      indexedRow.key = key;
      indexed.indexedRow(name, indexedRow as IndexedRow, row);
    } else if (complete && sink) {
      const typed: Record<string, unknown> = {};
      for (let c = 0; c < width; c++) typed[table.columnNames[c] as string] = values[c];
      sink.row(name, typed as never, row);
    }
  };

  const result = await readCsv(open, new Set(table.columnNames), {
    header: (fields, row) => {
      plan = planHeader(table, file, fields, row, report);
      state.present.add(name);
      if (name === 'attendance' || name === 'survey_responses') startCompositeKeys(name, state);
    },
    records: (records, firstRow, text) => {
      const screenEncoding = BAD_CHARACTERS.test(text);
      for (let i = 0; i < records.length; i++)
        onRecord(records[i] as string[], firstRow + i, screenEncoding);
      malformed.clear();
      options.onProgress?.(bytesRead, rows);
    },
    malformed: (row, reason) => {
      malformed.add(row);
      report(brokenQuotes(file, row, reason === 'unterminated'));
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

/** A cell with damaged characters: not typed, and not passed on. */
const ENCODING_FAILURE = new CellFailure('type-error');

function startCompositeKeys(name: 'attendance' | 'survey_responses', state: DatasetState): void {
  const participants = state.ids.get('participants')?.size ?? 0;
  if (name === 'attendance') {
    const sessions = state.ids.get('sessions')?.size ?? 0;
    state.attendanceKeys = createCompositeSet(sessions * participants);
  } else {
    const items = state.ids.get('survey_items')?.size ?? 0;
    state.responseKeys = createCompositeSet(participants * 3 * items);
  }
}
