import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Whether a process with this id is running (a folder named for it may still be in use). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs under another user, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Entries of `dir` named `<prefix><pid>` whose process no longer runs. */
function deadEntries(dir: string, prefix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => {
      if (!name.startsWith(prefix)) return false;
      const pid = name.slice(prefix.length);
      return /^[0-9]+$/.test(pid) && !isRunning(Number(pid));
    })
    .map((name) => join(dir, name));
}

/**
 * Removes what interrupted builds left behind (they hold computed statistics), without touching
 * the folders of builds still running:
 * - beside the output folder, `.<name>.staging-<pid>` (a half-built site and its data) and
 *   `.<name>.previous-<pid>` (the old site, moved aside while it was swapped: put back when the
 *   output folder is missing, so the previous site survives an interruption at any moment);
 * - in the project's `.build/`, `staging-<pid>` and `generated-<pid>` of earlier versions.
 * @returns the paths removed or restored.
 */
export function cleanStale(target: string, root: string): string[] {
  const parent = dirname(target);
  const name = basename(target);
  const touched: string[] = [];
  for (const previous of deadEntries(parent, `.${name}.previous-`)) {
    if (existsSync(target)) rmSync(previous, { recursive: true, force: true });
    else renameSync(previous, target);
    touched.push(previous);
  }
  const scratch = join(root, '.build');
  const stale = [
    ...deadEntries(parent, `.${name}.staging-`),
    ...deadEntries(scratch, 'staging-'),
    ...deadEntries(scratch, 'generated-'),
  ];
  for (const path of stale) {
    rmSync(path, { recursive: true, force: true });
    touched.push(path);
  }
  return touched;
}
