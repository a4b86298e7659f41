import { ROLE_MENTEE, WAVE_POST, WAVE_PRE, type Collected } from './collected.ts';
import { itemsAsked, questionnaires, type Questionnaires } from './questionnaire.ts';

/** Scores per person (NaN: none), the items each answered, and the largest possible change. */
export interface ConstructScores {
  pre: Float64Array;
  post: Float64Array;
  preItems: Uint16Array;
  postItems: Uint16Array;
  range: number;
}

/**
 * Mentees' scores on one construct in the pre and post waves: the mean of the answered items
 * (reverse-coded items already flipped while streaming), or NaN when fewer than half the
 * construct's items in the mentee's programme's questionnaire were answered
 * (`answered × 2 < items`), or when that questionnaire has none. Mentors' answers never enter:
 * outcomes describe the mentees. Pass `asked` (see `questionnaires`) when scoring several
 * constructs, so that it is computed once.
 */
export function constructScores(
  c: Collected,
  construct: number,
  asked: Questionnaires = questionnaires(c),
): ConstructScores {
  const people = c.participantCohort.length;
  const stride = c.constructs.length;
  const pre = new Float64Array(people).fill(NaN);
  const post = new Float64Array(people).fill(NaN);
  const preItems = new Uint16Array(people);
  const postItems = new Uint16Array(people);
  const range = c.constructRange[construct] ?? 0;
  if (c.scoreSums.length === 0) return { pre, post, preItems, postItems, range };
  for (let p = 0; p < people; p++) {
    if (c.participantRole[p] !== ROLE_MENTEE) continue;
    const items = itemsAsked(asked, p, construct);
    if (items === 0) continue;
    const base = (p * stride + construct) * 2;
    const preCount = c.scoreCounts[base + WAVE_PRE] as number;
    const postCount = c.scoreCounts[base + WAVE_POST] as number;
    if (preCount > 0 && preCount * 2 >= items) {
      pre[p] = (c.scoreSums[base + WAVE_PRE] as number) / preCount;
      preItems[p] = preCount;
    }
    if (postCount > 0 && postCount * 2 >= items) {
      post[p] = (c.scoreSums[base + WAVE_POST] as number) / postCount;
      postItems[p] = postCount;
    }
  }
  return { pre, post, preItems, postItems, range };
}
