import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  validateDataset,
  type ValidateOptions,
  type ValidationReport,
} from '../core/validate/index.ts';
import type { StatsCollector } from '../core/stats/collector.ts';
import { folderFiles, UnusableFileError } from './folder-files.ts';

export { UnusableFileError } from './folder-files.ts';
import { surveyDelegate, type SurveyPassKind } from './survey-delegate.ts';

/** Why a folder could not be validated at all (the CLI's exit code 2). */
export class UnreadableFolderError extends Error {
  readonly reason: 'missing' | 'not-a-folder' | 'unreadable';
  constructor(reason: 'missing' | 'not-a-folder' | 'unreadable') {
    super(`dataset folder ${reason}`);
    this.reason = reason;
  }
}

export interface ValidateFolderOptions extends ValidateOptions {
  /**
   * Check `survey_responses.csv` in a worker thread, in parallel with the other tables: `auto`
   * (the default) does when the file is large and the sink, if any, is a statistics collector
   * (the only sink that can take the survey's results whole); `always` whenever it can.
   * The report and the statistics are the same either way.
   */
  workers?: 'auto' | 'always' | 'never';
  /**
   * With a worker: cut `survey_responses.csv` in two at a record boundary and check each part in
   * its own worker (`auto`, the default, for a file of `SPLIT_MIN_BYTES` or more). The result is
   * still the same: parts that cannot be joined exactly are checked again whole.
   */
  split?: 'auto' | 'always' | 'never';
  /** How survey_responses.csv was checked in workers (for tests and logs). */
  onSurveyPass?(kind: SurveyPassKind): void;
}

/** Below this size the worker's start-up costs more than it saves. */
const WORKER_MIN_BYTES = 16 * 1024 * 1024;
/** Below this size one worker finishes before the main thread does; two would not help. */
const SPLIT_MIN_BYTES = 64 * 1024 * 1024;

function isStatsCollector(sink: unknown): sink is StatsCollector {
  return typeof (sink as Partial<StatsCollector>).absorbSurvey === 'function';
}

/**
 * Validates a dataset folder on disk; the build and the CLI both call this.
 * @throws UnreadableFolderError when the folder is missing, not a folder, or cannot be read.
 * @throws UnusableFileError when a contract file's name is a folder, a pipe, a broken link or unreadable.
 * @example const report = await validateFolder('data', { sink });
 */
export async function validateFolder(
  folder: string,
  options: ValidateFolderOptions = {},
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
  } catch (error) {
    if (error instanceof UnusableFileError) throw error;
    throw new UnreadableFolderError('unreadable');
  }
  const nameOf = (file: string) => files.names.find((name) => name.toLowerCase() === file);
  const responses = nameOf('survey_responses.csv');
  const mode = options.workers ?? 'auto';
  const sinkFits = options.sink === undefined || isStatsCollector(options.sink);
  const size = files.sizes.get(responses ?? '') ?? 0;
  const large = size >= WORKER_MIN_BYTES;
  const splitMode = options.split ?? 'auto';
  const split = splitMode === 'always' || (splitMode === 'auto' && size >= SPLIT_MIN_BYTES);
  if (responses === undefined || !sinkFits || mode === 'never' || (mode === 'auto' && !large)) {
    return validateDataset(files, options);
  }
  const items = nameOf('survey_items.csv');
  const delegate = surveyDelegate({
    responsesPath: join(folder, responses),
    itemsPath: items === undefined ? undefined : join(folder, items),
    collector: options.sink as StatsCollector | undefined,
    ...(split ? { split: { size } } : {}),
    ...(options.onSurveyPass ? { onPass: options.onSurveyPass } : {}),
    ...(options.onProgress
      ? {
          onProgress: (bytes: number, rows: number) =>
            options.onProgress?.({ file: 'survey_responses.csv', bytes, rows }),
        }
      : {}),
  });
  try {
    return await validateDataset(files, { ...options, delegate });
  } finally {
    await delegate.close();
  }
}
