import { columnsOf, programmes as table, type Programme } from '../../schemas/index.ts';
import type { TableHandler } from '../collector-state.ts';
import { intern, whole } from '../row-input.ts';

const PG = columnsOf(table);

/** programmes.csv: kept whole (a handful of rows), ids interned for cohorts. */
export const programmes: TableHandler = (s, v) => {
  intern(s, s.programmeIndex, v[PG.programme_id], s.programmes.length);
  s.programmes.push(whole<Programme>(s, 'programmes', v));
};
