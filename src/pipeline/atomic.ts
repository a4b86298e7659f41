import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * Replaces `target` with the finished `staging` folder. The old folder is moved aside first and
 * removed only after the new one is in place, so a reader never sees a half-written site.
 */
export async function swapInto(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (existsSync(previous)) await rename(previous, target);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
