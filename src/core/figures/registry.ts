/**
 * Every figure, in page order. Registering a figure here is all the wiring it needs: the build
 * derives its raw statistic, publishes it under disclosure control, writes its download (and
 * Data Package entry) and places it on its page in this order (see src/README.md, "Add a chart").
 */
import type { Figure } from './figure.ts';
import { retentionFigure } from './retention.ts';

export const FIGURES: readonly Figure[] = [retentionFigure];

/**
 * The registered figures of one page, in order.
 * @example figuresOf('programme').map((f) => f.key) // ['retention']
 */
export function figuresOf(page: Figure['page']): readonly Figure[] {
  return FIGURES.filter((figure) => figure.page === page);
}
