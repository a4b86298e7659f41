import type { PublishedSchool } from '../../core/disclosure/index.ts';
import { slugify } from '../../core/format/index.ts';

/**
 * The CSS that filters the school index without JavaScript: one rule per option, hiding the
 * rows of other values while it is selected. Pages put it in the document head (a `<style>` in
 * the body is invalid HTML).
 */
export function schoolFilterCss(schools: readonly PublishedSchool[]): string {
  const provinces = [...new Set(schools.map((s) => s.province))].sort();
  const types = [...new Set(schools.map((s) => s.schoolType))].sort();
  const selectors = [
    ...provinces.map(
      (p) =>
        `.school-index:has(#school-province option[value="${slugify(p)}"]:checked) tbody tr:not([data-province="${slugify(p)}"])`,
    ),
    ...types.map(
      (type) =>
        `.school-index:has(#school-type option[value="${type}"]:checked) tbody tr:not([data-type="${type}"])`,
    ),
    '.school-index:has(#school-pilot:checked) tbody tr:not([data-pilot="true"])',
  ];
  return `${selectors.join(',\n')} { display: none; }`;
}
