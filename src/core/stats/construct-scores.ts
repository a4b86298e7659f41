import { ROLE_MENTEE, WAVE_POST, WAVE_PRE, type Collected } from './collected.ts';

/**
 * Mentees' scores on one construct in the pre and post waves: the mean of the answered items
 * (reverse-coded items already flipped while streaming), or NaN when fewer than half the
 * construct's items were answered (`answered × 2 < items`). Mentors' answers never enter:
 * outcomes describe the mentees.
 */
export function constructScores(
  c: Collected,
  construct: number,
): { pre: Float64Array; post: Float64Array } {
  const people = c.participantCohort.length;
  const items = c.constructItems[construct] as number;
  const stride = c.constructs.length;
  const pre = new Float64Array(people).fill(NaN);
  const post = new Float64Array(people).fill(NaN);
  if (c.scoreSums.length === 0) return { pre, post };
  for (let p = 0; p < people; p++) {
    if (c.participantRole[p] !== ROLE_MENTEE) continue;
    const base = (p * stride + construct) * 2;
    const preCount = c.scoreCounts[base + WAVE_PRE] as number;
    const postCount = c.scoreCounts[base + WAVE_POST] as number;
    if (preCount > 0 && preCount * 2 >= items) {
      pre[p] = (c.scoreSums[base + WAVE_PRE] as number) / preCount;
    }
    if (postCount > 0 && postCount * 2 >= items) {
      post[p] = (c.scoreSums[base + WAVE_POST] as number) / postCount;
    }
  }
  return { pre, post };
}
