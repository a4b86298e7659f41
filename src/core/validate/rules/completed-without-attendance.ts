import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/**
 * A mentee marked `completed` who attended no session and not the kickoff (a warning): the
 * funnel counts her as completed but not as attended, so attended can fall below completed.
 */
export function completedWithoutAttendance(at: Position): Problem {
  return makeProblem(
    'warning',
    'completed-without-attendance',
    at,
    'This mentee is marked completed but has no attended session (attendance.csv) and did not attend the kickoff: check the status or the attendance records. The statistics count her as completed but not as attended.',
    'Bu menti tamamladı olarak işaretli, ancak katıldığı bir oturum (attendance.csv) yok ve açılış toplantısına da katılmamış: durumu ya da katılım kayıtlarını kontrol edin. İstatistiklerde tamamlayan olarak sayılır, katılan olarak sayılmaz.',
  );
}
