import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** An end date before its start (cohort end_date < start_date, match ended_on < matched_on). */
export function dateOrder(at: Position, start: string): Problem {
  return makeProblem(
    'error',
    'date-order',
    at,
    `${at.column} is before ${start}: an end cannot come before its start; check both dates.`,
    `${at.column}, ${start} tarihinden önce: bitiş başlangıçtan önce olamaz; iki tarihi de kontrol edin.`,
  );
}
