/**
 * The validator's Web Worker: runs the same engine as `npm run validate` on the chosen files,
 * read as streams (`File.stream()`), so a large export neither blocks the page nor sits whole in
 * memory. Posts progress, then the report and, for a valid dataset, the disclosure-controlled
 * statistics. Imports single modules, not barrels, to keep the bundle small.
 */
import { TABLES } from '../../core/schemas/tables.ts';
import { reportForPage } from './report-for-page.ts';
import { publishCollected } from '../../core/disclosure/publish-collected.ts';
import { createStatsCollector } from '../../core/stats/collector.ts';
import { validateDataset } from '../../core/validate/engine.ts';
import { datasetFilesOf } from './file-set.ts';
import type { CheckRequest, WorkerMessage } from './protocol.ts';
import { createProgressTracker } from './progress-tracker.ts';

/** The part of a dedicated worker's global scope used here (the project's TS lib is the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

async function check(request: CheckRequest): Promise<WorkerMessage> {
  const files = datasetFilesOf(request.files);
  const collector = createStatsCollector();
  const total = TABLES.reduce((sum, table) => sum + files.size(table.file), 0);
  const progress = createProgressTracker(files.size, (update) =>
    scope.postMessage({ type: 'progress', total, ...update }),
  );
  const report = await validateDataset(files, {
    strict: request.strict,
    sink: collector,
    onProgress: progress.update,
  });
  const asOf = report.meta.as_of;
  const stats = report.ok
    ? publishCollected(collector, { k: request.k, ...(asOf ? { asOf } : {}) })
    : null;
  return { type: 'done', report: reportForPage(report), stats };
}

scope.onmessage = (event) => {
  check(event.data).then(
    (message) => scope.postMessage(message),
    // Bad data never throws; this is the browser failing to read a file (moved, or too big).
    () => scope.postMessage({ type: 'failed' }),
  );
};
