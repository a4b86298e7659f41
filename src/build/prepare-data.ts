import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetMeta } from '../core/schemas/index.ts';
import type { Lang } from '../i18n/routes.ts';

export interface PrepareInput {
  dataDir: string;
  k: number;
  lang: Lang;
  generatedDir: string;
}

export type Prepared = { ok: true; writeDownloads(siteDir: string): Promise<void> } | { ok: false };

/** Validates the dataset, computes statistics and writes the data the pages import. */
export async function prepareData(input: PrepareInput): Promise<Prepared> {
  const metaPath = join(input.dataDir, 'dataset.json');
  const meta = datasetMeta.parse(
    existsSync(metaPath) ? JSON.parse(await readFile(metaPath, 'utf8')) : {},
  );
  await mkdir(input.generatedDir, { recursive: true });
  await writeFile(join(input.generatedDir, 'site.json'), JSON.stringify({ meta }, null, 1));
  return { ok: true, writeDownloads: async () => {} };
}
