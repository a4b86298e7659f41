import type { Lang } from '../format/lang.ts';

/** What every chart needs: a unique id prefix, the language and its accessible name. */
export interface ChartOptions {
  /** Prefix of every id in the SVG (`<id>-title`, `<id>-desc`, …); unique on the page. */
  id: string;
  lang: Lang;
  /** Accessible name (`<title>`), usually the figure's title. */
  title: string;
  /** Accessible description (`<desc>`): what the chart shows and its main finding. */
  description: string;
}

/** Ids go into `url(#…)` and aria attributes unescaped, so they must be plain tokens. */
export function assertChartId(id: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) {
    throw new Error(`Chart id must be letters, digits, - or _ and start with a letter: ${id}`);
  }
}
