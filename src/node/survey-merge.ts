import type { SurveyScores } from '../core/stats/collector.ts';
import type { DelegatedOutcome } from '../core/validate/engine.ts';
import { overlaps } from '../core/validate/keys/composite-set.ts';
import type { SurveyWorkerMessage } from './survey-messages.ts';

/** A worker's finished pass over one part of survey_responses.csv. */
export type PartDone = SurveyWorkerMessage & { kind: 'done' };

/**
 * Joins the passes over the two parts of one file (see `planRanges`) into what one pass over the
 * whole file gives, or `undefined` when that cannot be known from the parts, and the file must be
 * checked whole: a (participant, wave, item) key in both parts (the second is a duplicate that
 * only one pass sees in order), parts read in different encodings, or a part without data rows
 * (one pass counts rows over the whole file). The second part's problems come after the first's,
 * their rows moved by the records before the cut; it reports no header problems of its own (the
 * worker drops them: the first part reports the same header once).
 * @example mergeParts(first, second, plan.cut.recordsBefore)
 */
export function mergeParts(
  first: PartDone,
  second: PartDone,
  recordsBefore: number,
): PartDone | undefined {
  const a = first.outcome;
  const b = second.outcome;
  if (a.summary.encoding !== b.summary.encoding || a.summary.delimiter !== b.summary.delimiter)
    return undefined;
  if (a.summary.rows === 0 || b.summary.rows === 0 || a.present !== b.present) return undefined;
  if ((first.keys === undefined) !== (second.keys === undefined)) return undefined;
  if (first.keys && second.keys && overlaps(first.keys, second.keys)) return undefined;
  // The second part's reader counts its header as row 1; in the file it is `recordsBefore`.
  const shift = recordsBefore - 1;
  const moved = b.problems.kept.map((p) => (p.row === null ? p : { ...p, row: p.row + shift }));
  const outcome: DelegatedOutcome = {
    summary: { ...a.summary, rows: a.summary.rows + b.summary.rows },
    problems: { kept: [...a.problems.kept, ...moved], totals: sumTotals(a, b) },
    referencesToAbsent: [
      ...a.referencesToAbsent,
      ...b.referencesToAbsent.filter(
        (r) => !a.referencesToAbsent.some((s) => s.target === r.target && s.column === r.column),
      ),
    ],
    present: a.present,
  };
  const scores = first.scores && second.scores ? addScores(first.scores, second.scores) : undefined;
  return { kind: 'done', outcome, ...(scores ? { scores } : {}) };
}

function sumTotals(
  a: DelegatedOutcome,
  b: DelegatedOutcome,
): DelegatedOutcome['problems']['totals'] {
  const totals = a.problems.totals.map((t) => ({ ...t }));
  for (const t of b.problems.totals) {
    const same = totals.find(
      (s) => s.file === t.file && s.code === t.code && s.column === t.column,
    );
    if (same) {
      same.count += t.count;
      same.errors += t.errors;
    } else totals.push({ ...t });
  }
  return totals;
}

/**
 * Survey scores are sums and counts per (participant, construct, wave): they add up, into the
 * first part's arrays. A cell the second part left at zero (most, since each part holds about
 * half of the participants) is skipped; the sum is tested too, as a 16-bit count can wrap to 0.
 */
function addScores(a: SurveyScores, b: SurveyScores): SurveyScores {
  const scoreSums = a.scoreSums;
  const scoreCounts = a.scoreCounts;
  const sums = b.scoreSums;
  const counts = b.scoreCounts;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    const sum = sums[i] as number;
    if (count === 0 && sum === 0) continue;
    scoreSums[i] = (scoreSums[i] as number) + sum;
    scoreCounts[i] = (scoreCounts[i] as number) + count;
  }
  const dates = [a.latestDate, b.latestDate].filter((d): d is string => d !== undefined).sort();
  return { scoreSums, scoreCounts, latestDate: dates.at(-1) };
}
