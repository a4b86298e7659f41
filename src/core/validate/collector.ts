import type { Problem, ProblemCode } from './problem.ts';
import { compareFiles } from './report-order.ts';

/** How many problems of one code were found in one file and column (kept or not). */
export interface Tally {
  file: string;
  code: ProblemCode;
  column: string | null;
  count: number;
  /** How many of them are errors (the rest are warnings). */
  errors: number;
}

/** Problems kept (first `maxPerCode` of each code) and the total per code. */
export interface CollectedProblems {
  problems: Problem[];
  counts: Partial<Record<ProblemCode, number>>;
  /** Every problem counted per file, code and column, in report order. */
  tally: Tally[];
}

/** A collector's problems as plain data, to merge into another one (see `merge`). */
export interface ProblemLog {
  /** Kept problems in the order they were added. */
  kept: Problem[];
  /** Every file, code and column's total, and how many of them were errors. */
  totals: Tally[];
}

const placeOf = (p: { file: string; code: string; column: string | null }) =>
  `${p.file}\u0000${p.code}\u0000${p.column ?? ''}`;

/**
 * Collects problems, keeping the first `maxPerCode` of each code and counting all of them, so a
 * file with six million bad rows costs the same memory as one with a hundred.
 * @example const c = new ProblemCollector(100); c.add(problem); c.result()
 */
export class ProblemCollector {
  readonly maxPerCode: number;
  private readonly kept: Problem[] = [];
  private readonly counts = new Map<ProblemCode, number>();
  private readonly errorsByCode = new Map<ProblemCode, number>();
  private readonly places = new Map<string, Tally>();
  private errorCount = 0;

  constructor(maxPerCode = 100) {
    this.maxPerCode = maxPerCode;
  }

  add(problem: Problem): void {
    this.tallyOf(problem, 1, problem.severity === 'error' ? 1 : 0);
    const count = (this.counts.get(problem.code) ?? 0) + 1;
    this.counts.set(problem.code, count);
    if (problem.severity === 'error') {
      this.errorCount++;
      this.errorsByCode.set(problem.code, (this.errorsByCode.get(problem.code) ?? 0) + 1);
    }
    if (count <= this.maxPerCode) this.kept.push(problem);
  }

  private tallyOf(place: Omit<Tally, 'count' | 'errors'>, count: number, errors: number): void {
    const key = placeOf(place);
    const tally = this.places.get(key);
    if (tally) {
      tally.count += count;
      tally.errors += errors;
    } else
      this.places.set(key, {
        file: place.file,
        code: place.code,
        column: place.column,
        count,
        errors,
      });
  }

  /** The problems so far as plain data (structured-cloneable), in the order they came. */
  log(): ProblemLog {
    return { kept: [...this.kept], totals: [...this.places.values()].map((t) => ({ ...t })) };
  }

  /**
   * Adds the problems another collector (with the same cap) saw, exactly as if each had been
   * added here in its order: its kept ones one by one, then the rest as counts only (the other
   * collector kept the first of each code, so none of the rest could be kept here either).
   */
  merge(log: ProblemLog): void {
    const keptCount = new Map<string, number>();
    const keptErrors = new Map<string, number>();
    for (const problem of log.kept) {
      this.add(problem);
      const key = placeOf(problem);
      keptCount.set(key, (keptCount.get(key) ?? 0) + 1);
      if (problem.severity === 'error') keptErrors.set(key, (keptErrors.get(key) ?? 0) + 1);
    }
    for (const place of log.totals) {
      const { code, count, errors } = place;
      const key = placeOf(place);
      const extra = count - (keptCount.get(key) ?? 0);
      const extraErrors = errors - (keptErrors.get(key) ?? 0);
      if (extra <= 0) continue;
      this.tallyOf(place, extra, extraErrors);
      this.counts.set(code, (this.counts.get(code) ?? 0) + extra);
      this.errorCount += extraErrors;
      this.errorsByCode.set(code, (this.errorsByCode.get(code) ?? 0) + extraErrors);
    }
  }

  /** Errors seen so far, kept or not. */
  get errors(): number {
    return this.errorCount;
  }

  /** The kept problems sorted by file, row and column, with every code's total. */
  result(): CollectedProblems {
    return {
      problems: [...this.kept].sort(compareProblems),
      counts: Object.fromEntries(this.counts) as Partial<Record<ProblemCode, number>>,
      tally: [...this.places.values()].sort((a, b) => compareFiles(a.file, b.file)),
    };
  }
}

/**
 * Orders problems by file as the data flows (`compareFiles`), then row (file-level first), then
 * column (file-level first).
 */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return compareFiles(a.file, b.file);
  const rows = (a.row ?? 0) - (b.row ?? 0);
  if (rows !== 0) return rows;
  if (a.column !== b.column) {
    if (a.column === null) return -1;
    if (b.column === null) return 1;
    return a.column < b.column ? -1 : 1;
  }
  return 0;
}
