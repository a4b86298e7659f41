import { foldHeader } from '../read/index.ts';
import { metaOf, type Table } from '../schemas/index.ts';
import { echoedName, columnByPosition } from './header-name.ts';
import { findPersonalData, isPersonalHeader } from './personal/index.ts';
import type { Problem } from './problem.ts';
import { duplicateColumn, extraColumn } from './rules/extra-column.ts';
import { missingColumn } from './rules/missing-column.ts';
import { personalCell, personalColumn } from './rules/personal-data.ts';

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
    // A header that holds personal data itself (an e-mail address, a phone number pasted as a
    // column name) is screened as a cell is, and named by its position only.
    const personal = findPersonalData(name);
    if (personal) {
      report(personalCell({ file, row, column: columnByPosition(at) }, personal));
      extras.push({ position: at, name: columnByPosition(at) });
      return;
    }
    // Echoed names carry no control characters and are cut short (see `echoedName`).
    const shown = echoedName(name);
    if (isPersonalHeader(name)) report({ ...personalColumn({ file, row, column: shown }) });
    else {
      report({ ...extraColumn(file, shown), row });
      extras.push({ position: at, name: shown });
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
