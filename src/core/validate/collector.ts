import type { Problem, ProblemCode } from './problem.ts';

/** Problems kept (first `maxPerCode` of each code) and the total per code. */
export interface CollectedProblems {
  problems: Problem[];
  counts: Partial<Record<ProblemCode, number>>;
}

/** A collector's problems as plain data, to merge into another one (see `merge`). */
export interface ProblemLog {
  /** Kept problems in the order they were added. */
  kept: Problem[];
  /** Every code's total, and how many of them were errors. */
  totals: { code: ProblemCode; count: number; errors: number }[];
}

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
  private errorCount = 0;

  constructor(maxPerCode = 100) {
    this.maxPerCode = maxPerCode;
  }

  add(problem: Problem): void {
    const count = (this.counts.get(problem.code) ?? 0) + 1;
    this.counts.set(problem.code, count);
    if (problem.severity === 'error') {
      this.errorCount++;
      this.errorsByCode.set(problem.code, (this.errorsByCode.get(problem.code) ?? 0) + 1);
    }
    if (count <= this.maxPerCode) this.kept.push(problem);
  }

  /** The problems so far as plain data (structured-cloneable), in the order they came. */
  log(): ProblemLog {
    return {
      kept: [...this.kept],
      totals: [...this.counts].map(([code, count]) => ({
        code,
        count,
        errors: this.errorsByCode.get(code) ?? 0,
      })),
    };
  }

  /**
   * Adds the problems another collector (with the same cap) saw, exactly as if each had been
   * added here in its order: its kept ones one by one, then the rest as counts only (the other
   * collector kept the first of each code, so none of the rest could be kept here either).
   */
  merge(log: ProblemLog): void {
    const keptCount = new Map<ProblemCode, number>();
    const keptErrors = new Map<ProblemCode, number>();
    for (const problem of log.kept) {
      this.add(problem);
      keptCount.set(problem.code, (keptCount.get(problem.code) ?? 0) + 1);
      if (problem.severity === 'error')
        keptErrors.set(problem.code, (keptErrors.get(problem.code) ?? 0) + 1);
    }
    for (const { code, count, errors } of log.totals) {
      const extra = count - (keptCount.get(code) ?? 0);
      const extraErrors = errors - (keptErrors.get(code) ?? 0);
      if (extra <= 0) continue;
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
    };
  }
}

/** Orders problems by file, then row (file-level first), then column (file-level first). */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const rows = (a.row ?? 0) - (b.row ?? 0);
  if (rows !== 0) return rows;
  if (a.column !== b.column) {
    if (a.column === null) return -1;
    if (b.column === null) return 1;
    return a.column < b.column ? -1 : 1;
  }
  return 0;
}
