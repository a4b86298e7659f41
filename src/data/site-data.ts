/**
 * The shape of the prepared data that the build writes to `.generated/site.json` and the Astro
 * pages read. Only disclosure-controlled aggregates and public metadata: never a row.
 */
import type { DatasetStats } from '../core/disclosure/index.ts';
import type { DatasetMeta } from '../core/schemas/index.ts';

export interface SiteData {
  meta: DatasetMeta;
  stats: DatasetStats;
  /** Site-relative paths of every published download (CSV and datapackage.json). */
  downloads: string[];
  /** Site-relative paths of the CSV templates and the data dictionary. */
  templates: string[];
}
