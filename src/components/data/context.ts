import type { PublishedProgramme } from '../../core/disclosure/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { assetHref, href } from '../site/url.ts';

/** What every chart section of a programme dashboard needs. */
export interface ChartContext {
  lang: Lang;
  k: number;
  asOf: string | null;
  programme: PublishedProgramme;
}

/** The download of one of the programme's published tables, e.g. `funnel.csv`. */
export function downloadHref(programme: PublishedProgramme, file: string): string {
  return assetHref(`downloads/${programme.programmeId}/${file}`);
}

/** The methodology section that defines a statistic. */
export function methodologyHref(lang: Lang, anchor: string): string {
  return `${href(lang, { key: 'methodology' })}#def-${anchor}`;
}
