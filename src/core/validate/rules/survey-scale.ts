import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

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
