import { cohorts as table, columnsOf } from '../../schemas/index.ts';
import type { TableHandler } from '../collector-state.ts';
import { find, intern } from '../row-input.ts';

const CO = columnsOf(table);

/** cohorts.csv: one slot per cohort (programme, school, staff trained, dates). */
export const cohorts: TableHandler = (s, v) => {
  intern(s, s.cohortIndex, v[CO.cohort_id], s.cohortIds.length);
  s.cohortIds.push(v[CO.cohort_id] as string);
  s.cohortProgramme.push(find(s, s.programmeIndex, v, CO.programme_id));
  s.cohortSchool.push(find(s, s.schoolIndex, v, CO.school_id));
  s.cohortStaff.push((v[CO.staff_trained] as number | undefined) ?? 0);
  s.cohortStart.push(v[CO.start_date] as string);
  s.cohortEnd.push(v[CO.end_date] as string);
};
