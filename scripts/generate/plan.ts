/**
 * The dataset plan: schools and cohorts with their sizes, dates and id offsets. It is small
 * (one object per cohort), so it is built in memory; each cohort's rows are then derived on
 * demand from the cohort's own seed, which lets every CSV file stream independently.
 */
import { dayOf, isoOf, weekday } from './days.ts';
import { pairCohortContent } from './pair-cohort.ts';
import { createRandom, mixSeed, weightedPicker } from './random.ts';
import { MWM_HIGH_SCHOOL, SES_WOMEN_IN_BUSINESS } from './reference/programmes.ts';
import { DISTRICTS, PROVINCES } from './reference/provinces.ts';
import { schoolName } from './reference/school-names.ts';
import type { ScaleConfig, SchoolType } from './scales.ts';

export interface SchoolPlan {
  id: string;
  nameTr: string;
  nameEn: string;
  province: string;
  district: string;
  type: SchoolType;
  isPilot: boolean;
  joinedOn: number;
}

/** Where a cohort's rows start in each file's global numbering. */
export interface Offsets {
  participant: number;
  match: number;
  session: number;
  finding: number;
}

interface CohortBase {
  index: number;
  id: string;
  programmeId: string;
  /** First and last day (day numbers). */
  start: number;
  end: number;
  plannedSessions: number;
  staffTrained?: number;
  /** The export date: nothing after it has happened yet. */
  asOf: number;
  seed: number;
  offsets: Offsets;
}

export interface GroupCohortPlan extends CohortBase {
  format: 'group';
  school: number;
  mentees: number;
  /** Days of the planned weekly sessions; those up to `asOf` were held. */
  sessionDays: readonly number[];
  held: number;
  minutes: number;
}

export interface PairCohortPlan extends CohortBase {
  format: 'one_to_one';
  /** Mentors registered, and as many mentees. */
  perRole: number;
  /** Of each role, how many came to the kickoff (and were matched there). */
  matchedPerRole: number;
  kickoffSessions: number;
  checkIns: readonly { day: number; mode: 'in_person' | 'online'; minutes: number }[];
  /** Days when meetings could not happen as planned (the 6 February 2023 earthquake). */
  disruption?: { from: number; to: number };
  /** Day of the evaluation survey. */
  postSurveyOn: number;
}

export type CohortPlan = GroupCohortPlan | PairCohortPlan;

export interface DatasetPlan {
  seed: number;
  asOf: number;
  schools: readonly SchoolPlan[];
  cohorts: readonly CohortPlan[];
}

const SCHOOL_TYPE_WEIGHTS: readonly [SchoolType, number][] = [
  ['anatolian_high_school', 52],
  ['vocational_technical_anatolian_high_school', 26],
  ['science_high_school', 7],
  ['social_sciences_high_school', 5],
  ['private_high_school', 8],
  ['other', 2],
];

// Provinces of the real pilot schools: the national plan's fictional pilots sit there too.
const PILOT_PLATES = [34, 47, 1];

function planSchools(config: ScaleConfig, seed: number): SchoolPlan[] {
  const random = createRandom(seed, 0x5c4001);
  const pickProvince = weightedPicker(PROVINCES.map((p) => p.population));
  const pickType = weightedPicker(SCHOOL_TYPE_WEIGHTS.map(([, w]) => w));
  const planned = config.schools;
  const specs =
    'fixed' in planned
      ? planned.fixed
      : Array.from({ length: planned.count }, (_, i) => ({
          plate:
            i < planned.pilots
              ? (PILOT_PLATES[i % PILOT_PLATES.length] as number)
              : (PROVINCES[pickProvince(random)]?.plate as number),
          type: SCHOOL_TYPE_WEIGHTS[pickType(random)]?.[0] as SchoolType,
          pilot: i < planned.pilots,
        }));
  const perProvince = new Map<number, number>();
  const perType = new Map<string, number>();
  const stemOffset = new Map<number, number>();
  return specs.map((spec) => {
    const province = PROVINCES.find((p) => p.plate === spec.plate);
    if (!province) throw new Error(`unknown plate ${spec.plate}`);
    const n = (perProvince.get(spec.plate) ?? 0) + 1;
    perProvince.set(spec.plate, n);
    const typeKey = `${spec.plate}/${spec.type}`;
    const k = perType.get(typeKey) ?? 0;
    perType.set(typeKey, k + 1);
    if (!stemOffset.has(spec.plate)) stemOffset.set(spec.plate, random.int(0, 1000));
    const name = schoolName(spec.type, k, stemOffset.get(spec.plate) as number);
    const districts = DISTRICTS[spec.plate];
    return {
      id: `sch-${String(spec.plate).padStart(2, '0')}-${String(n).padStart(4, '0')}`,
      nameTr: name.tr,
      // About one school in four has no English name: the contract then uses the Turkish one.
      nameEn: random.chance(0.75) ? name.en : '',
      province: province.name,
      district: districts ? random.pick(districts) : '',
      type: spec.type,
      isPilot: spec.pilot,
      joinedOn: Number.POSITIVE_INFINITY,
    };
  });
}

/** A weekday (Monday–Friday) in a week that starts inside the window. */
function schoolDayIn(random: ReturnType<typeof createRandom>, from: string, to: string): number {
  let monday = dayOf(from);
  while (weekday(monday) !== 0) monday++;
  const weeks = Math.max(0, Math.floor((dayOf(to) - monday) / 7));
  return monday + 7 * random.int(0, weeks) + random.int(0, 4);
}

function planGroupCohorts(config: ScaleConfig, seed: number, schools: number, asOf: number) {
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

function planPairCohorts(config: ScaleConfig, seed: number, asOf: number) {
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

/**
 * Plans a dataset: schools, and cohorts sorted by start date with their id offsets.
 * @example planDataset(SCALES.small, 2023).cohorts.length // 15
 */
export function planDataset(config: ScaleConfig, seed: number): DatasetPlan {
  const asOf = dayOf(config.asOf);
  const schools = planSchools(config, seed);
  const drafts = [
    ...planPairCohorts(config, seed, asOf),
    ...planGroupCohorts(config, seed, schools.length, asOf),
  ].sort((a, b) => a.start - b.start);

  const offsets: Offsets = { participant: 0, match: 0, session: 0, finding: 0 };
  const perYear = new Map<string, number>();
  let groups = 0;
  const cohorts = drafts.map((draft, index): CohortPlan => {
    const cohortSeed = mixSeed(seed, index, 0xc0);
    if (draft.format === 'group') {
      const school = schools[draft.school] as SchoolPlan;
      school.joinedOn = Math.min(school.joinedOn, draft.start - 14 - (cohortSeed % 45));
      const cohort: GroupCohortPlan = {
        ...draft,
        index,
        id: `hs-${String(++groups).padStart(5, '0')}`,
        seed: cohortSeed,
        offsets: { ...offsets },
      };
      offsets.participant += 1 + draft.mentees;
      offsets.match += draft.mentees;
      offsets.session += draft.held;
      return cohort;
    }
    const year = isoOf(draft.start).slice(0, 4);
    const nth = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, nth);
    const cohort: PairCohortPlan = {
      ...draft,
      index,
      id: `ses-${year}-${String(nth).padStart(2, '0')}`,
      seed: cohortSeed,
      offsets: { ...offsets },
    };
    const content = pairCohortContent(cohort);
    offsets.participant += content.people.length;
    offsets.match += content.matches.length;
    offsets.session += content.sessions.length;
    offsets.finding += content.findings.length;
    return cohort;
  });
  return { seed, asOf, schools, cohorts };
}
