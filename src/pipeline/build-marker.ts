import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The file every build writes into the root of its output folder. A later build replaces a
 * folder only when it holds this file (or is empty, or is a site from before the marker existed,
 * see `looksLikeEarlierBuild`), so `--out` can never wipe a folder of someone's own files.
 * A dotfile: static hosts and the site's gates ignore it, and its text is the same on every
 * build, so rebuilds stay byte-identical.
 */
export const MARKER_NAME = '.mentoring-portal-build';

const MARKER_TEXT =
  'This folder was made by the Mentoring Portal build (npm run build). The next build replaces\n' +
  'the whole folder: files added here by hand are lost.\n' +
  'Bu klasörü Mentorluk Portalı derlemesi (npm run build) oluşturdu. Sonraki derleme klasörün\n' +
  'tamamını değiştirir: buraya elle eklenen dosyalar silinir.\n';

export async function writeMarker(siteDir: string): Promise<void> {
  await writeFile(join(siteDir, MARKER_NAME), MARKER_TEXT);
}

/** Whether a folder holds the marker of a build. */
export function hasMarker(dir: string): boolean {
  const marker = join(dir, MARKER_NAME);
  return existsSync(marker) && statSync(marker).isFile();
}

/**
 * Whether a folder without the marker is a site an earlier build made before builds wrote one:
 * it holds the three things every build has made (`index.html`, `downloads/datapackage.json`
 * and Astro's `_astro/` folder). This keeps `npm run build` working over an existing `dist/`.
 */
export function looksLikeEarlierBuild(dir: string): boolean {
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
  const assets = join(dir, '_astro');
  return (
    isFile(join(dir, 'index.html')) &&
    isFile(join(dir, 'downloads', 'datapackage.json')) &&
    existsSync(assets) &&
    statSync(assets).isDirectory()
  );
}
