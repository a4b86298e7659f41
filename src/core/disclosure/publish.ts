import type { RawStats } from '../stats/types.ts';
import { assertK } from './k.ts';
import type { OutcomeRisk } from './publish-outcome.ts';
import { publishProgramme } from './publish-programme.ts';
import { publishProvinces } from './publish-provinces.ts';
import { publishSchools } from './publish-schools.ts';
import { publishYears } from './publish-years.ts';
import type { DatasetStats } from './published-types.ts';

/**
 * A registered figure's disclosure rule (src/core/figures): what of one programme's raw value,
 * kept under `key`, may be published. Declared here so disclosure runs the figures it is handed
 * without importing them.
 */
export interface FigurePublication {
  key: string;
  publish(raw: unknown, k: number): unknown;
}

/**
 * Applies disclosure control to raw statistics: the result is what the site and the
 * downloads may show. Cohort-level statistics stay internal (not published). `figures`: the
 * registered figures' rules, for the values `finishRaw({ figures })` derived. `risk`: the
 * outcome rows' reconstruction verdicts, computed here unless given (see publishOutcome).
 * @throws DisclosureError for k below 5.
 * @example publishStats(collector.finishRaw({ asOf, figures: FIGURES }), 10, FIGURES)
 */
export function publishStats(
  raw: RawStats,
  k: number,
  figures: readonly FigurePublication[] = [],
  risk?: OutcomeRisk,
): DatasetStats {
  assertK(k);
  const schools = publishSchools(raw.schools, k, risk);
  const schoolCells = raw.schools.map((s, i) => ({ raw: s.reach, published: schools[i]! }));
  return {
    k,
    asOf: raw.asOf ?? null,
    asOfSource: raw.asOfSource,
    constructs: raw.constructs,
    programmes: raw.programmes.map((p) => {
      const published = publishProgramme(p, k, risk);
      return {
        ...published,
        years: publishYears(
          p.years,
          {
            mentees: published.reach.mentees,
            relationships: published.reach.relationships,
            completed: published.funnel.completed,
          },
          k,
        ),
        provinces: publishProvinces(p.provinces, schoolCells, k),
        figures: Object.fromEntries(figures.map((f) => [f.key, f.publish(p.figures[f.key], k)])),
      };
    }),
    schools,
  };
}
