/**
 * One check at a time in a Web Worker: starts it, shows its progress, renders its report and JSON
 * download, and cancels it by replacing the worker (the only way to stop a read in progress).
 */
import type { ValidatorElements } from './elements.ts';
import type { CheckRequest, DoneMessage, ProgressMessage, WorkerMessage } from './protocol.ts';
import { renderPreview } from './render-preview.ts';
import { renderProblems } from './render-problems.ts';
import { renderSummary, renderVerdict } from './render-summary.ts';
import { reportJsonText } from './report-json.ts';
import type { Text } from './text.ts';

export interface CheckSession {
  /** Checks these files, unless a check is running; no files at all is said in the status line. */
  start(files: File[]): void;
  cancel(): void;
}

function spawn(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Creates the worker now (when the page loads, so checking itself makes no request) and returns
 * the page's handle on it.
 * @example createCheckSession(elements, x, 10).start([...input.files])
 */
export function createCheckSession(els: ValidatorElements, x: Text, k: number): CheckSession {
  let worker: Worker;
  let busy = false;
  let reportUrl: string | undefined;

  const setBusy = (value: boolean) => {
    busy = value;
    els.running.hidden = !value;
    for (const input of [els.filesInput, els.folderInput, els.strict]) input.disabled = value;
  };

  const onMessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') return showProgress(els, message, x);
    setBusy(false);
    if (message.type === 'failed') {
      els.status.textContent = x.t('validator.failed');
      return;
    }
    els.status.textContent = '';
    if (reportUrl) URL.revokeObjectURL(reportUrl);
    reportUrl = URL.createObjectURL(
      new Blob([reportJsonText(message.report)], { type: 'application/json' }),
    );
    els.download.href = reportUrl;
    showReport(els, message, x);
  };

  const renew = () => {
    worker = spawn();
    worker.onmessage = onMessage;
    worker.onerror = () => {
      setBusy(false);
      els.status.textContent = x.t('validator.failed');
    };
  };
  renew();

  return {
    start(files) {
      if (busy) return;
      if (files.length === 0) {
        els.status.textContent = x.t('validator.noFiles');
        return;
      }
      els.reportBox.hidden = true;
      els.reportBody.replaceChildren();
      els.bar.removeAttribute('value');
      els.progressText.textContent = x.t('validator.starting');
      els.status.textContent = x.t('validator.starting');
      setBusy(true);
      const request: CheckRequest = { type: 'check', files, k, strict: els.strict.checked };
      worker.postMessage(request);
    },
    cancel() {
      worker.terminate();
      renew();
      setBusy(false);
      els.status.textContent = x.t('validator.cancelled');
    },
  };
}

function showProgress(els: ValidatorElements, message: ProgressMessage, x: Text): void {
  els.bar.max = Math.max(1, message.total);
  els.bar.value = Math.min(message.done, els.bar.max);
  els.progressText.textContent = x.t('validator.progress', {
    rows: x.n(message.rows),
    file: message.file,
  });
}

function showReport(els: ValidatorElements, message: DoneMessage, x: Text): void {
  els.reportBody.replaceChildren(
    renderVerdict(message.report, x),
    els.downloadLine,
    renderSummary(message.report, x),
    renderProblems(message.report, x) ?? '',
    message.stats ? renderPreview(message.stats, x) : '',
  );
  els.reportBox.hidden = false;
  els.reportHeading.focus();
}
