/** Global ids: a prefix and a zero-padded sequence number (1-based). */

/** @example participantId(0) // 'p-0000001' */
export const participantId = (n: number): string => `p-${String(n + 1).padStart(7, '0')}`;
/** @example matchId(0) // 'm-0000001' */
export const matchId = (n: number): string => `m-${String(n + 1).padStart(7, '0')}`;
/** @example sessionId(0) // 's-000001' */
export const sessionId = (n: number): string => `s-${String(n + 1).padStart(6, '0')}`;
/** @example findingId(0) // 'f-00001' */
export const findingId = (n: number): string => `f-${String(n + 1).padStart(5, '0')}`;
