/**
 * Column constructors for the data contract.
 *
 * Every column is a zod schema that takes the raw CSV cell (a string) and yields the typed value.
 * Each one also carries `ColumnMeta` in zod's global registry, so the fast row checker, the data
 * dictionary and the CSV templates are all derived from these same schemas: one source of truth.
 */
import { z } from 'zod';
import type { Bilingual } from '../format/lang.ts';
import { parseBool, parseDate, parseInt as parseWholeNumber } from './cells.ts';

export type ColumnKind = 'id' | 'text' | 'date' | 'bool' | 'int' | 'enum' | 'codes';

export interface ColumnMeta {
  kind: ColumnKind;
  /** Blank cells are allowed (the contract's `?`). */
  optional: boolean;
  description: Bilingual;
  /** Allowed values of an `enum` column. */
  values?: readonly string[];
  /** Inclusive bounds of an `int` column. */
  min?: number;
  max?: number;
  /** Free text that is screened for personal data. */
  freeText?: boolean;
  /** Example value used in templates and docs. */
  example: string;
}

/** The contract's `id`: 1–40 characters of `A-Z a-z 0-9 _ -`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

const columnMeta = z.registry<ColumnMeta>();

/** Reads the contract metadata attached to a column schema. */
export function metaOf(schema: z.ZodType): ColumnMeta {
  const meta = columnMeta.get(schema);
  if (!meta) throw new Error('column schema without contract metadata');
  return meta;
}

function column(
  required: z.ZodType<unknown, string>,
  meta: Omit<ColumnMeta, 'optional'>,
  optional: boolean,
): z.ZodType {
  // A blank cell of an optional column means "no value"; of a required one it is an error,
  // which the checker reports as `blank-required` before the type is looked at.
  const schema = optional
    ? z
        .string()
        .transform((v) => v.trim())
        .pipe(z.union([z.literal('').transform(() => undefined), required]))
    : z
        .string()
        .transform((v) => v.trim())
        .pipe(required);
  columnMeta.add(schema, { ...meta, optional });
  return schema as never;
}

const nonBlank = z.string().min(1);

interface Options {
  optional?: boolean;
  example?: string;
}

export function id(description: Bilingual, options: Options = {}) {
  const schema = z.string().regex(ID_PATTERN);
  return column(
    schema,
    { kind: 'id', description, example: options.example ?? 'abc-001' },
    options.optional ?? false,
  ) as z.ZodType<string, string>;
}

export function optionalId(description: Bilingual, example = 'abc-001') {
  return column(
    z.string().regex(ID_PATTERN),
    { kind: 'id', description, example },
    true,
  ) as z.ZodType<string | undefined, string>;
}

export function text(description: Bilingual, options: Options & { freeText?: boolean } = {}) {
  return column(
    nonBlank,
    {
      kind: 'text',
      description,
      example: options.example ?? '',
      ...(options.freeText ? { freeText: true } : {}),
    },
    options.optional ?? false,
  ) as z.ZodType<string, string>;
}

export function optionalText(description: Bilingual, options: { freeText?: boolean } = {}) {
  return column(
    nonBlank,
    { kind: 'text', description, example: '', ...(options.freeText ? { freeText: true } : {}) },
    true,
  ) as z.ZodType<string | undefined, string>;
}

const dateSchema = z.string().transform((value, ctx) => {
  const iso = parseDate(value);
  if (iso === undefined) {
    ctx.addIssue({ code: 'custom', message: 'not a calendar date (YYYY-MM-DD or DD.MM.YYYY)' });
    return z.NEVER;
  }
  return iso;
});

/** A `date`, normalised to `YYYY-MM-DD`. */
export function date(description: Bilingual, example = '2024-02-01') {
  return column(dateSchema, { kind: 'date', description, example }, false) as z.ZodType<
    string,
    string
  >;
}

export function optionalDate(description: Bilingual, example = '') {
  return column(dateSchema, { kind: 'date', description, example }, true) as z.ZodType<
    string | undefined,
    string
  >;
}

const boolSchema = z.string().transform((value, ctx) => {
  const parsed = parseBool(value);
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: 'not a yes/no value' });
    return z.NEVER;
  }
  return parsed;
});

export function bool(description: Bilingual, example = 'true') {
  return column(boolSchema, { kind: 'bool', description, example }, false) as z.ZodType<
    boolean,
    string
  >;
}

export function optionalBool(description: Bilingual, example = '') {
  return column(boolSchema, { kind: 'bool', description, example }, true) as z.ZodType<
    boolean | undefined,
    string
  >;
}

function intSchema(min?: number, max?: number) {
  return z.string().transform((value, ctx) => {
    const n = parseWholeNumber(value);
    if (n === undefined) {
      ctx.addIssue({ code: 'custom', message: 'not a whole number' });
      return z.NEVER;
    }
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      ctx.addIssue({ code: 'custom', message: 'out of range' });
      return z.NEVER;
    }
    return n;
  });
}

export function int(
  description: Bilingual,
  range: { min?: number; max?: number } = {},
  example = '1',
) {
  return column(
    intSchema(range.min, range.max),
    { kind: 'int', description, example, ...range },
    false,
  ) as z.ZodType<number, string>;
}

export function optionalInt(
  description: Bilingual,
  range: { min?: number; max?: number } = {},
  example = '',
) {
  return column(
    intSchema(range.min, range.max),
    { kind: 'int', description, example, ...range },
    true,
  ) as z.ZodType<number | undefined, string>;
}

export function enumOf<const V extends readonly [string, ...string[]]>(
  values: V,
  description: Bilingual,
) {
  return column(
    z.enum(values),
    { kind: 'enum', description, values, example: values[0] },
    false,
  ) as z.ZodType<V[number], string>;
}

const codesSchema = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((v) => v.split(';').map((code) => code.trim()))
    .pipe(z.array(item));

/**
 * A `;`-separated list of ids (`codes?` in the contract: always optional). With `values`, each
 * entry must be one of them (e.g. age bands such as `46+`, which are not ids).
 */
export function codes(
  description: Bilingual,
  example = '',
  values?: readonly [string, ...string[]],
) {
  return column(
    codesSchema(values ? z.enum(values) : z.string().regex(ID_PATTERN)),
    { kind: 'codes', description, example, ...(values ? { values } : {}) },
    true,
  ) as z.ZodType<string[] | undefined, string>;
}
