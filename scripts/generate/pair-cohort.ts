/**
 * One intake of the one-to-one programme, shaped after the SES article: registration, a
 * kickoff where those present are matched on shared topics, four meetings per pair over two
 * months (held less often during a disruption such as the February 2023 earthquake), interim
 * check-ins, an evaluation survey and a closing meeting with a workshop in groups.
 */
import {
  lazyContent,
  type AnswerDraft,
  type AttendanceDraft,
  type CohortContent,
  type FindingDraft,
  type SessionDraft,
} from './model.ts';
import { pairing, STREAM, type Pairing } from './pair-pairing.ts';
import { attendance, sessions } from './pair-sessions.ts';
import type { PairCohortPlan } from './plan-types.ts';
import { createRandom } from './random.ts';
import { THEME_SPECS } from './reference/themes.ts';
import { WOMEN_IN_BUSINESS_ITEMS } from './reference/survey-items.ts';
import { answerSittings, type ItemModel } from './survey.ts';

const ITEM_MODELS: readonly ItemModel[] = WOMEN_IN_BUSINESS_ITEMS.map((spec) => ({
  itemId: spec.row.item_id,
  construct: spec.row.construct,
  min: Number(spec.row.scale_min),
  max: Number(spec.row.scale_max),
  reverse: spec.row.reverse_coded === 'true',
  pre: spec.pre,
  change: spec.change,
}));

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
