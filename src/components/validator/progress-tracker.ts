/** Running totals over a dataset's files, as the worker reports them to the page. */
export interface ProgressUpdate {
  file: string;
  /** Characters read of all files so far (about their bytes: a bar against the total size). */
  done: number;
  /** Data rows read of all files so far. */
  rows: number;
}

/**
 * Turns the engine's per-file progress into totals over the dataset, and passes them on at most
 * every `interval` ms (a message per chunk would flood the page on a large file).
 * @example const tracker = createProgressTracker(files.size, post); validateDataset(files, { onProgress: tracker.update });
 */
export function createProgressTracker(
  sizeOf: (file: string) => number,
  post: (update: ProgressUpdate) => void,
  interval = 100,
  now: () => number = () => Date.now(),
): { update(progress: { file: string; bytes: number; rows: number }): void } {
  let current = '';
  let currentRows = 0;
  let doneBefore = 0;
  let rowsBefore = 0;
  let last = -Infinity;
  return {
    update({ file, bytes, rows }) {
      if (file !== current) {
        // The previous file is finished: count all of it.
        if (current !== '') {
          doneBefore += sizeOf(current);
          rowsBefore += currentRows;
        }
        current = file;
      }
      currentRows = rows;
      const time = now();
      if (time - last < interval) return;
      last = time;
      post({
        file,
        done: doneBefore + Math.min(bytes, sizeOf(file)),
        rows: rowsBefore + rows,
      });
    },
  };
}
