import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { datasetDownloads } from '../core/figures/publish-dataset.ts';
import { matchProvince } from '../core/geo/provinces.ts';
import { createStatsCollector } from '../core/stats/index.ts';
import type { Lang } from '../i18n/routes.ts';
import { formatReport } from '../node/format-report.ts';
import { publishDatasetInWorkers } from '../node/publish-in-workers.ts';
import { validateFolder } from '../node/validate-folder.ts';
import type { SiteData } from '../data/site-data.ts';
import { buildMessages } from './messages.ts';
import { publishedTemplates } from './templates.ts';

export interface PrepareInput {
  dataDir: string;
  k: number;
  lang: Lang;
  generatedDir: string;
  progress?: PrepareProgress;
}

/** What a person watching the build is told while the data is prepared (see run.ts). */
export interface PrepareProgress {
  /** Characters read so far of the file being validated. */
  reading(file: string, bytes: number): void;
  /** Validation is over (before its report, if any, is printed). */
  validated(): void;
  /** Validation passed: publishing under disclosure control starts. */
  publishing(): void;
  /** Outcome rows whose reconstruction check is done, of `total`. */
  checked(done: number, total: number): void;
}

export type Prepared = { ok: true; writeDownloads(siteDir: string): Promise<void> } | { ok: false };

/**
 * Validates the dataset and computes its statistics in the same streaming pass, applies
 * disclosure control, and writes the data the pages import. Invalid data prints the validation
 * report (in the user's language) and publishes nothing.
 */
export async function prepareData(input: PrepareInput): Promise<Prepared> {
  const collector = createStatsCollector();
  const progress = input.progress;
  const report = await validateFolder(input.dataDir, {
    sink: collector,
    ...(progress ? { onProgress: ({ file, bytes }) => progress.reading(file, bytes) } : {}),
  });
  progress?.validated();
  if (!report.ok) {
    process.stderr.write(formatReport(report, input.lang));
    return { ok: false };
  }
  progress?.publishing();
  const stats = await publishDatasetInWorkers(collector, {
    k: input.k,
    ...(progress ? { onProgress: progress.checked } : {}),
    ...(report.meta.as_of ? { asOf: report.meta.as_of } : {}),
  });
  // The province map and provinces.csv need every school in one of the 81 provinces.
  const unknown = [...new Set(stats.schools.map((s) => s.province))].filter(
    (name) => !matchProvince(name),
  );
  if (unknown.length > 0) {
    for (const name of unknown)
      process.stderr.write(`${buildMessages[input.lang].unknownProvince(name)}\n`);
    return { ok: false };
  }
  const downloads = datasetDownloads(stats, report.meta);
  const templates = publishedTemplates();
  const data: SiteData = {
    meta: report.meta,
    stats,
    downloads: [...downloads.keys()],
    templates: templates.map((t) => t.path),
  };
  await mkdir(input.generatedDir, { recursive: true });
  await writeFile(join(input.generatedDir, 'site.json'), JSON.stringify(data));
  return {
    ok: true,
    async writeDownloads(siteDir) {
      const files = [...downloads, ...templates.map((t) => [t.path, t.content] as const)];
      for (const [path, content] of files) {
        const target = join(siteDir, path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    },
  };
}
