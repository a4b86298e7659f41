import { BitSet, type CompositeSet, type CompositeSnapshot } from './composite-set.ts';

/** What a `CohortPairSet` looks up (see `create`). */
interface Layout {
  firstCohort: Int32Array;
  /** Each first row's rank among its cohort's first rows (-1: no cohort). */
  rank: Int32Array;
  secondCohort: Int32Array;
  /** Where each second row's block of bits starts. */
  block: Float64Array;
  secondBase: number;
  rest: CompositeSet;
}

/** Bits at most (256 MiB); a larger space keeps every pair in the other set. */
const BITS_LIMIT = 2 ** 31;

/**
 * A set of two-part keys (`first × secondBase + second`, as `duplicateCompositeKeyRule` packs
 * them) whose two rows each belong to a cohort: attendance's session and participant. A pair
 * within one cohort (nearly every row of a register) is one bit: the second row's block of as
 * many bits as its cohort has first rows, at the first row's rank in that cohort. Nationally
 * that is about ten million bits (1.3 MiB) for 5.7 million keys, where a hash set of them takes
 * 128 MiB and a cache miss for most keys. Any other pair (rows of different cohorts, or of no
 * known cohort) goes to `rest`. The two hold different keys, so `add` answers as one set would.
 * @example CohortPairSet.create(sessionCohort, sessions, participantCohort, participants, rest)?.add(key)
 */
export class CohortPairSet implements CompositeSet {
  private readonly bits: BitSet;
  private readonly firstCohort: Int32Array;
  private readonly rank: Int32Array;
  private readonly secondCohort: Int32Array;
  private readonly block: Float64Array;
  private readonly secondBase: number;
  private readonly rest: CompositeSet;

  private constructor(parts: Layout, size: number) {
    this.firstCohort = parts.firstCohort;
    this.rank = parts.rank;
    this.secondCohort = parts.secondCohort;
    this.block = parts.block;
    this.secondBase = parts.secondBase;
    this.rest = parts.rest;
    this.bits = new BitSet(size);
  }

  /**
   * The set for `firstCount` first rows and `secondBase` second rows, given each row's cohort
   * (-1: none; the columns may be longer than the rows); `undefined` when the bits would not fit.
   */
  static create(
    firstCohort: Int32Array,
    firstCount: number,
    secondCohort: Int32Array,
    secondBase: number,
    rest: CompositeSet,
  ): CohortPairSet | undefined {
    let cohorts = 0;
    for (let i = 0; i < firstCount; i++) cohorts = Math.max(cohorts, (firstCohort[i] ?? -1) + 1);
    const perCohort = new Int32Array(cohorts);
    const rank = new Int32Array(firstCount);
    for (let i = 0; i < firstCount; i++) {
      const cohort = firstCohort[i] ?? -1;
      rank[i] = cohort >= 0 ? perCohort[cohort]!++ : -1;
    }
    const block = new Float64Array(secondBase);
    let size = 0;
    for (let i = 0; i < secondBase; i++) {
      const cohort = secondCohort[i] ?? -1;
      block[i] = size;
      if (cohort >= 0 && cohort < cohorts) size += perCohort[cohort] as number;
    }
    if (size > BITS_LIMIT) return undefined;
    return new CohortPairSet({ firstCohort, rank, secondCohort, block, secondBase, rest }, size);
  }

  add(key: number): boolean {
    const second = key % this.secondBase;
    const first = (key - second) / this.secondBase;
    const cohort = this.secondCohort[second] as number;
    // `!(… >= 0)`: also a row past the column's end (undefined).
    if (!(cohort >= 0) || !(first < this.rank.length) || this.firstCohort[first] !== cohort)
      return this.rest.add(key);
    return this.bits.add((this.block[second] as number) + (this.rank[first] as number));
  }

  /** Not sent to other threads (the survey's keys are; see `overlaps`). */
  snapshot(): CompositeSnapshot {
    throw new Error('CohortPairSet: no snapshot');
  }
}
