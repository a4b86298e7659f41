/**
 * A school group of the high-school programme: one mentor, 20–30 students, weekly one-hour
 * sessions, an attendance roll, and pre (and sometimes mid) and post questionnaires.
 */
import {
  lazyContent,
  type AgeBand,
  type AnswerDraft,
  type AttendanceDraft,
  type CohortContent,
  type Field,
  type MatchDraft,
  type Person,
  type SessionDraft,
} from './model.ts';
import type { GroupCohortPlan } from './plan-types.ts';
import { createRandom, type Random } from './random.ts';
import { HIGH_SCHOOL_ITEMS } from './reference/survey-items.ts';
import { answerSittings, type ItemModel, type Sitting } from './survey.ts';

const MENTOR_AGES: readonly AgeBand[] = [
  '26-35',
  '26-35',
  '36-45',
  '36-45',
  '36-45',
  '46+',
  '19-25',
];
const MENTOR_FIELDS: readonly Field[] = [
  'engineering',
  'engineering',
  'technology',
  'technology',
  'science',
  'mathematics',
];
const MENTEE_FIELDS: readonly Field[] = [
  'engineering',
  'engineering',
  'engineering',
  'technology',
  'technology',
  'technology',
  'science',
  'science',
  'mathematics',
  'health',
  'arts',
  'other',
];

const STREAM = { people: 1, sessions: 2, attendance: 3, answers: 4 } as const;

export const HIGH_SCHOOL_ITEM_MODELS: readonly ItemModel[] = HIGH_SCHOOL_ITEMS.map((spec) => ({
  itemId: spec.row.item_id,
  construct: spec.row.construct,
  min: Number(spec.row.scale_min),
  max: Number(spec.row.scale_max),
  reverse: spec.row.reverse_coded === 'true',
  pre: spec.pre,
  change: spec.change,
}));

/** Regular sessions a person was on the roll for (withdrawn students leave the roll). */
interface Roll {
  person: Person;
  sessions: number;
}

function people(cohort: GroupCohortPlan): Roll[] {
  const random = createRandom(cohort.seed, STREAM.people);
  const finished = cohort.end <= cohort.asOf;
  const rolls: Roll[] = [
    {
      person: {
        role: 'mentor',
        ageBand: random.pick(MENTOR_AGES),
        field: random.pick(MENTOR_FIELDS),
        registeredOn: cohort.start - random.int(14, 45),
        status: finished ? 'completed' : 'active',
        ...(finished ? { endedOn: cohort.end } : {}),
      },
      sessions: cohort.held,
    },
  ];
  for (let i = 0; i < cohort.mentees; i++) {
    const base = {
      role: 'mentee' as const,
      ageBand: (random.chance(0.55) ? '15-16' : '17-18') as AgeBand,
      field: random.pick(MENTEE_FIELDS),
      registeredOn: cohort.start - random.int(3, 21),
    };
    const withdraws = cohort.held >= 2 && random.chance(finished ? 0.09 : 0.04);
    if (withdraws) {
      const sessions = random.int(1, cohort.held - 1);
      const endedOn = Math.min(
        cohort.end,
        (cohort.sessionDays[sessions - 1] as number) + random.int(1, 6),
      );
      rolls.push({ person: { ...base, status: 'withdrawn', endedOn }, sessions });
    } else if (finished) {
      rolls.push({
        person: { ...base, status: 'completed', endedOn: cohort.end },
        sessions: cohort.held,
      });
    } else {
      rolls.push({ person: { ...base, status: 'active' }, sessions: cohort.held });
    }
  }
  return rolls;
}

function sessions(cohort: GroupCohortPlan): SessionDraft[] {
  const random = createRandom(cohort.seed, STREAM.sessions);
  return cohort.sessionDays.slice(0, cohort.held).map((heldOn) => ({
    kind: 'regular',
    heldOn,
    minutes: cohort.minutes,
    mode: random.chance(0.08) ? 'online' : 'in_person',
  }));
}

function attendance(cohort: GroupCohortPlan, rolls: readonly Roll[]): AttendanceDraft[] {
  const random = createRandom(cohort.seed, STREAM.attendance);
  const out: AttendanceDraft[] = [];
  // The mentor leads the sessions (a colleague stands in now and then).
  for (let session = 0; session < cohort.held; session++) {
    out.push({ session, person: 0, attended: random.chance(0.96) });
  }
  for (let person = 1; person < rolls.length; person++) {
    const roll = rolls[person] as Roll;
    const keen = Math.min(0.99, Math.max(0.5, random.normal(0.9, 0.07)));
    for (let session = 0; session < roll.sessions; session++) {
      const leaving = roll.person.status === 'withdrawn' && session === roll.sessions - 1;
      out.push({
        session,
        person,
        attended: random.chance(leaving ? 0.4 : keen - 0.012 * session),
      });
    }
  }
  return out;
}

function sittingsOf(
  cohort: GroupCohortPlan,
  roll: Roll,
  hasMid: boolean,
  random: Random,
): Sitting[] {
  const sittings: Sitting[] = [];
  if (random.chance(0.97)) sittings.push({ wave: 'pre', day: cohort.start, progress: 0 });
  // A mid-wave at the third session, for cohorts that run one and students still on the roll.
  if (hasMid && roll.sessions >= 3 && random.chance(0.9)) {
    sittings.push({ wave: 'mid', day: cohort.sessionDays[2] as number, progress: 0.5 });
  }
  if (roll.person.status === 'completed' && random.chance(0.93)) {
    sittings.push({ wave: 'post', day: cohort.end, progress: 1 });
  }
  return sittings;
}

function answers(cohort: GroupCohortPlan, rolls: readonly Roll[]): AnswerDraft[] {
  const random = createRandom(cohort.seed, STREAM.answers);
  const finished = cohort.end <= cohort.asOf;
  const hasMid = finished ? random.chance(0.2) : cohort.held >= 3;
  const out: AnswerDraft[] = [];
  for (let person = 1; person < rolls.length; person++) {
    const sittings = sittingsOf(cohort, rolls[person] as Roll, hasMid, random);
    answerSittings(random, person, HIGH_SCHOOL_ITEM_MODELS, sittings, out);
  }
  return out;
}

/** Every row a school group contributes, computed part by part on first use. */
export function groupCohortContent(cohort: GroupCohortPlan): CohortContent {
  let rolls: Roll[] | undefined;
  const roll = () => (rolls ??= people(cohort));
  return lazyContent({
    people: () => roll().map((r) => r.person),
    matches: () =>
      roll()
        .slice(1)
        .map((r, i): MatchDraft => ({
          mentor: 0,
          mentee: i + 1,
          matchedOn: cohort.start,
          topics: [],
          ...(r.person.endedOn !== undefined ? { endedOn: r.person.endedOn } : {}),
        })),
    sessions: () => sessions(cohort),
    attendance: () => attendance(cohort, roll()),
    answers: () => answers(cohort, roll()),
    findings: () => [],
  });
}
