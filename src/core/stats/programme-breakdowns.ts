import { matchProvince } from '../geo/provinces.ts';
import type { Collected } from './collected.ts';
import { summariseUnits, type CohortFormats } from './summarise-units.ts';
import type { ProvinceStats, YearStats } from './types.ts';

/**
 * Each programme's figures by calendar year of its cohorts' `start_date` and by province of
 * its cohorts' schools: the cohort-level sums of `summariseUnits`, grouped once more. Provinces
 * are grouped by their official name where the spelling matches one (`ISTANBUL`, `İstanbul`),
 * else by the name as written (the build then stops with an error naming it).
 */
export function programmeBreakdowns(
  c: Collected,
  formats: CohortFormats,
): { years: YearStats[]; provinces: ProvinceStats[] }[] {
  const cohorts = c.cohortIds.length;
  const out = c.programmes.map(() => ({
    years: [] as YearStats[],
    provinces: [] as ProvinceStats[],
  }));

  const yearKeys = new Map<string, number>();
  const yearOf: { programme: number; year: number }[] = [];
  const byYear = new Int32Array(cohorts).fill(-1);
  const provinceKeys = new Map<string, number>();
  const provinceOf: { programme: number; province: string; schools: Set<number> }[] = [];
  const byProvince = new Int32Array(cohorts).fill(-1);
  // Matched once per distinct spelling (folding the name is the cost), not once per cohort.
  const spellings = new Map<string, string>();
  const provinceOfSchool = (school: number): string => {
    const written = c.schools[school]!.province.trim();
    let province = spellings.get(written);
    if (province === undefined)
      spellings.set(written, (province = matchProvince(written) ?? written));
    return province;
  };
  for (let cohort = 0; cohort < cohorts; cohort++) {
    const programme = c.cohortProgramme[cohort] as number;
    if (programme < 0) continue;
    const year = Number((c.cohortStart[cohort] as string).slice(0, 4));
    byYear[cohort] = intern(yearKeys, `${programme}/${year}`, () =>
      yearOf.push({ programme, year }),
    );
    const school = c.cohortSchool[cohort] as number;
    if (school < 0) continue;
    const province = provinceOfSchool(school);
    const unit = intern(provinceKeys, `${programme}/${province}`, () =>
      provinceOf.push({ programme, province, schools: new Set() }),
    );
    provinceOf[unit]!.schools.add(school);
    byProvince[cohort] = unit;
  }

  summariseUnits(c, formats, byYear, yearOf.length).forEach((unit, i) => {
    const { programme, year } = yearOf[i]!;
    out[programme]!.years.push({ year, reach: unit.reach, funnel: unit.funnel });
  });
  summariseUnits(c, formats, byProvince, provinceOf.length).forEach((unit, i) => {
    const { programme, province, schools } = provinceOf[i]!;
    out[programme]!.provinces.push({
      province,
      mentees: unit.reach.mentees,
      relationships: unit.reach.relationships,
      schools: [...schools].sort((a, b) => a - b),
    });
  });
  for (const p of out) {
    p.years.sort((a, b) => a.year - b.year);
    p.provinces.sort((a, b) => a.province.localeCompare(b.province, 'tr-TR'));
  }
  return out;
}

function intern(keys: Map<string, number>, key: string, add: () => void): number {
  let index = keys.get(key);
  if (index === undefined) {
    index = keys.size;
    keys.set(key, index);
    add();
  }
  return index;
}
