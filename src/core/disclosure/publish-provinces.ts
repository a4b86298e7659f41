import type { ProvinceStats } from '../stats/types.ts';
import { countCell, type CellStatus } from './cells.ts';
import type { Count, PublishedProvince, PublishedSchool } from './published-types.ts';
import { isRecoverable, nextSmallest } from './sibling-group.ts';

/**
 * A programme's provinces under disclosure control: the rules of the schools table, plus
 * the nesting of schools in provinces.
 * - A province under k is `<k`; provinces add up to the programme's school cohorts, so they
 *   are a sibling group with a known total (as school rows are).
 * - A province's value is the total of its schools in `schools.csv`: where that total would
 *   give back a suppressed school (one suppressed school, or `<k` schools pinned by the sum),
 *   the province is withheld too. Schools in several programmes make this stricter than
 *   needed, never looser.
 */
export function publishProvinces(
  provinces: readonly ProvinceStats[],
  schools: readonly {
    raw: { mentees: number; relationships: number };
    published: PublishedSchool;
  }[],
  k: number,
): PublishedProvince[] {
  const column = (key: 'mentees' | 'relationships') =>
    protectNested(
      provinces.map((p) => p[key]),
      provinces.map((p) => p.schools),
      schools.map((s) => s.raw[key]),
      schools.map((s) => statusOf(s.published[key])),
      k,
    );
  const mentees = column('mentees');
  const relationships = column('relationships');
  return provinces.map((p, i) => ({
    province: p.province,
    schools: p.schools.length,
    mentees: countCell(p.mentees, mentees[i]!, k),
    relationships: countCell(p.relationships, relationships[i]!, k),
  }));
}

function statusOf(cell: Count): CellStatus {
  return cell === null ? 'secondary' : typeof cell === 'number' ? 'published' : 'primary';
}

function protectNested(
  values: readonly number[],
  members: readonly (readonly number[])[],
  schoolValues: readonly number[],
  schoolStatus: readonly CellStatus[],
  k: number,
): CellStatus[] {
  const status: CellStatus[] = values.map((v) => (v < k ? 'primary' : 'published'));
  const all = values.map((_, i) => i);
  for (;;) {
    values.forEach((_, i) => {
      if (status[i] === 'published' && isRecoverable(schoolValues, schoolStatus, members[i]!, k))
        status[i] = 'secondary';
    });
    if (!isRecoverable(values, status, all, k)) return status;
    const next = nextSmallest(values, status, all);
    // Nothing left to withhold: every province is suppressed; blank them all.
    if (next < 0) return status.map(() => 'secondary');
    status[next] = 'secondary';
  }
}
