import { columnsOf, schools as table, type School } from '../../schemas/index.ts';
import type { TableHandler } from '../collector-state.ts';
import { intern, whole } from '../row-input.ts';

const SC = columnsOf(table);

/** schools.csv: kept whole (hundreds of rows at most), ids interned for cohorts. */
export const schools: TableHandler = (s, v) => {
  intern(s, s.schoolIndex, v[SC.school_id], s.schools.length);
  s.schools.push(whole<School>(s, 'schools', v));
};
