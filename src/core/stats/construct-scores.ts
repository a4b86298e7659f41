import { ROLE_MENTEE, WAVE_POST, WAVE_PRE, type Collected } from './collected.ts';
import { itemsAsked, questionnaires, type Questionnaires } from './questionnaire.ts';

/** Scores per person (NaN: none), the items each answered, and the largest possible change. */
export interface ConstructScores {
  pre: Float64Array;
  post: Float64Array;
  preItems: Uint16Array;
  postItems: Uint16Array;
  /** The people with a score in either wave, in order (the outcomes visit only them). */
  scored: Int32Array;
  range: number;
}

/**
 * Mentees' scores on one construct in the pre and post waves: the mean of the answered items
 * (reverse-coded items already flipped while streaming), or NaN when fewer than half the
 * construct's items in the mentee's programme's questionnaire were answered
 * (`answered × 2 < items`), or when that questionnaire has none. Mentors' answers never enter:
 * outcomes describe the mentees. Pass `asked` (see `questionnaires`) when scoring several
 * constructs, so that it is computed once, and the previous construct's scores as `reuse` once
 * they are no longer read: their arrays are overwritten instead of allocated again (nationally
 * 21 MiB a construct, most of the statistics' garbage).
 */
export function constructScores(
  c: Collected,
  construct: number,
  asked: Questionnaires = questionnaires(c),
  reuse?: ConstructScores,
): ConstructScores {
  const people = c.participantCohort.length;
  const stride = c.constructs.length;
  const fits = reuse !== undefined && reuse.pre.length === people;
  const pre = fits ? reuse.pre.fill(NaN) : new Float64Array(people).fill(NaN);
  const post = fits ? reuse.post.fill(NaN) : new Float64Array(people).fill(NaN);
  const preItems = fits ? reuse.preItems.fill(0) : new Uint16Array(people);
  const postItems = fits ? reuse.postItems.fill(0) : new Uint16Array(people);
  // Room for everyone; `scored` is the part filled.
  const list = fits ? new Int32Array(reuse.scored.buffer, 0, people) : new Int32Array(people);
  let count = 0;
  const range = c.constructRange[construct] ?? 0;
  if (c.scoreSums.length === 0)
    return { pre, post, preItems, postItems, scored: list.subarray(0, 0), range };
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
    if (preItems[p] !== 0 || postItems[p] !== 0) list[count++] = p;
  }
  return { pre, post, preItems, postItems, scored: list.subarray(0, count), range };
}
