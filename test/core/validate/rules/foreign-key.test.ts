import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../helpers/seeded-random.ts';
import { metaOf, surveyResponses, type Table } from '../../../../src/core/schemas/index.ts';
import type { CellResult } from '../../../../src/core/validate/cell-check.ts';
import { IdIndex, SMALL_IDS } from '../../../../src/core/validate/keys/id-index.ts';
import type { Problem } from '../../../../src/core/validate/problem.ts';
import { foreignKeyRule } from '../../../../src/core/validate/rules/foreign-key.ts';
import type { RowContext } from '../../../../src/core/validate/rules/rule.ts';
import { DatasetState } from '../../../../src/core/validate/state.ts';

/**
 * Item ids as answers bring them: the questionnaire's items in turn, participant after
 * participant, with items skipped, swapped, repeated, unknown or from another questionnaire.
 * Every id is a string made anew, as the reader makes them.
 */
function answerOrder(items: readonly string[], rows: number, seed: number): string[] {
  const next = random(seed);
  const order: string[] = [];
  while (order.length < rows) {
    const start = next() < 0.2 ? Math.floor(next() * items.length) : 0;
    for (let i = start; i < items.length && order.length < rows; i++) {
      const pick = next();
      if (pick < 0.05) continue;
      const item =
        pick < 0.1 ? (items[Math.floor(next() * items.length)] as string) : (items[i] as string);
      if (pick > 0.97) order.push(`unknown-${Math.floor(next() * 3)}`);
      if (pick > 0.94 && pick <= 0.97) order.push(item);
      order.push(`${item} `.slice(0, item.length));
    }
  }
  return order;
}

/** Runs the rule's step for `item_id` over `order`: each row's reference and whether it was reported. */
function checked(ids: IdIndex, order: readonly string[]): { refs: number[]; reported: boolean[] } {
  const state = new DatasetState();
  state.present.add('survey_items');
  state.ids.set('survey_items', ids);
  const index = surveyResponses.columnNames.indexOf('item_id');
  const step = foreignKeyRule.cell?.(
    { name: 'item_id', index, meta: metaOf(surveyResponses.columns.item_id as never) },
    {
      table: surveyResponses as unknown as Table,
      state,
      ownIds: undefined,
      onReferenceToAbsent: () => {},
      rowsExpected: () => 0,
    },
  );
  expect(step).toBeTypeOf('function');
  const width = surveyResponses.columnNames.length;
  const problems: Problem[] = [];
  const row: RowContext = {
    file: surveyResponses.file,
    row: 0,
    values: new Array<CellResult>(width).fill(undefined),
    refs: new Int32Array(width),
    self: -1,
    state,
    report: (problem) => problems.push(problem),
  };
  const refs: number[] = [];
  const reported: boolean[] = [];
  for (const [i, id] of order.entries()) {
    row.row = i + 2;
    row.values[index] = id;
    row.refs[index] = -2;
    const before = problems.length;
    expect(step?.(id, row)).toBe(true);
    refs.push(row.refs[index] as number);
    reported.push(problems.length > before);
  }
  return { refs, reported };
}

describe('foreign-key', () => {
  for (const count of [1, 7, 40, SMALL_IDS, SMALL_IDS + 1]) {
    it(`refers each row to the table's answer, ids in a repeating order (${count} target ids)`, () => {
      const items = Array.from({ length: count }, (_, i) => `hs-${i % 5}-${i}`);
      const ids = new IdIndex();
      for (const item of items) ids.add(item);
      const order = answerOrder(items.slice(0, 60), 20_000, count);
      const { refs, reported } = checked(ids, order);
      expect(refs).toHaveLength(order.length);
      const truth = order.map((id) => ids.get(id));
      expect(refs).toEqual(truth);
      expect(reported).toEqual(truth.map((ref) => ref < 0));
      // The order held unknown ids and known ones.
      expect(truth.filter((ref) => ref < 0).length).toBeGreaterThan(100);
      expect(new Set(truth).size).toBeGreaterThan(Math.min(count, 60));
    });
  }
});
