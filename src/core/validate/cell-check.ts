import {
  daysInMonth,
  ID_PATTERN,
  metaOf,
  parseBool,
  parseDate,
  parseInt as parseWholeNumber,
  type ColumnMeta,
} from '../schemas/index.ts';
import type { z } from 'zod';

/** Why a cell failed its column's type. */
export type CellFailureCode = 'type-error' | 'enum-error' | 'range-error' | 'blank-required';

/** A failed cell; one shared instance per code, so checking allocates nothing. */
export class CellFailure {
  readonly code: CellFailureCode;
  constructor(code: CellFailureCode) {
    this.code = code;
  }
}

const TYPE = new CellFailure('type-error');
const ENUM = new CellFailure('enum-error');
const RANGE = new CellFailure('range-error');
const BLANK = new CellFailure('blank-required');

/** The typed value of a valid cell (`undefined` for a blank optional one), or why it failed. */
export type CellResult = string | number | boolean | string[] | undefined | CellFailure;

/** Checks one raw cell and returns its typed value, exactly as the column's zod schema would. */
export type CellCheck = (raw: string) => CellResult;

/**
 * Compiles a fast cell checker from a column schema's contract metadata (`metaOf`) and the shared
 * cell parsers. Zod stays the source of truth: a property test holds the two in agreement.
 * @example compileCellCheck(cohorts.columns.planned_sessions)('60') // CellFailure range-error
 */
export function compileCellCheck(schema: z.ZodType): CellCheck {
  const meta = metaOf(schema);
  const check = checkFor(meta);
  if (meta.kind === 'text' || meta.kind === 'codes') return check;
  // Cells repeat down a column (a participant's answers, a session's register): while the raw
  // text repeats, the last answer is given again. Each check is a function of the text alone,
  // answering with a string, number or boolean, or a shared failure, so this is exact; a list
  // (codes) is a fresh array per cell, and free text seldom repeats.
  let lastRaw: string | undefined;
  let last: CellResult;
  return (raw) => {
    if (raw !== lastRaw) {
      last = check(raw);
      lastRaw = raw;
    }
    return last;
  };
}

/** The column's checker, without `compileCellCheck`'s reuse of the last answer. */
function checkFor(meta: ColumnMeta): CellCheck {
  const parse = parseFor(meta);
  const blank = meta.optional ? undefined : BLANK;
  // One closure per kind, the blank test inlined: the cell loop calls it some 100 million times.
  switch (meta.kind) {
    case 'id':
      return (raw) => {
        const value = trimmed(raw);
        return value === '' ? blank : isId(value) ? value : TYPE;
      };
    case 'enum': {
      const values = meta.values ?? [];
      if (values.length > SHORT_ENUM) break;
      // A few values: compared in turn, without hashing the cell. The contract's own string is
      // returned (the same text), so that later comparisons with it are cheap.
      return (raw) => {
        const value = trimmed(raw);
        if (value === '') return blank;
        for (let i = 0; i < values.length; i++) if (values[i] === value) return values[i];
        return ENUM;
      };
    }
  }
  return (raw) => {
    const value = trimmed(raw);
    return value === '' ? blank : parse(value);
  };
}

/** Enums of up to this many values are matched by comparison rather than a set lookup. */
const SHORT_ENUM = 8;

/**
 * `raw.trim()`, without the call for a cell that starts and ends with a printable ASCII
 * character (never white space): nearly every cell of a generated or exported file.
 */
function trimmed(raw: string): string {
  const n = raw.length;
  if (n === 0) return raw;
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(n - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? raw : raw.trim();
}

/**
 * Caches a parser's answers: a file holds few distinct dates and booleans, and `parseBool`'s
 * Turkish lower-casing is costly (it was a third of the time on a national dataset). The cache is
 * bounded, so a file of all-distinct cells costs no more memory than a few thousand entries.
 */
function memoised(parse: (value: string) => CellResult): (value: string) => CellResult {
  const cache = new Map<string, CellResult>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      result = parse(value);
      if (cache.size < 4096) cache.set(value, result);
    }
    return result;
  };
}

function parseFor(meta: ColumnMeta): (value: string) => CellResult {
  switch (meta.kind) {
    case 'id':
      return (value) => (isId(value) ? value : TYPE);
    case 'text':
      return (value) => value;
    case 'date': {
      const slow = memoised((value) => parseDate(value) ?? TYPE);
      return (value) => (isIsoDate(value) ? value : slow(value));
    }
    case 'bool': {
      const slow = memoised((value) => parseBool(value) ?? TYPE);
      // The spellings a generator or export writes, without a cache lookup.
      return (value) => (value === 'true' ? true : value === 'false' ? false : slow(value));
    }
    case 'int': {
      const min = meta.min ?? -Infinity;
      const max = meta.max ?? Infinity;
      return (value) => {
        const n = digitsValue(value) ?? parseWholeNumber(value);
        if (n === undefined) return TYPE;
        return n < min || n > max ? RANGE : n;
      };
    }
    case 'enum': {
      const allowed = new Set(meta.values);
      return (value) => (allowed.has(value) ? value : ENUM);
    }
    case 'codes': {
      const allowed = meta.values ? new Set(meta.values) : undefined;
      return (value) => {
        // Trimmed in place: one array per cell, not two.
        const list = value.split(';');
        for (let i = 0; i < list.length; i++) list[i] = trimmed(list[i] as string);
        for (const code of list) {
          if (allowed ? !allowed.has(code) : !isId(code)) return allowed ? ENUM : TYPE;
        }
        return list;
      };
    }
  }
}

// Hand-written equivalents of the common cases of the shared parsers (regular expressions and a
// cache lookup cost several seconds over 24 million rows); anything else takes the shared path.

/** The characters of an id (`ID_PATTERN`): A–Z, a–z, 0–9, `_` and `-`, by code below 128. */
const ID_CHARACTER = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = ID_PATTERN.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/** `ID_PATTERN` without a regular expression: 1–40 of A–Z, a–z, 0–9, `_`, `-`. */
function isId(value: string): boolean {
  const n = value.length;
  if (n === 0 || n > 40) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || ID_CHARACTER[c] === 0) return false;
  }
  return true;
}

/** A real calendar date written `YYYY-MM-DD` (year ≥ 1900): `parseDate` would return it as is. */
function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitsAt(value, 0, 4);
  const m = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  // Every month has 28 days: the calendar is consulted only for the last few days of a month.
  return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y, m));
}

/** The number written by `length` ASCII digits at `start`, or -1. */
function digitsAt(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The value of 1–15 unsigned ASCII digits, as `parseInt` would give it; else `undefined`. */
function digitsValue(value: string): number | undefined {
  if (value.length === 0 || value.length > 15) return undefined;
  const n = digitsAt(value, 0, value.length);
  return n < 0 ? undefined : n;
}
