import { TABLES, type TableName } from '../../schemas/index.ts';
import { SMALL_IDS } from '../keys/id-index.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

/** A reference to a row that does not exist in the referenced file. */
export function foreignKey(at: Position, targetFile: string): Problem {
  return makeProblem(
    'error',
    'foreign-key',
    at,
    `${at.column} refers to a row that is not in ${targetFile}: correct the id, or add the missing row to ${targetFile}.`,
    `${at.column}, ${targetFile} dosyasında bulunmayan bir satıra işaret ediyor: kimliği düzeltin ya da eksik satırı ${targetFile} dosyasına ekleyin.`,
  );
}

const FILES = new Map<string, string>(TABLES.map((t) => [t.name, t.file]));

/**
 * `foreign-key` on the table's foreign-key columns, against the interned ids of the tables read
 * before; stores each single reference's target index in `refs`. A reference into an absent file
 * is noted once per column instead (the engine reports the file as missing). A row with a broken
 * reference is still passed on: the statistics skip the reference, not the row.
 */
export const foreignKeyRule: Rule = {
  name: 'foreign-key',
  cell: ({ name, index, meta }, { table, state, onReferenceToAbsent }) => {
    const key = meta ? table.foreignKeys.find((k) => k.column === name) : undefined;
    if (!key) return undefined;
    const target = key.table as TableName;
    const targetFile = FILES.get(target) ?? target;
    const ids = state.present.has(target) ? state.ids.get(target) : undefined;
    if (!ids) {
      let noted = false;
      return (_raw, row) => {
        if (!noted && row.values[index] !== undefined) {
          noted = true;
          onReferenceToAbsent(target, name);
        }
        return true;
      };
    }
    // Rows come grouped (a participant's answers, a session's register): reuse the last lookup
    // while the id repeats. The target table is complete, so its answer is final.
    let lastId: string | undefined;
    let lastRef = -1;
    // A small table's ids come in an order that repeats too (each participant answers the
    // questionnaire's items in turn): the id that followed each one last time, and its answer,
    // are tried before the table (a string compare instead of hashing a new string).
    const follows = ids.size <= SMALL_IDS;
    const nextId: (string | undefined)[] = follows ? new Array<undefined>(ids.size) : [];
    const nextRef = new Int32Array(follows ? ids.size : 0);
    return (_raw, row) => {
      const value = row.values[index];
      if (value === undefined) return true;
      if (Array.isArray(value)) {
        for (const code of value) {
          if (ids.get(code) >= 0) continue;
          row.report(foreignKey(at(row, name), targetFile));
          break;
        }
        return true;
      }
      if (value !== lastId) {
        const id = value as string;
        let ref: number;
        if (follows && lastRef >= 0 && nextId[lastRef] === id) ref = nextRef[lastRef] as number;
        else {
          ref = ids.get(id);
          if (follows && lastRef >= 0) {
            nextId[lastRef] = id;
            nextRef[lastRef] = ref;
          }
        }
        lastId = id;
        lastRef = ref;
      }
      row.refs[index] = lastRef;
      if (lastRef < 0) row.report(foreignKey(at(row, name), targetFile));
      return true;
    };
  },
};
