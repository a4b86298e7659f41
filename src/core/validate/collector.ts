import type { Problem, ProblemCode } from './problem.ts';

/** Problems kept (first `maxPerCode` of each code) and the total per code. */
export interface CollectedProblems {
  problems: Problem[];
  counts: Partial<Record<ProblemCode, number>>;
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
  private errorCount = 0;

  constructor(maxPerCode = 100) {
    this.maxPerCode = maxPerCode;
  }

  add(problem: Problem): void {
    const count = (this.counts.get(problem.code) ?? 0) + 1;
    this.counts.set(problem.code, count);
    if (problem.severity === 'error') this.errorCount++;
    if (count <= this.maxPerCode) this.kept.push(problem);
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
