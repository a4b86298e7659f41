import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../src/core/schemas/index.ts';
import { CellFailure, compileCellCheck } from '../../../src/core/validate/index.ts';

// Cells near the edges of every column type: dates in both patterns (real and impossible),
// booleans in any case, numbers with signs and spaces, codes lists, ids, control characters.
const cellArbitrary = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', 'true', 'FALSE', 'Evet', 'HAYIR', 'hayir', 'yes', 'No', '1', '0', '2'),
  fc.constantFrom('2024-02-29', '2023-02-29', '29.02.2024', '31.04.2024', '1899-12-31', '2024-1-5'),
  fc.constantFrom('15-16;17-18', '46+', '15-16; 46+', 'a;;b', 'career;work-life', ';'),
  fc.integer({ min: -1000, max: 2000 }).map(String),
  fc.tuple(fc.constantFrom(' ', '', '+', '-'), fc.nat(99_999)).map(([p, n]) => `${p}${n} `),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,45}$/),
  fc
    .tuple(
      fc.integer({ min: 1890, max: 2100 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('mentor', 'mentee', 'Mentor', 'group', 'one_to_one', 'pre', 'post', 'online'),
);

const columns = TABLES.flatMap((table) =>
  table.columnNames.map((name) => ({
    label: `${table.name}.${name}`,
    schema: (table.columns as Record<string, unknown>)[name] as never,
  })),
);

describe('compileCellCheck agrees with the zod schemas (zod stays the source of truth)', () => {
  it.each(columns)(
    '$label: same verdict and same typed value for generated cells',
    ({ schema }) => {
      const check = compileCellCheck(schema);
      fc.assert(
        fc.property(cellArbitrary, (cell) => {
          const fast = check(cell);
          const zod = (
            schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }
          ).safeParse(cell);
          expect(fast instanceof CellFailure).toBe(!zod.success);
          if (zod.success) expect(fast).toEqual(zod.data);
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('compileCellCheck on cells that repeat down a column', () => {
  it.each(columns)('$label: the same answers as zod in runs of equal cells', ({ schema }) => {
    const check = compileCellCheck(schema);
    const zodOf = (cell: string) =>
      (schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(cell);
    let repeats = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cellArbitrary, fc.integer({ min: 1, max: 3 })), { maxLength: 12 }),
        (runs) => {
          for (const [cell, times] of runs) {
            const zod = zodOf(cell);
            for (let k = 0; k < times; k++) {
              // An equal string made anew, as the splitter makes one per row.
              const fast = check(` ${cell}`.slice(1));
              expect(fast instanceof CellFailure).toBe(!zod.success);
              if (zod.success) expect(fast).toEqual(zod.data);
              if (k > 0) repeats++;
            }
          }
        },
      ),
      { numRuns: 100 },
    );
    expect(repeats).toBeGreaterThan(100);
  });
});

describe('compileCellCheck names the failure', () => {
  const [, , cohorts] = TABLES;
  const participants = TABLES[3];
  it.each([
    ['blank-required', cohorts.columns.start_date, '  '],
    ['type-error', cohorts.columns.start_date, '2024-02-30'],
    ['range-error', cohorts.columns.planned_sessions, '53'],
    ['type-error', cohorts.columns.planned_sessions, '5,5'],
    ['enum-error', participants.columns.role, 'Mentor'],
  ] as const)('%s for %j', (code, schema, cell) => {
    const result = compileCellCheck(schema as never)(cell);
    expect(result).toBeInstanceOf(CellFailure);
    expect((result as CellFailure).code).toBe(code);
  });
});
