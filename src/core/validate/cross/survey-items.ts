import { surveyItems } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { emptyScale } from '../rules/survey-scale.ts';
import type { CrossCheck } from './context.ts';
import type { DatasetState } from '../state.ts';

const C = columnsOf(surveyItems);

/**
 * `range-error` when scale_max is not above scale_min; remembers each item's scale and the
 * programmes whose questionnaire holds it.
 */
export const surveyItemChecks: CrossCheck = ({ file, row, values, self, state, report }) => {
  if (self >= 0) state.itemProgrammes[self] = programmesOf(values[C.programme_id], state);
  const min = values[C.scale_min];
  const max = values[C.scale_max];
  if (typeof min !== 'number' || typeof max !== 'number') return;
  if (max <= min) report(emptyScale({ file, row, column: 'scale_max' }));
  else if (self >= 0) {
    state.itemMin[self] = min;
    state.itemMax[self] = max;
  }
};

/**
 * The programme indexes of a programme_id cell; `undefined` for a blank cell (every programme)
 * and for one that names an unknown programme: that is a foreign-key error already, and
 * checking answers against a half-known list would bury it under consequences.
 */
function programmesOf(cell: unknown, state: DatasetState): readonly number[] | undefined {
  if (!Array.isArray(cell)) return undefined;
  const index = state.ids.get('programmes');
  if (!index) return undefined;
  const programmes = (cell as string[]).map((code) => index.get(code));
  return programmes.includes(-1) ? undefined : programmes;
}
