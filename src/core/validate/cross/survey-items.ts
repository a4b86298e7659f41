import { surveyItems } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { emptyScale } from '../rules/survey-scale.ts';
import type { CrossCheck } from './context.ts';

const C = columnsOf(surveyItems);

/** `range-error` when scale_max is not above scale_min; remembers each item's scale. */
export const surveyItemChecks: CrossCheck = ({ file, row, values, self, state, report }) => {
  const min = values[C.scale_min];
  const max = values[C.scale_max];
  if (typeof min !== 'number' || typeof max !== 'number') return;
  if (max <= min) report(emptyScale({ file, row, column: 'scale_max' }));
  else if (self >= 0) {
    state.itemMin[self] = min;
    state.itemMax[self] = max;
  }
};
