import { surveyItems, surveyResponses } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

const SI = columnsOf(surveyItems);
const SR = columnsOf(surveyResponses);

/** A survey answer outside its item's scale_min–scale_max. */
export function outsideScale(at: Position, min: number, max: number): Problem {
  return makeProblem(
    'error',
    'range-error',
    at,
    `${at.column} must be within the item's scale, from ${min} to ${max} (see survey_items.csv), or blank if skipped.`,
    `${at.column} maddenin ölçeği içinde, ${min} ile ${max} arasında olmalı (survey_items.csv), yanıtlanmadıysa boş bırakılmalı.`,
  );
}

/** An item whose scale_max is not above its scale_min. */
export function emptyScale(at: Position): Problem {
  return makeProblem(
    'error',
    'range-error',
    at,
    'scale_max must be greater than scale_min: correct the item’s scale.',
    'scale_max, scale_min değerinden büyük olmalı: maddenin ölçeğini düzeltin.',
  );
}

/**
 * `range-error` for an item whose scale_max is not above its scale_min, and for an answer
 * outside its item's scale (items with an empty scale have none to check answers against).
 */
export const surveyScaleRule: Rule = {
  name: 'survey-scale',
  row: ({ table }) => {
    if (table.name === surveyItems.name)
      return (row) => {
        const { values, self, state } = row;
        const min = values[SI.scale_min];
        const max = values[SI.scale_max];
        if (typeof min !== 'number' || typeof max !== 'number') return true;
        if (max <= min) row.report(emptyScale(at(row, 'scale_max')));
        else if (self >= 0) {
          state.itemMin[self] = min;
          state.itemMax[self] = max;
        }
        return true;
      };
    if (table.name === surveyResponses.name)
      return (row) => {
        const item = row.refs[SR.item_id] as number;
        const value = row.values[SR.value];
        if (item < 0 || typeof value !== 'number') return true;
        const min = row.state.itemMin[item];
        const max = row.state.itemMax[item];
        if (min !== undefined && max !== undefined && (value < min || value > max))
          row.report(outsideScale(at(row, 'value'), min, max));
        return true;
      };
    return undefined;
  },
};
