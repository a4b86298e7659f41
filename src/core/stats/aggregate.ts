import type { Collected } from './collected.ts';
import { constructScores, type ConstructScores } from './construct-scores.ts';
import { outcomesByUnit } from './outcomes-by-unit.ts';
import { questionnaires } from './questionnaire.ts';
import { goalProgress, relationshipsByMonth } from './relationships-by-month.ts';
import { programmeBreakdowns } from './programme-breakdowns.ts';
import { numberRegularSessions } from './session-numbers.ts';
import { summariseUnits, type CohortFormats } from './summarise-units.ts';
import type { CohortPeriod, RawStats, UnitStats } from './types.ts';
import { deriveFigures, type UnitDerivation } from './unit-figure.ts';

/**
 * Turns the streamed arrays into statistics per programme, school and cohort.
 * `asOf` is dataset.json's; without one, the latest event date in the data is used.
 * `figures`: the raw derivations of the registered figures (src/core/figures), run per level.
 */
export function aggregate(
  c: Collected,
  asOfOption: string | undefined,
  options: { cohorts?: boolean; figures?: readonly UnitDerivation[] } = {},
): RawStats {
  // Cohort-level statistics are internal (never published): skipped unless asked for.
  const withCohorts = options.cohorts ?? true;
  const cohortCount = c.cohortIds.length;
  const formats: CohortFormats = {
    oneToOne: new Uint8Array(cohortCount),
    group: new Uint8Array(cohortCount),
    sessionNumber: numberRegularSessions(
      c.sessionCohort,
      c.sessionKind,
      c.sessionDay,
      c.sessionIds,
    ),
  };
  for (let cohort = 0; cohort < cohortCount; cohort++) {
    const format = c.programmes[c.cohortProgramme[cohort] as number]?.format;
    if (format === 'one_to_one') formats.oneToOne[cohort] = 1;
    if (format === 'group') formats.group[cohort] = 1;
  }
  const identity = Int32Array.from({ length: cohortCount }, (_, i) => i);
  const levels: [Int32Array, number][] = [
    [c.cohortProgramme, c.programmes.length],
    [c.cohortSchool, c.schools.length],
    ...(withCohorts ? [[identity, cohortCount] as [Int32Array, number]] : []),
  ];
  const [programmeUnits, schoolUnits, cohortUnits = []] = levels.map(([unitOf, count]) => {
    const units = summariseUnits(c, formats, unitOf, count);
    deriveFigures(units, options.figures ?? [], c, formats, unitOf);
    return units;
  }) as [UnitStats[], UnitStats[], UnitStats[]?];

  const personUnits = levels.map(([unitOf]) => {
    const units = new Int32Array(c.participantCohort.length);
    c.participantCohort.forEach((cohort, p) => {
      units[p] = cohort < 0 ? -1 : (unitOf[cohort] as number);
    });
    return units;
  });
  const asked = questionnaires(c);
  // outcomesByUnit keeps nothing of the scores: the next construct overwrites them.
  let scores: ConstructScores | undefined;
  c.constructs.forEach((construct, index) => {
    const current = constructScores(c, index, asked, scores);
    scores = current;
    levels.forEach(([, count], level) => {
      const units = [programmeUnits, schoolUnits, cohortUnits][level]!;
      outcomesByUnit(construct, current, personUnits[level]!, count).forEach((row, u) => {
        if (row) units[u]!.outcomes.push(row);
      });
    });
  });

  const breakdowns = programmeBreakdowns(c, formats);
  const periods = cohortPeriodsBySchool(c);
  const asOf = asOfOption ?? c.latestDate;
  return {
    asOf,
    asOfSource: asOfOption ? 'dataset' : c.latestDate ? 'latest-date-in-data' : 'none',
    constructs: [...c.constructs],
    programmes: c.programmes.map((p, i) => {
      const unit = programmeUnits[i]!;
      return {
        programmeId: p.programme_id,
        nameEn: p.name_en,
        nameTr: p.name_tr,
        organisation: p.organisation,
        format: p.format,
        ...unit,
        relationshipsByMonth: relationshipsByMonth(c, i, p.target_relationships, p.target_date),
        goal:
          p.target_relationships === undefined
            ? undefined
            : goalProgress(p.target_relationships, p.target_date, unit.reach.relationships, asOf),
        ...breakdowns[i]!,
      };
    }),
    schools: c.schools.map((s, i) => ({
      cohortPeriods: periods[i]!,
      schoolId: s.school_id,
      nameTr: s.name_tr,
      nameEn: s.name_en ?? s.name_tr,
      province: s.province,
      schoolType: s.school_type,
      isPilot: s.is_pilot,
      ...schoolUnits[i]!,
    })),
    cohorts: cohortUnits.map((unit, i) => ({
      cohortId: c.cohortIds[i] as string,
      programmeId: c.programmes[c.cohortProgramme[i] as number]?.programme_id ?? '',
      schoolId: c.schools[c.cohortSchool[i] as number]?.school_id,
      ...unit,
    })),
  };
}

/**
 * The dates of each school's cohorts, oldest first (ties by end date, then as listed). One
 * pass over the cohorts: nationally 40,000 cohorts in 12,000 schools.
 */
function cohortPeriodsBySchool(c: Collected): CohortPeriod[][] {
  const periods = c.schools.map((): CohortPeriod[] => []);
  c.cohortSchool.forEach((owner, cohort) => {
    periods[owner]?.push({
      start: c.cohortStart[cohort] as string,
      end: c.cohortEnd[cohort] as string,
    });
  });
  for (const list of periods) {
    list.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  }
  return periods;
}
