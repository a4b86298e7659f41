import { metaOf, type Table, type TableName } from '../../schemas/index.ts';
import { CohortPairSet } from '../keys/cohort-pair-set.ts';
import { createCompositeSet, type CompositeSet } from '../keys/composite-set.ts';
import type { DatasetState } from '../state.ts';
import { duplicateKey } from './duplicate-key.ts';
import { at, type Rule } from './rule.ts';

/** One column of a composite key, as a digit of the packed key. */
interface KeyPart {
  /** Position in contract order. */
  index: number;
  /** The table a foreign key refers to. */
  target?: TableName;
  /** How many values the column can take (the digit's base). */
  base: number;
  /** An enum's values (the digit is the value's position); `undefined` for a foreign key. */
  values: readonly string[] | undefined;
}

/**
 * The digits of a composite primary key, from the schema: each column is a single foreign key
 * (its target's interned index, base the target's size) or an enum (the value's position, base
 * the number of values: the survey's waves). A key column of another kind is a contract bug.
 */
function keyParts(table: Table, state: DatasetState): KeyPart[] {
  return table.primaryKey.map((name) => {
    const index = table.columnNames.indexOf(name);
    const key = table.foreignKeys.find((k) => k.column === name);
    if (key) {
      const target = key.table as TableName;
      return { index, target, base: state.ids.get(target)?.size ?? 0, values: undefined };
    }
    const values = metaOf(table.columns[name] as never).values;
    if (!values) throw new Error(`${table.name}.${name}: a composite key needs ids or enums`);
    return { index, base: values.length, values };
  });
}

/**
 * For a key of two foreign keys whose rows both belong to cohorts (attendance's session and
 * participant), a set that holds the pairs within one cohort as bits (see `CohortPairSet`).
 */
function byCohort(parts: KeyPart[], state: DatasetState, rest: CompositeSet) {
  const [first, second] = parts;
  if (parts.length !== 2 || !first?.target || !second?.target) return undefined;
  const firstCohort = state.cohortColumn(first.target);
  const secondCohort = state.cohortColumn(second.target);
  if (!firstCohort || !secondCohort) return undefined;
  return CohortPairSet.create(
    firstCohort.snapshot(),
    first.base,
    secondCohort.snapshot(),
    second.base,
    rest,
  );
}

/**
 * `duplicate-key` on a composite primary key (attendance's session + participant, an answer's
 * participant + wave + item), packed into one number so that millions of keys need no strings.
 * A row whose key is incomplete or repeated skips the later row rules: they are about the key's
 * row (its cohort, its questionnaire), and a repeated one was checked at its first row.
 */
export const duplicateCompositeKeyRule: Rule = {
  name: 'duplicate-composite-key',
  row: ({ table, state, rowsExpected }) => {
    if (table.primaryKey.length < 2) return undefined;
    const parts = keyParts(table, state);
    const name = table.name as TableName;
    const kept = state.keepKeysOf.has(name);
    const keys = createCompositeSet(
      parts.reduce((space, part) => space * part.base, 1),
      (parts[parts.length - 1] as KeyPart).base,
      rowsExpected,
    );
    const set = (!kept && byCohort(parts, state, keys)) || keys;
    if (kept) state.compositeKeys.set(name, keys);
    const column = table.primaryKey[table.primaryKey.length - 1] as string;
    return (row) => {
      let key = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as KeyPart;
        const value = row.values[part.index];
        const digit = part.values
          ? part.values.indexOf(value as string)
          : (row.refs[part.index] as number);
        if (digit < 0) return false;
        key = key * part.base + digit;
      }
      if (set.add(key)) return true;
      row.report(duplicateKey(at(row, column), table.primaryKey));
      return false;
    };
  },
};
