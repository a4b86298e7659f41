import type { DatasetMeta } from '../schemas/dataset.ts';
import type { TableDef } from './table.ts';

const FIELD_TYPES = {
  text: 'string',
  month: 'yearmonth',
  count: 'integer',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
} as const;

/** A Frictionless resource name: lower case letters, digits and `-._/` only. */
export function resourceName(path: string): string {
  return path
    .replace(/\.csv$/, '')
    .toLowerCase()
    .replace(/[^-a-z0-9._/]/g, '-');
}

/**
 * The Frictionless (v1) Tabular Data Package descriptor of the downloads. English goes in the
 * standard `title`/`description`, Turkish in `title_tr`/`description_tr` (custom properties,
 * which the spec allows). `<k` (and `<0.001`) are declared missing values, so readers get null, not an error.
 */
export function dataPackage(
  meta: DatasetMeta,
  k: number,
  asOf: string | null,
  resources: readonly {
    path: string;
    def: Pick<TableDef<never>, 'title' | 'description' | 'fields'>;
    programmeId?: string;
  }[],
): object {
  return {
    profile: 'tabular-data-package',
    name: 'mentoring-programme-statistics',
    title: meta.title_en ?? 'Mentoring programme statistics',
    title_tr: meta.title_tr ?? 'Mentorluk programı istatistikleri',
    description:
      `Aggregate statistics, disclosure-controlled with k = ${k}: counts of people under ${k} ` +
      `are shown as <${k}, and statistics from fewer than ${k} people are left blank.`,
    description_tr:
      `Toplu istatistikler, k = ${k} ile gizlilik korumalı: ${k} kişiden az sayılar <${k} ` +
      `olarak gösterilir, ${k} kişiden az kişiden hesaplanan istatistikler boş bırakılır.`,
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    // The id is checked against the SPDX list (core/schemas/licence.ts) and still escaped here.
    licenses: [
      {
        name: meta.licence,
        path: `https://spdx.org/licenses/${encodeURIComponent(meta.licence)}.html`,
      },
    ],
    as_of: asOf,
    synthetic: meta.synthetic,
    k,
    resources: resources.map(({ path, def, programmeId }) => ({
      profile: 'tabular-data-resource',
      name: resourceName(path),
      path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: programmeId ? `${def.title.en} (${programmeId})` : def.title.en,
      title_tr: programmeId ? `${def.title.tr} (${programmeId})` : def.title.tr,
      description: def.description.en,
      description_tr: def.description.tr,
      schema: {
        fields: def.fields.map((field) => ({
          name: field.name,
          type: FIELD_TYPES[field.kind],
          title: field.title.en,
          title_tr: field.title.tr,
          description: field.description.en,
          description_tr: field.description.tr,
        })),
        // `<0.001`: a p-value published only as under 0.001.
        missingValues: ['', `<${k}`, '<0.001'],
      },
    })),
  };
}
