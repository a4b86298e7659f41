/**
 * Who takes part in a one-to-one intake: everyone registered, who came to the kickoff, and the
 * pairs formed there on shared topics (a few withdraw early). Part of `pair-cohort.ts`.
 */
import type { AgeBand, Field, MatchDraft, Person } from './model.ts';
import type { PairCohortPlan } from './plan-types.ts';
import { createRandom, type Random } from './random.ts';
import { TOPIC_ROWS, TOPIC_WEIGHTS } from './reference/topics.ts';

/** One random stream per part of the intake, so each part can be computed on its own. */
export const STREAM = {
  people: 11,
  meetings: 12,
  attendance: 13,
  answers: 14,
  findings: 15,
} as const;

/** Day windows (from the kickoff) of the four planned meetings, and how often each is held. */
export const MEETING_WINDOWS: readonly { from: number; to: number; held: number }[] = [
  { from: 2, to: 11, held: 0.98 },
  { from: 12, to: 24, held: 0.95 },
  { from: 25, to: 38, held: 0.88 },
  { from: 40, to: 60, held: 0.8 },
];

const MENTOR_AGES: readonly AgeBand[] = ['26-35', '26-35', '36-45', '36-45', '36-45', '46+', '46+'];
const MENTEE_AGES: readonly AgeBand[] = [
  '19-25',
  '19-25',
  '19-25',
  '26-35',
  '26-35',
  '26-35',
  '36-45',
  '46+',
];
const FIELDS: readonly Field[] = [
  'business',
  'business',
  'business',
  'technology',
  'engineering',
  'law',
  'health',
  'education',
  'arts',
  'public_sector',
  'ngo',
  'science',
  'other',
];

export interface Pairing {
  people: Person[];
  matches: MatchDraft[];
  /** Per match: meetings held before the pair stopped (withdrawn pairs stop early). */
  stopAfter: number[];
}

function topicsFor(random: Random): string[] {
  const count = random.pick([1, 2, 2, 3]);
  const chosen = new Set<number>();
  const weights = TOPIC_WEIGHTS.slice();
  while (chosen.size < count) {
    const i = random.weighted(weights);
    chosen.add(i);
    weights[i] = 0;
  }
  return [...chosen].sort((a, b) => a - b).map((i) => TOPIC_ROWS[i]?.topic_id as string);
}

/**
 * Registers `perRole` mentors and mentees, marks who came to the kickoff, and pairs those present.
 * @example pairing(cohort).matches.length // cohort.matchedPerRole (43 for the SES 2023 intake)
 */
export function pairing(cohort: PairCohortPlan): Pairing {
  const random = createRandom(cohort.seed, STREAM.people);
  const people: Person[] = [];
  const present = { mentor: [] as number[], mentee: [] as number[] };
  for (const role of ['mentor', 'mentee'] as const) {
    const attendees = new Set(
      random.shuffle([...Array(cohort.perRole).keys()]).slice(0, cohort.matchedPerRole),
    );
    for (let i = 0; i < cohort.perRole; i++) {
      const came = attendees.has(i);
      if (came) present[role].push(people.length);
      people.push({
        role,
        ageBand: random.pick(role === 'mentor' ? MENTOR_AGES : MENTEE_AGES),
        field: random.pick(FIELDS),
        registeredOn: cohort.start - random.int(10, 40),
        attendedKickoff: came,
        // Registered but never came: counted as withdrawn from the intake.
        status: came ? 'completed' : 'withdrawn',
        ...(came ? {} : { endedOn: cohort.start }),
      });
    }
  }
  // Pairs are formed at the kickoff on shared topics; the order of the pairs is shuffled.
  const mentees = random.shuffle(present.mentee);
  const matches: MatchDraft[] = [];
  const stopAfter: number[] = [];
  present.mentor.forEach((mentor, i) => {
    const mentee = mentees[i] as number;
    const withdrawn = random.chance(0.08);
    stopAfter.push(withdrawn ? random.int(0, 2) : MEETING_WINDOWS.length + 1);
    if (withdrawn) {
      const endedOn = cohort.start + random.int(14, 35);
      for (const p of [mentor, mentee])
        Object.assign(people[p] as Person, { status: 'withdrawn', endedOn });
      matches.push({ mentor, mentee, matchedOn: cohort.start, topics: topicsFor(random), endedOn });
    } else {
      for (const p of [mentor, mentee]) (people[p] as Person).endedOn = cohort.end;
      matches.push({
        mentor,
        mentee,
        matchedOn: cohort.start,
        topics: topicsFor(random),
        endedOn: cohort.end,
      });
    }
  });
  return { people, matches, stopAfter };
}
