import { metaOf } from '../schemas/index.ts';
import type { HeaderPlan } from './header-plan.ts';
import {
  RULES,
  type CellStep,
  type ColumnSpec,
  type FilePlan,
  type RowStep,
  type Rule,
} from './rules/index.ts';

/** One column's cell steps: all of them, and those for a batch no batch-screened rule can fire in. */
export interface CellSteps {
  all: CellStep[];
  lean: CellStep[];
}

/** The rules that apply to one file, planned once when its header has been read. */
export interface RulePlan {
  /** Cell steps of each contract column (none for a column absent from the header). */
  columns: CellSteps[];
  /** Cell steps of each column the contract lacks, with its header position. */
  extras: (CellSteps & { position: number })[];
  /**
   * The cell steps of each contract column again, as plain arrays for the row loop: `all[c]` and
   * `lean[c]` are `columns[c].all` and `columns[c].lean` (picked once per batch, not per cell).
   */
  all: CellStep[][];
  lean: CellStep[][];
  /** Row steps, in order. */
  rows: RowStep[];
  /** Whether a batch of text needs the `all` steps (some batch-screened rule can fire in it). */
  screens(text: string, plain: boolean): boolean;
}

function cellSteps(column: ColumnSpec, file: FilePlan, rules: readonly Rule[]): CellSteps {
  const all: CellStep[] = [];
  const lean: CellStep[] = [];
  for (const rule of rules) {
    const step = rule.cell?.(column, file);
    if (!step) continue;
    all.push(step);
    if (!rule.inBatch) lean.push(step);
  }
  return { all, lean };
}

/**
 * Plans the rules for one file: for each column present, the cell rules that apply to it (from
 * its schema: kind, free text, keys, foreign keys), and the table's row rules, so that the
 * per-row loop only calls what applies.
 * @example const plan = planRules({ table, state, ownIds, onReferenceToAbsent }, header);
 */
export function planRules(file: FilePlan, header: HeaderPlan, rules = RULES): RulePlan {
  const { table } = file;
  const columns = table.columnNames.map((name, index) =>
    (header.position[index] as number) < 0
      ? { all: [], lean: [] }
      : cellSteps({ name, index, meta: metaOf(table.columns[name] as never) }, file, rules),
  );
  const extras = header.extras.map(({ position, name }) => ({
    position,
    ...cellSteps({ name, index: -1, meta: undefined }, file, rules),
  }));
  const rows = rules.flatMap((rule) => rule.row?.(file) ?? []);
  const screened = rules.flatMap((rule) => (rule.inBatch ? [rule.inBatch] : []));
  return {
    columns,
    extras,
    all: columns.map((steps) => steps.all),
    lean: columns.map((steps) => steps.lean),
    rows,
    screens: (text, plain) => screened.some((test) => test(text, plain)),
  };
}
