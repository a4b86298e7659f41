import { scaleLinear, type ScaleLinear } from 'd3';

/**
 * A y scale from 0 to a rounded maximum with about `count` ticks, integers only when the data
 * are counts (no "2.5 pairs").
 */
export function countScale(
  maximum: number,
  range: [number, number],
  count: number,
): { scale: ScaleLinear<number, number>; ticks: number[] } {
  const scale = scaleLinear()
    .domain([0, Math.max(maximum, 1)])
    .range(range)
    .nice(count);
  const ticks = scale.ticks(count).filter(Number.isInteger);
  return { scale, ticks };
}
