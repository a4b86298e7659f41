import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from './site-data.ts';

let cached: SiteData | undefined;

/**
 * The prepared data of this build (read once at build time; pages never read the CSVs).
 * `PORTAL_GENERATED` is set by scripts/build.ts; `.generated/` is its default location.
 */
export function siteData(): SiteData {
  cached ??= JSON.parse(
    readFileSync(join(process.env.PORTAL_GENERATED ?? '.generated', 'site.json'), 'utf8'),
  ) as SiteData;
  return cached;
}
