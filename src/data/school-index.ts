import type { PublishedSchool } from '../core/disclosure/index.ts';
import { compare, slugify } from '../core/format/index.ts';

/**
 * Above this many schools the index lists provinces, each with its own page, so no page carries
 * a national table of thousands of rows (≈ 9 MB of HTML for 12,000 schools).
 */
export const SCHOOL_INDEX_LIMIT = 500;

export interface ProvinceGroup {
  province: string;
  /** `istanbul` for İstanbul; never clashes with a school slug, which adds the school's name. */
  slug: string;
  schools: PublishedSchool[];
}

/** Whether the school index is split into province pages. */
export function splitByProvince(schools: readonly PublishedSchool[]): boolean {
  return schools.length > SCHOOL_INDEX_LIMIT;
}

/** Schools grouped by province, provinces in Turkish alphabetical order. */
export function provinceGroups(schools: readonly PublishedSchool[]): ProvinceGroup[] {
  const groups = new Map<string, PublishedSchool[]>();
  for (const school of schools) {
    const list = groups.get(school.province) ?? [];
    list.push(school);
    groups.set(school.province, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compare('tr')(a, b))
    .map(([province, list]) => ({ province, slug: `il-${slugify(province)}`, schools: list }));
}
