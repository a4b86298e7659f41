import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { hasMarker, looksLikeEarlierBuild } from './build-marker.ts';

/** Folders of the project that `--out` may never be, be inside of, or contain. */
export const PROTECTED_FOLDERS = [
  'src',
  'content',
  'data',
  'scripts',
  'test',
  'public',
  'node_modules',
  '.git',
] as const;

export type OutProblem =
  'outIsData' | 'outHoldsData' | 'outProtected' | 'outNotFolder' | 'outMountPoint' | 'outNotOurs';

/**
 * The real path of a folder that may not exist yet: symbolic links in the part that exists are
 * followed, so `--out link-to-data` is seen for what it is.
 */
export function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return join(realPath(parent), basename(absolute));
}

/** Whether `inner` is `outer` or inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/**
 * Whether the build may replace `out` with a new site, checked before any work. It may when the
 * folder does not exist, is empty, holds the build's marker, or is a site from an earlier build
 * (see `looksLikeEarlierBuild`); never when it is, holds or lies in the data folder, the project
 * folder or one of its source folders.
 * @returns the problem, or undefined when the folder may be replaced.
 */
export function checkOutFolder(input: {
  out: string;
  data: string;
  root: string;
}): OutProblem | undefined {
  const out = realPath(input.out);
  const data = realPath(input.data);
  const root = realPath(input.root);
  if (isWithin(out, data)) return 'outIsData';
  if (isWithin(root, out)) return 'outProtected';
  if (isWithin(data, out)) return 'outHoldsData';
  if (PROTECTED_FOLDERS.some((name) => isWithin(out, join(root, name)))) return 'outProtected';
  const given = resolve(input.out);
  const stat = lstatSafe(given);
  if (!stat) return undefined;
  // A link is refused too: replacing it would swap the link for a folder, which no one expects.
  if (stat.isSymbolicLink() || !stat.isDirectory()) return 'outNotFolder';
  // The top folder of a disk cannot be renamed (EBUSY), so it cannot be swapped in one step.
  if (stat.dev !== statSync(dirname(given)).dev) return 'outMountPoint';
  if (readdirSync(given).length === 0) return undefined;
  if (hasMarker(given) || looksLikeEarlierBuild(given)) return undefined;
  return 'outNotOurs';
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
