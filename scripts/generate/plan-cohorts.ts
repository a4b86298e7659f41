/**
 * The cohorts of a dataset plan before they are numbered: the high-school group cohorts term by
 * term, and the one-to-one intakes (the SES 2023 intake from the source article, then extra ones).
 */
import { dayOf, weekday } from './days.ts';
import type { GroupCohortPlan, PairCohortPlan } from './plan-types.ts';
import { createRandom } from './random.ts';
import { MWM_HIGH_SCHOOL, SES_WOMEN_IN_BUSINESS } from './reference/programmes.ts';
import type { ScaleConfig } from './scales.ts';

/** A weekday (Monday–Friday) in a week that starts inside the window. */
function schoolDayIn(random: ReturnType<typeof createRandom>, from: string, to: string): number {
  let monday = dayOf(from);
  while (weekday(monday) !== 0) monday++;
  const weeks = Math.max(0, Math.floor((dayOf(to) - monday) / 7));
  return monday + 7 * random.int(0, weeks) + random.int(0, 4);
}

/**
 * The high-school cohorts of every term, weekly sessions from a school day in the term; every
 * school runs at least one.
 * @example planGroupCohorts(SCALES.small, 2023, 10, dayOf('2025-05-16')).length // 14
 */
export function planGroupCohorts(config: ScaleConfig, seed: number, schools: number, asOf: number) {
  const random = createRandom(seed, 0xc0407);
  const drafts: Omit<GroupCohortPlan, 'index' | 'id' | 'seed' | 'offsets'>[] = [];
  let n = 0;
  for (const term of config.terms) {
    for (let i = 0; i < term.cohorts; i++, n++) {
      // Every school runs at least one cohort; the rest go to schools at random.
      const school = n < schools ? n : random.int(0, schools - 1);
      const start = schoolDayIn(random, term.from, term.to);
      // Six weekly sessions, sometimes fewer to fit the school's calendar.
      const plannedSessions = [6, 6, 6, 6, 6, 6, 6, 6, 5, 4][random.int(0, 9)] as number;
      const sessionDays = Array.from({ length: plannedSessions }, (_, k) => start + 7 * k);
      drafts.push({
        format: 'group',
        programmeId: MWM_HIGH_SCHOOL,
        school,
        start,
        end: sessionDays[sessionDays.length - 1] as number,
        plannedSessions,
        ...(random.chance(0.9) ? { staffTrained: random.int(1, 6) } : {}),
        asOf,
        // Groups of 20–25 students are ideal, 30 at most.
        mentees: random.int(21, 30),
        sessionDays,
        held: sessionDays.filter((d) => d <= asOf).length,
        minutes: random.pick([60, 60, 60, 60, 60, 60, 60, 45, 40]),
      });
    }
  }
  return drafts;
}

/** The SES 2023 intake, shaped after the source article. */
function sesIntake(asOf: number): Omit<PairCohortPlan, 'index' | 'id' | 'seed' | 'offsets'> {
  return {
    format: 'one_to_one',
    programmeId: SES_WOMEN_IN_BUSINESS,
    start: dayOf('2023-01-07'),
    end: dayOf('2023-03-11'),
    // Four meetings over two months.
    plannedSessions: 4,
    asOf,
    // 100 women registered; 86 mentors and mentees came to the kickoff and were matched.
    perRole: 50,
    matchedPerRole: 43,
    kickoffSessions: 2,
    checkIns: [
      { day: dayOf('2023-02-10'), mode: 'online', minutes: 90 },
      { day: dayOf('2023-02-18'), mode: 'in_person', minutes: 120 },
    ],
    disruption: { from: dayOf('2023-02-06'), to: dayOf('2023-02-12') },
    postSurveyOn: dayOf('2023-02-28'),
  };
}

/**
 * The one-to-one intakes: the SES 2023 intake, then the scale's extra ones with Saturday kickoffs.
 * @example planPairCohorts(SCALES.small, 2023, dayOf('2025-05-16')).length // 1
 */
export function planPairCohorts(config: ScaleConfig, seed: number, asOf: number) {
  const random = createRandom(seed, 0x9a125);
  const drafts = [sesIntake(asOf)];
  for (let i = 0; i < config.extraPairCohorts; i++) {
    let start =
      dayOf(config.pairStarts.from) +
      random.int(0, dayOf(config.pairStarts.to) - dayOf(config.pairStarts.from));
    while (weekday(start) !== 5) start++; // kickoffs are on Saturdays
    const perRole = random.int(30, 60);
    drafts.push({
      format: 'one_to_one',
      programmeId: SES_WOMEN_IN_BUSINESS,
      start,
      end: start + 63,
      plannedSessions: 4,
      asOf,
      perRole,
      matchedPerRole: Math.round(perRole * (0.8 + 0.12 * random.next())),
      kickoffSessions: random.chance(0.3) ? 2 : 1,
      checkIns: [{ day: start + 27, mode: 'online', minutes: 60 }],
      postSurveyOn: start + 52,
    });
  }
  return drafts;
}
