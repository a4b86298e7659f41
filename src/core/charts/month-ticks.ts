import type { Lang } from '../format/lang.ts';
import { formatMonth } from '../format/month.ts';
import { parseIsoMonth } from '../format/iso.ts';
import { textWidth } from './layout.ts';

/** Steps between labelled months, smallest first; from 12 up, labels show the year only. */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * Which months of a consecutive series get an axis label, and the label: the smallest step
 * (months on calendar quarters, years on round years) whose labels do not collide, given the
 * distance between two months on the axis.
 * @example monthTicks(['2023-01', …, '2023-12'], 'tr', 20) // [{ index: 0, label: 'Oca 2023' }, …]
 */
export function monthTicks(
  months: string[],
  lang: Lang,
  spacing: number,
): { index: number; label: string }[] {
  const parsed = months.map(parseIsoMonth);
  for (const step of STEPS) {
    const yearly = step >= 12;
    const label = (i: number): string =>
      yearly ? String(parsed[i]?.year) : formatMonth(lang, months[i] ?? '');
    const ticks = parsed.flatMap(({ year, month }, index) => {
      const onStep = yearly
        ? month === 1 && year % (step / 12) === 0
        : (year * 12 + month - 1) % step === 0;
      return onStep ? [{ index, label: label(index) }] : [];
    });
    const widest = Math.max(0, ...ticks.map((tick) => textWidth(tick.label)));
    if (step * spacing >= widest + 16 || step === STEPS[STEPS.length - 1]) {
      // A short series may fall between two steps: label its first month then.
      return ticks.length ? ticks : months.length ? [{ index: 0, label: label(0) }] : [];
    }
  }
  return [];
}
