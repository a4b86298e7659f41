import {
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
  const parse = parseFor(meta);
  const optional = meta.optional;
  return (raw) => {
    const value = raw.trim();
    if (value === '') return optional ? undefined : BLANK;
    return parse(value);
  };
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
      return (value) => (ID_PATTERN.test(value) ? value : TYPE);
    case 'text':
      return (value) => value;
    case 'date':
      return memoised((value) => parseDate(value) ?? TYPE);
    case 'bool':
      return memoised((value) => parseBool(value) ?? TYPE);
    case 'int': {
      const min = meta.min ?? -Infinity;
      const max = meta.max ?? Infinity;
      return (value) => {
        const n = parseWholeNumber(value);
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
        const list = value.split(';').map((code) => code.trim());
        for (const code of list) {
          if (allowed ? !allowed.has(code) : !ID_PATTERN.test(code)) return allowed ? ENUM : TYPE;
        }
        return list;
      };
    }
  }
}
