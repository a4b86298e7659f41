import { describe, expect, it } from 'vitest';
import { monthTicks } from '../../../src/core/charts/month-ticks.ts';

function months(from: string, count: number): string[] {
  const [y, m] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const n = y * 12 + m - 1 + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

describe('monthTicks(months, lang, spacing)', () => {
  it('labels every month when there is room, with Turkish month names', () => {
    const ticks = monthTicks(months('2024-01', 3), 'tr', 200);
    expect(ticks.map((t) => t.label)).toEqual(['Oca 2024', 'Şub 2024', 'Mar 2024']);
  });

  it('falls back to calendar quarters when months are closer', () => {
    const ticks = monthTicks(months('2023-11', 8), 'en', 45);
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2024', 'Apr 2024']);
  });

  it('labels years only for long series, at each January', () => {
    const ticks = monthTicks(months('2023-09', 28), 'tr', 17);
    expect(ticks).toEqual([
      { index: 4, label: '2024' },
      { index: 16, label: '2025' },
    ]);
  });

  it('uses round years for a ten-year series', () => {
    const labels = monthTicks(months('2025-01', 120), 'en', 4).map((t) => t.label);
    expect(labels.length).toBeLessThanOrEqual(6);
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  });

  it('labels the first month of a short series that holds no tick month', () => {
    expect(monthTicks(months('2024-05', 2), 'en', 10)).toEqual([{ index: 0, label: 'May 2024' }]);
  });
});
