import { describe, expect, it } from 'vitest';
import { auditSums, type AuditCell } from '../../../src/core/disclosure/interval-audit.ts';

describe('auditSums', () => {
  it('narrows a <10 cell through an inequality (attended ≤ matched = 6) without pinning it', () => {
    const cells: AuditCell[] = [
      { lo: 0, hi: 9 },
      { lo: 6, hi: 6 },
    ];
    expect(auditSums(cells, [], [{ lower: 0, upper: 1 }])).toEqual([1]);
    expect(cells[0]).toEqual({ lo: 0, hi: 6 });
  });

  it('recovers a <10 withdrawn count from the status partition when completed = registered', () => {
    // active (≥ 0, never published) + completed 24 + withdrawn (<10) = registered 24
    const cells: AuditCell[] = [
      { lo: 0, hi: Infinity },
      { lo: 24, hi: 24 },
      { lo: 0, hi: 9 },
      { lo: 24, hi: 24 },
    ];
    expect(auditSums(cells, [{ parts: [0, 1, 2], total: 3 }])).toEqual([0, 1, 2, 3]);
  });

  it('uses structural facts: a last bucket ≥ 1 pins two <10 cells that add up to 1', () => {
    const cells: AuditCell[] = [
      { lo: 0, hi: 9 },
      { lo: 1, hi: 9 },
      { lo: 1, hi: 1 },
    ];
    expect(auditSums(cells, [{ parts: [0, 1], total: 2 }])).toEqual([0, 1, 2]);
    expect(cells.slice(0, 2)).toEqual([
      { lo: 0, hi: 0 },
      { lo: 1, hi: 1 },
    ]);
  });
});
