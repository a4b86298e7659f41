import type { Collected } from './collected.ts';

/**
 * Each programme's questionnaire, as the half-of-the-items rule needs it: how many items it asks
 * per construct, and each participant's programme (participant → cohort → programme).
 * Programmes ask different items for the same construct (SES one self-confidence item, the high
 * school two), so a respondent's score counts only the items their own questionnaire holds; an
 * item with a blank programme_id is in every programme's questionnaire.
 */
export interface Questionnaires {
  /** Items asked at [(programme + 1) × constructs + construct]; row 0 is an unknown programme. */
  items: Int32Array;
  constructs: number;
  /** Each participant's programme index, −1 when unknown (invalid data). */
  programmeOf: Int32Array;
}

type Source = Pick<
  Collected,
  | 'programmes'
  | 'constructs'
  | 'itemConstruct'
  | 'itemProgrammes'
  | 'cohortProgramme'
  | 'participantCohort'
>;

/** The questionnaires of a dataset's programmes. */
export function questionnaires(c: Source): Questionnaires {
  const constructs = c.constructs.length;
  const items = new Int32Array((c.programmes.length + 1) * constructs);
  // The last row of a programme_id wins, as it does for every id the collector interns.
  const programmeIndex = new Map<string, number>();
  c.programmes.forEach((p, i) => programmeIndex.set(p.programme_id, i));
  c.itemConstruct.forEach((construct, item) => {
    const codes = c.itemProgrammes[item];
    if (codes === undefined) {
      for (let row = 0; row <= c.programmes.length; row++) items[row * constructs + construct]!++;
      return;
    }
    // Unknown programmes (a foreign-key error) ask nothing; a code listed twice counts once.
    for (const programme of new Set(codes.map((code) => programmeIndex.get(code) ?? -1))) {
      if (programme >= 0) items[(programme + 1) * constructs + construct]!++;
    }
  });
  const programmeOf = new Int32Array(c.participantCohort.length);
  c.participantCohort.forEach((cohort, p) => {
    programmeOf[p] = cohort < 0 ? -1 : (c.cohortProgramme[cohort] ?? -1);
  });
  return { items, constructs, programmeOf };
}

/** The number of items of `construct` that participant `p`'s questionnaire asks. */
export function itemsAsked(q: Questionnaires, p: number, construct: number): number {
  return q.items[((q.programmeOf[p] as number) + 1) * q.constructs + construct] as number;
}
