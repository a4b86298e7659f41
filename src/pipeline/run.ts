import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { buildFolders, swapInto } from './atomic.ts';
import { writeMarker } from './build-marker.ts';
import { buildMessages } from './messages.ts';
import type { BuildOptions } from './options.ts';
import { checkOutFolder } from './out-guard.ts';
import { createProgress } from './progress.ts';
import { prepareData } from './prepare-data.ts';
import { buildSearchIndex } from './search-index.ts';
import { cleanStale } from './stale.ts';
import { formatNumber } from '../core/format/number.ts';
import type { Lang } from '../i18n/routes.ts';

export const GENERATED_DIR = '.generated';

/** Exit codes of the build: 0 built, 1 invalid data, 2 unusable invocation or a failed build. */
export type BuildOutcome = 0 | 1 | 2;

/**
 * On Ctrl-C or a `kill`, removes this build's temporary folders and, when the interruption came
 * between the two renames of the swap, puts the previous site back. Returns the uninstaller.
 */
function cleanUpOnSignal(
  folders: ReturnType<typeof buildFolders>,
  out: string,
  message: string,
): () => void {
  const handler = (signal: NodeJS.Signals) => {
    if (existsSync(folders.previous)) {
      if (existsSync(out)) rmSync(folders.previous, { recursive: true, force: true });
      else renameSync(folders.previous, out);
    }
    rmSync(folders.work, { recursive: true, force: true });
    console.error(message);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/**
 * validate → statistics → Astro → search index → swap into the output folder.
 * Everything is built in a staging folder beside the output folder; the output folder changes
 * only when all succeeded, and only when it is one the build may replace (see out-guard.ts).
 */
export async function runBuild(
  options: BuildOptions,
  lang: Lang,
  root: string,
): Promise<BuildOutcome> {
  const say = buildMessages[lang];
  const progress = createProgress(lang);
  const dataDir = resolve(root, options.data);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    console.error(say.noData(options.data));
    return 2;
  }
  const out = resolve(root, options.out);
  if (!options.prepareOnly) {
    const problem = checkOutFolder({ out, data: dataDir, root });
    if (problem) {
      console.error(say[problem](options.out));
      return 2;
    }
  }
  cleanStale(out, root);
  const started = performance.now();
  // Each build prepares its own data folder, so concurrent builds (tests, a dev server) never
  // read each other's numbers; `--prepare-only` (npm run dev) writes the shared `.generated/`.
  const folders = buildFolders(out);
  const generatedDir = options.prepareOnly ? resolve(root, GENERATED_DIR) : folders.generated;
  const uninstall = cleanUpOnSignal(folders, out, say.interrupted(options.out));
  try {
    let done = progress.stage(say.stageValidate);
    const count = (n: number) => formatNumber(lang, n);
    const prepared = await prepareData({
      dataDir,
      k: options.k,
      lang,
      generatedDir,
      progress: {
        reading: (file, bytes) =>
          progress.line(say.reading(file, formatNumber(lang, bytes / 1048576, { decimals: 1 }))),
        validated: () => {
          done();
          done = () => {};
        },
        publishing: () => {
          done = progress.stage(say.stagePublish);
        },
        checked: (checked, total) => progress.line(say.checked(count(checked), count(total))),
      },
    });
    done();
    if (!prepared.ok) {
      console.error(say.invalidData);
      return 1;
    }
    if (options.prepareOnly) return 0;

    done = progress.stage(say.stageAstro);
    await mkdir(folders.site, { recursive: true });
    process.env.PORTAL_BASE = options.base;
    if (options.site) process.env.PORTAL_SITE = options.site;
    process.env.PORTAL_OUT_DIR = folders.site;
    process.env.PORTAL_GENERATED = generatedDir;
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    await astroBuild({ root, logLevel: 'warn' });
    await prepared.writeDownloads(folders.site);
    await writeMarker(folders.site);
    done();

    done = progress.stage(say.stageSearch);
    const pages = await buildSearchIndex(folders.site);
    done();

    done = progress.stage(`${say.stageSwap} ${options.out}`);
    await swapInto(folders.site, out, folders.previous);
    done();
    const seconds = formatNumber(lang, (performance.now() - started) / 1000, { decimals: 1 });
    console.log(say.done(pages, seconds, options.out));
    return 0;
  } catch (error) {
    progress.clear();
    console.error(error instanceof Error ? error.message : String(error));
    console.error(say.failed(options.out));
    return 2;
  } finally {
    uninstall();
    await rm(folders.work, { recursive: true, force: true });
  }
}
