import { AGE_BANDS, programmes } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import type { CrossCheck } from './context.ts';

const C = columnsOf(programmes);

/** Remembers each programme's eligible mentee age bands as a bitmask over `AGE_BANDS`. */
export const programmeChecks: CrossCheck = ({ values, self, state }) => {
  const bands = values[C.eligible_mentee_age_bands];
  if (self < 0 || !Array.isArray(bands)) return;
  let mask = 0;
  for (const band of bands) mask |= 1 << AGE_BANDS.indexOf(band as (typeof AGE_BANDS)[number]);
  state.programmeAgeMask.set(self, mask);
};
