import type { DatasetStats, PublishedProgramme } from '../disclosure/published-types.ts';
import type { DatasetMeta } from '../schemas/dataset.ts';
import { csvDocument } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { programmeTables } from './programme-tables.ts';
import { DATASET_TABLES_FIRST, DATASET_TABLES_LAST, type TableDef } from './resources.ts';

/**
 * Every published download as text, keyed by its path under the site's base
 * (`downloads/…`), with `downloads/datapackage.json` describing them. Each programme gets
 * every table (header only where it does not apply, e.g. retention for one-to-one), so the
 * paths stay stable. `figures`: the registered figures' tables (src/core/figures/registry.ts).
 * @example buildDownloads(stats, meta).get('downloads/programmes.csv')
 */
export function buildDownloads(
  stats: DatasetStats,
  meta: DatasetMeta,
  figures: readonly TableDef<PublishedProgramme>[] = [],
): Map<string, string> {
  const files = new Map<string, string>();
  const described: { path: string; def: TableDef<never>; programmeId?: string }[] = [];
  const add = <S>(def: TableDef<S>, source: S, programmeId?: string) => {
    const path = programmeId ? def.path.replace('{programme}', programmeId) : def.path;
    files.set(
      `downloads/${path}`,
      csvDocument(
        def.fields.map((field) => field.name),
        def.cells(source),
      ),
    );
    described.push({ path, def, ...(programmeId ? { programmeId } : {}) });
  };

  for (const def of DATASET_TABLES_FIRST) add(def, stats);
  const perProgramme = programmeTables(figures);
  for (const p of stats.programmes) {
    for (const def of perProgramme) add(def, p, p.programmeId);
  }
  for (const def of DATASET_TABLES_LAST) add(def, stats);
  files.set(
    'downloads/datapackage.json',
    `${JSON.stringify(dataPackage(meta, stats.k, stats.asOf, described), null, 2)}\n`,
  );
  return files;
}
