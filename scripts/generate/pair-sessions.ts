/**
 * The sessions of a one-to-one intake (kickoffs, check-ins, the pairs' own meetings, the closing)
 * and who was expected at which. Part of `pair-cohort.ts`.
 */
import type { AttendanceDraft, SessionDraft } from './model.ts';
import { MEETING_WINDOWS, STREAM, type Pairing } from './pair-pairing.ts';
import type { PairCohortPlan } from './plan-types.ts';
import { createRandom } from './random.ts';

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

/**
 * Every session held up to the export date, in date order (kickoff, check-in, meetings, closing
 * on the same day).
 * @example sessions(cohort, pairing(cohort))[0].kind // 'kickoff'
 */
export function sessions(cohort: PairCohortPlan, pair: Pairing): SessionDraft[] {
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

/**
 * Who was expected at the kickoffs, check-ins and closing, and whether they came; the pairs' own
 * meetings have no roll.
 * @example attendance(cohort, pair, sessions(cohort, pair)).every((a) => a.session >= 0) // true
 */
export function attendance(
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
