/**
 * One intake of the one-to-one programme, shaped after the SES article: registration, a
 * kickoff where those present are matched on shared topics, four meetings per pair over two
 * months (held less often during a disruption such as the February 2023 earthquake), interim
 * check-ins, an evaluation survey and a closing meeting with a workshop in groups.
 */
import {
  lazyContent,
  type AgeBand,
  type AnswerDraft,
  type AttendanceDraft,
  type CohortContent,
  type Field,
  type FindingDraft,
  type MatchDraft,
  type Person,
  type SessionDraft,
} from './model.ts';
import type { PairCohortPlan } from './plan.ts';
import { createRandom, type Random } from './random.ts';
import { THEME_SPECS } from './reference/themes.ts';
import { TOPIC_ROWS, TOPIC_WEIGHTS } from './reference/topics.ts';
import { WOMEN_IN_BUSINESS_ITEMS } from './reference/survey-items.ts';
import { answerSittings, type ItemModel } from './survey.ts';

const STREAM = { people: 11, meetings: 12, attendance: 13, answers: 14, findings: 15 } as const;

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

/** Day windows (from the kickoff) of the four planned meetings, and how often each is held. */
const MEETING_WINDOWS: readonly { from: number; to: number; held: number }[] = [
  { from: 2, to: 11, held: 0.98 },
  { from: 12, to: 24, held: 0.95 },
  { from: 25, to: 38, held: 0.88 },
  { from: 40, to: 60, held: 0.8 },
];

const ITEM_MODELS: readonly ItemModel[] = WOMEN_IN_BUSINESS_ITEMS.map((spec) => ({
  itemId: spec.row.item_id,
  construct: spec.row.construct,
  min: Number(spec.row.scale_min),
  max: Number(spec.row.scale_max),
  reverse: spec.row.reverse_coded === 'true',
  pre: spec.pre,
  change: spec.change,
}));

interface Pairing {
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

function pairing(cohort: PairCohortPlan): Pairing {
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

function pairMeetings(cohort: PairCohortPlan, pair: Pairing): SessionDraft[] {
  const random = createRandom(cohort.seed, STREAM.meetings);
  const meetings: SessionDraft[] = [];
  const { disruption } = cohort;
  pair.matches.forEach((match, m) => {
    const stop = pair.stopAfter[m] as number;
    const windows = random.chance(0.06)
      ? [...MEETING_WINDOWS, { from: 45, to: 60, held: 1 }]
      : MEETING_WINDOWS;
    let held = 0;
    for (const window of windows) {
      if (held >= stop || !random.chance(window.held)) continue;
      let day = cohort.start + random.int(window.from, window.to);
      let mode: SessionDraft['mode'] = random.chance(0.3) ? 'online' : 'in_person';
      if (disruption && day >= disruption.from && day <= disruption.to) {
        // Most meetings in the disrupted days moved to the week after; the rest went online.
        if (random.chance(0.85)) day = disruption.to + random.int(1, 5);
        mode = random.chance(0.55) ? 'online' : mode;
      }
      if (day > cohort.end - 1 || day > cohort.asOf) continue;
      if (match.endedOn !== undefined && day > match.endedOn) continue;
      meetings.push({
        kind: 'regular',
        heldOn: day,
        minutes: random.pick([60, 60, 75, 90, 90, 120, 150]),
        mode,
        match: m,
      });
      held++;
    }
  });
  return meetings;
}

const KIND_ORDER = { kickoff: 0, check_in: 1, regular: 2, closing: 3 } as const;

function sessions(cohort: PairCohortPlan, pair: Pairing): SessionDraft[] {
  const all: SessionDraft[] = [
    ...Array.from({ length: cohort.kickoffSessions }, (): SessionDraft => ({
      kind: 'kickoff',
      heldOn: cohort.start,
      minutes: 120,
      mode: 'in_person',
    })),
    ...cohort.checkIns.map((c): SessionDraft => ({
      kind: 'check_in',
      heldOn: c.day,
      minutes: c.minutes,
      mode: c.mode,
    })),
    ...pairMeetings(cohort, pair),
    { kind: 'closing', heldOn: cohort.end, minutes: 180, mode: 'in_person' },
  ];
  return all
    .filter((s) => s.heldOn <= cohort.asOf)
    .sort(
      (a, b) =>
        a.heldOn - b.heldOn ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.match ?? 0) - (b.match ?? 0),
    );
}

function attendance(
  cohort: PairCohortPlan,
  pair: Pairing,
  list: readonly SessionDraft[],
): AttendanceDraft[] {
  const random = createRandom(cohort.seed, STREAM.attendance);
  const out: AttendanceDraft[] = [];
  let kickoff = 0;
  list.forEach((session, s) => {
    if (session.kind === 'kickoff') {
      // Everyone registered was expected at one of the kickoff sessions.
      pair.people.forEach((person, p) => {
        if (p % cohort.kickoffSessions === kickoff)
          out.push({ session: s, person: p, attended: person.attendedKickoff === true });
      });
      kickoff++;
    } else if (session.kind !== 'regular') {
      // Check-ins and the closing: the matched people still in the programme that day.
      const rate = session.kind === 'closing' ? 0.88 : 0.55;
      for (const match of pair.matches) {
        if (match.endedOn !== undefined && match.endedOn < session.heldOn) continue;
        for (const p of [match.mentor, match.mentee])
          out.push({ session: s, person: p, attended: random.chance(rate) });
      }
    }
  });
  return out;
}

function answers(cohort: PairCohortPlan, pair: Pairing): AnswerDraft[] {
  const random = createRandom(cohort.seed, STREAM.answers);
  const out: AnswerDraft[] = [];
  const stayed = new Set(pair.matches.filter((m) => m.endedOn === cohort.end).map((m) => m.mentee));
  pair.people.forEach((person, p) => {
    if (person.role !== 'mentee') return;
    // The application survey (pre) and the evaluation survey at the end of the second month.
    const sittings = [];
    if (random.chance(0.97))
      sittings.push({ wave: 'pre' as const, day: person.registeredOn, progress: 0 });
    if (stayed.has(p) && cohort.postSurveyOn <= cohort.asOf && random.chance(0.9)) {
      sittings.push({ wave: 'post' as const, day: cohort.postSurveyOn, progress: 1 });
    }
    answerSittings(random, p, ITEM_MODELS, sittings, out);
  });
  return out;
}

function findings(
  cohort: PairCohortPlan,
  list: readonly SessionDraft[],
  roll: readonly AttendanceDraft[],
): FindingDraft[] {
  const closing = list.findIndex((s) => s.kind === 'closing');
  if (closing < 0) return [];
  const random = createRandom(cohort.seed, STREAM.findings);
  const present = roll.filter((a) => a.session === closing && a.attended).length;
  const groups = Math.max(1, Math.round(present / 6));
  const out: FindingDraft[] = [];
  for (let groupNo = 1; groupNo <= groups; groupNo++) {
    for (const theme of THEME_SPECS) {
      if (!random.chance(theme.share)) continue;
      const note = random.next();
      out.push({
        heldOn: cohort.end,
        groupNo,
        themeId: theme.row.theme_id,
        // About a third of findings carry a short note; some groups wrote it in Turkish only.
        ...(note < 0.3 ? { noteTr: theme.note.tr } : {}),
        ...(note < 0.22 ? { noteEn: theme.note.en } : {}),
      });
    }
  }
  return out;
}

/** Every row a one-to-one intake contributes, computed part by part on first use. */
export function pairCohortContent(cohort: PairCohortPlan): CohortContent {
  let pair: Pairing | undefined;
  let list: SessionDraft[] | undefined;
  let roll: AttendanceDraft[] | undefined;
  const getPair = () => (pair ??= pairing(cohort));
  const getList = () => (list ??= sessions(cohort, getPair()));
  const getRoll = () => (roll ??= attendance(cohort, getPair(), getList()));
  return lazyContent({
    people: () => getPair().people,
    matches: () => getPair().matches,
    sessions: getList,
    attendance: getRoll,
    answers: () => answers(cohort, getPair()),
    findings: () => findings(cohort, getList(), getRoll()),
  });
}
