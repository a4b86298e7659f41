import type { YearStats } from '../stats/types.ts';
import { countCell, isPublished, round2, statistic, type CellStatus } from './cells.ts';
import type { Count, PublishedYear } from './published-types.ts';
import { protectGroup } from './sibling-group.ts';

/**
 * A programme's figures by year under disclosure control. The years of mentees, relationships
 * and completed mentees are sibling groups of the programme's published totals, so each is
 * protected with that total known. The completion rate (completed ÷ registered) would give
 * back both counts, so it is published only where both are.
 */
export function publishYears(
  years: readonly YearStats[],
  totals: { mentees: Count; relationships: Count; completed: Count },
  k: number,
): PublishedYear[] {
  const mentees = protect(
    years.map((y) => y.reach.mentees),
    k,
    isPublished(totals.mentees),
  );
  const relationships = protect(
    years.map((y) => y.reach.relationships),
    k,
    isPublished(totals.relationships),
  );
  const completed = protect(
    years.map((y) => y.funnel.completed),
    k,
    isPublished(totals.completed),
  );
  return years.map((y, i) => ({
    year: y.year,
    cohorts: y.reach.cohorts,
    mentees: countCell(y.reach.mentees, mentees[i]!, k),
    relationships: countCell(y.reach.relationships, relationships[i]!, k),
    sessions: y.reach.sessions,
    mentoringHours: round2(y.reach.mentoringHours),
    completionRate:
      mentees[i] === 'published' && completed[i] === 'published'
        ? statistic(y.funnel.completed / y.funnel.registered, y.funnel.registered, k)
        : null,
  }));
}

/**
 * `protectGroup`, except that when only hiding the total would protect the group (every year
 * under k and pinned by it), every year is withheld instead: the total is published elsewhere.
 */
function protect(values: readonly number[], k: number, totalKnown: boolean): CellStatus[] {
  const { status, withholdTotal } = protectGroup(values, k, totalKnown);
  return withholdTotal ? status.map(() => 'secondary') : status;
}
