import { existsSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { swapInto } from './atomic.ts';
import { buildMessages } from './messages.ts';
import type { BuildOptions } from './options.ts';
import { createProgress } from './progress.ts';
import { prepareData } from './prepare-data.ts';
import { buildSearchIndex } from './search-index.ts';
import type { Lang } from '../i18n/routes.ts';

export const GENERATED_DIR = '.generated';

/** Exit codes of the build: 0 built, 1 invalid data, 2 unusable invocation or a failed build. */
export type BuildOutcome = 0 | 1 | 2;

/**
 * validate → statistics → Astro → search index → swap into the output folder.
 * Everything is built in a staging folder; the output folder changes only when all succeeded.
 */
export async function runBuild(
  options: BuildOptions,
  lang: Lang,
  root: string,
): Promise<BuildOutcome> {
  const say = buildMessages[lang];
  const progress = createProgress();
  const dataDir = resolve(root, options.data);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    console.error(say.noData(options.data));
    return 2;
  }
  const started = performance.now();
  const staging = resolve(root, '.build', `staging-${process.pid}`);
  // Each build prepares its own data folder, so concurrent builds (tests, a dev server) never
  // read each other's numbers; `--prepare-only` (npm run dev) writes the shared `.generated/`.
  const generatedDir = options.prepareOnly
    ? resolve(root, GENERATED_DIR)
    : resolve(root, '.build', `generated-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    let done = progress.stage(say.stageValidate);
    const prepared = await prepareData({
      dataDir,
      k: options.k,
      lang,
      generatedDir,
    });
    done();
    if (!prepared.ok) {
      console.error(say.invalidData);
      return 1;
    }
    if (options.prepareOnly) return 0;

    done = progress.stage(say.stageAstro);
    process.env.PORTAL_BASE = options.base;
    if (options.site) process.env.PORTAL_SITE = options.site;
    process.env.PORTAL_OUT_DIR = staging;
    process.env.PORTAL_GENERATED = generatedDir;
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    await astroBuild({ root, logLevel: 'warn' });
    await prepared.writeDownloads(staging);
    done();

    done = progress.stage(say.stageSearch);
    const pages = await buildSearchIndex(staging);
    done();

    const out = resolve(root, options.out);
    done = progress.stage(`${say.stageSwap} ${options.out}`);
    await swapInto(staging, out);
    done();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(say.done(pages, lang === 'tr' ? seconds.replace('.', ',') : seconds, options.out));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(say.failed(options.out));
    return 2;
  } finally {
    await rm(staging, { recursive: true, force: true });
    if (!options.prepareOnly) await rm(generatedDir, { recursive: true, force: true });
  }
}
