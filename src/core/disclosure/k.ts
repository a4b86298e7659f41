/** The contract's default threshold: counts of people below it are published as `<10`. */
export const DEFAULT_K = 10;
/** The contract's floor: k may be raised, never set below 5. */
export const MIN_K = 5;

/** A disclosure setting the contract forbids; the CLI turns it into a bilingual message. */
export class DisclosureError extends Error {
  readonly code = 'k-too-small';
  readonly k: number;

  constructor(k: number) {
    super(`k must be a whole number of at least ${MIN_K} (got ${k})`);
    this.name = 'DisclosureError';
    this.k = k;
  }
}

/**
 * Checks a disclosure threshold.
 * @throws DisclosureError when k is not a whole number ≥ 5.
 * @example assertK(10) // 10
 */
export function assertK(k: number): number {
  if (!Number.isInteger(k) || k < MIN_K) throw new DisclosureError(k);
  return k;
}
