import { existsSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls publishing uses; tests pass their own to play another disk. */
export interface PublishFs {
  rename(from: string, to: string): Promise<void>;
  cp(from: string, to: string, options: { recursive: true; errorOnExist: true }): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
}

const nodeFs: PublishFs = { rename, cp, rm };

/**
 * The temporary folders of one build, beside its output folder (so on the same file system,
 * where a rename is one step): `.<name>.staging-<pid>/` holds the new site (`site/`) and the data
 * the pages import (`generated/`); `.<name>.previous-<pid>` is the old site while it is swapped.
 * @example buildFolders('/srv/www/dist', 42).site // '/srv/www/.dist.staging-42/site'
 */
export function buildFolders(target: string, pid: number = process.pid) {
  const parent = dirname(target);
  const name = basename(target);
  const work = join(parent, `.${name}.staging-${pid}`);
  return {
    work,
    site: join(work, 'site'),
    generated: join(work, 'generated'),
    previous: join(parent, `.${name}.previous-${pid}`),
  };
}

const isCrossDevice = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EXDEV';

/**
 * Moves a folder: a rename, or where the file system refuses one across devices (`EXDEV`, also
 * raised by overlay file systems for folders of a lower layer), a copy and then a removal.
 */
async function move(from: string, to: string, fs: PublishFs): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    if (!isCrossDevice(error)) throw error;
    try {
      await fs.cp(from, to, { recursive: true, errorOnExist: true });
    } catch (copyError) {
      await fs.rm(to, { recursive: true, force: true });
      throw copyError;
    }
    await fs.rm(from, { recursive: true, force: true });
  }
}

/**
 * Replaces `target` with the finished `staging` folder. The old folder is moved aside to
 * `previous` first and removed only after the new one is in place, so a reader never sees a
 * half-written site and a failure puts the old one back.
 */
export async function swapInto(
  staging: string,
  target: string,
  previous: string,
  fs: PublishFs = nodeFs,
): Promise<void> {
  await fs.rm(previous, { recursive: true, force: true });
  if (existsSync(target)) await move(target, previous, fs);
  try {
    await move(staging, target, fs);
  } catch (error) {
    if (existsSync(previous)) {
      await fs.rm(target, { recursive: true, force: true });
      await move(previous, target, fs);
    }
    throw error;
  }
  await fs.rm(previous, { recursive: true, force: true });
}
