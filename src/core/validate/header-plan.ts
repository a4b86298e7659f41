import { foldHeader } from '../read/index.ts';
import { metaOf, type Table } from '../schemas/index.ts';
import { isPersonalHeader } from './personal/index.ts';
import type { Problem } from './problem.ts';
import { duplicateColumn, extraColumn } from './rules/extra-column.ts';
import { missingColumn } from './rules/missing-column.ts';
import { personalColumn } from './rules/personal-data.ts';

/** How a file's header maps onto its table's contract columns. */
export interface HeaderPlan {
  /** Header position of each contract column (contract order), -1 when absent. */
  position: Int32Array;
  /** Unknown columns to screen (personal data, formulas, encoding): position and header text. */
  extras: { position: number; name: string }[];
  /** Fields in the header. */
  width: number;
  /** A required column is missing: rows are checked, but none is complete enough for the sink. */
  incomplete: boolean;
}

/**
 * Matches a header row against a table's columns (case-insensitively after trimming) and reports
 * `missing-column`, `extra-column` and `personal-data` (a header that names a person).
 */
export function planHeader(
  table: Table,
  file: string,
  fields: readonly string[],
  row: number,
  report: (problem: Problem) => void,
): HeaderPlan {
  const position = new Int32Array(table.columnNames.length).fill(-1);
  const contract = new Map(table.columnNames.map((name, i) => [name, i]));
  const extras: HeaderPlan['extras'] = [];
  fields.forEach((field, at) => {
    const name = field.replace(/^\uFEFF/, '').trim();
    const index = contract.get(foldHeader(name));
    if (index !== undefined) {
      if (position[index] === -1) position[index] = at;
      else report({ ...duplicateColumn(file, table.columnNames[index] as string), row });
      return;
    }
    // A trailing empty header cell (a stray delimiter) is not a column.
    if (name === '') return;
    if (isPersonalHeader(name)) report({ ...personalColumn({ file, row, column: name }) });
    else {
      report({ ...extraColumn(file, name), row });
      extras.push({ position: at, name });
    }
  });
  let incomplete = false;
  table.columnNames.forEach((name, i) => {
    if (position[i] !== -1 || metaOf(table.columns[name] as never).optional) return;
    report({ ...missingColumn(file, name), row });
    incomplete = true;
  });
  return { position, extras, width: fields.length, incomplete };
}
