import { stat } from 'node:fs/promises';
import {
  validateDataset,
  type ValidateOptions,
  type ValidationReport,
} from '../core/validate/index.ts';
import { folderFiles } from './folder-files.ts';

/** Why a folder could not be validated at all (the CLI's exit code 2). */
export class UnreadableFolderError extends Error {
  readonly reason: 'missing' | 'not-a-folder' | 'unreadable';
  constructor(reason: 'missing' | 'not-a-folder' | 'unreadable') {
    super(`dataset folder ${reason}`);
    this.reason = reason;
  }
}

/**
 * Validates a dataset folder on disk; the build and the CLI both call this.
 * @throws UnreadableFolderError when the folder is missing, not a folder, or cannot be read.
 * @example const report = await validateFolder('data', { sink });
 */
export async function validateFolder(
  folder: string,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  let info;
  try {
    info = await stat(folder);
  } catch {
    throw new UnreadableFolderError('missing');
  }
  if (!info.isDirectory()) throw new UnreadableFolderError('not-a-folder');
  let files;
  try {
    files = await folderFiles(folder);
  } catch {
    throw new UnreadableFolderError('unreadable');
  }
  return validateDataset(files, options);
}
