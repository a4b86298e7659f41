/**
 * The validator page's script: takes files from the inputs or a drop, runs the check in a Web
 * Worker (created when the page loads, so checking itself makes no request), shows progress,
 * and renders the report, its JSON download and the published preview in the page's language.
 */
import { droppedFiles } from './dropped-files.ts';
import type { CheckRequest, WorkerMessage } from './protocol.ts';
import { renderPreview } from './render-preview.ts';
import { renderProblems } from './render-problems.ts';
import { renderSummary, renderVerdict } from './render-summary.ts';
import { reportJsonText } from './report-json.ts';
import type { ClientStrings } from './strings.ts';
import { makeText, type Text } from './text.ts';

function spawn(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/** Wires the validator found in the page (`[data-validator]`); does nothing without it. */
export function startValidator(): void {
  const root = document.querySelector<HTMLElement>('[data-validator]');
  const stringsJson = document.getElementById('validator-strings')?.textContent;
  if (!root || !stringsJson) return;
  const q = <E extends Element>(selector: string) => root.querySelector<E>(selector) as E;
  const x = makeText(JSON.parse(stringsJson) as ClientStrings);
  const k = Number(root.dataset.k);
  const form = q<HTMLElement>('[data-form]');
  const filesInput = q<HTMLInputElement>('[data-files]');
  const folderInput = q<HTMLInputElement>('[data-folder]');
  const strict = q<HTMLInputElement>('[data-strict]');
  const drop = q<HTMLElement>('[data-drop]');
  const running = q<HTMLElement>('[data-running]');
  const bar = q<HTMLProgressElement>('progress');
  const progressText = q<HTMLElement>('[data-progress-text]');
  const status = q<HTMLElement>('[data-status]');
  const reportBox = q<HTMLElement>('[data-report]');
  const reportBody = q<HTMLElement>('[data-report-body]');
  const download = q<HTMLAnchorElement>('[data-download]');
  const downloadLine = download.parentElement as HTMLElement;

  q<HTMLElement>('[data-no-js]').hidden = true;
  form.hidden = false;
  folderInput.webkitdirectory = true;

  let worker = spawn();
  let busy = false;
  let reportUrl: string | undefined;

  const setBusy = (value: boolean) => {
    busy = value;
    running.hidden = !value;
    for (const input of [filesInput, folderInput, strict]) input.disabled = value;
  };

  const onMessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') {
      bar.max = Math.max(1, message.total);
      bar.value = Math.min(message.done, bar.max);
      progressText.textContent = x.t('validator.progress', {
        rows: x.n(message.rows),
        file: message.file,
      });
      return;
    }
    setBusy(false);
    if (message.type === 'failed') {
      status.textContent = x.t('validator.failed');
      return;
    }
    status.textContent = '';
    if (reportUrl) URL.revokeObjectURL(reportUrl);
    reportUrl = URL.createObjectURL(
      new Blob([reportJsonText(message.report)], { type: 'application/json' }),
    );
    download.href = reportUrl;
    showReport(reportBody, message, downloadLine, x);
    reportBox.hidden = false;
    q<HTMLElement>('#validator-report').focus();
  };

  const listen = (w: Worker) => {
    w.onmessage = onMessage;
    w.onerror = () => {
      setBusy(false);
      status.textContent = x.t('validator.failed');
    };
  };
  listen(worker);

  const start = (files: File[]) => {
    if (busy) return;
    if (files.length === 0) {
      status.textContent = x.t('validator.noFiles');
      return;
    }
    reportBox.hidden = true;
    reportBody.replaceChildren();
    bar.removeAttribute('value');
    progressText.textContent = x.t('validator.starting');
    status.textContent = x.t('validator.starting');
    setBusy(true);
    const request: CheckRequest = { type: 'check', files, k, strict: strict.checked };
    worker.postMessage(request);
  };

  for (const input of [filesInput, folderInput]) {
    input.addEventListener('change', () => {
      start([...(input.files ?? [])]);
      // Choosing the same files again must start a new check.
      input.value = '';
    });
  }
  q<HTMLButtonElement>('[data-cancel]').addEventListener('click', () => {
    // Stopping the worker is the only way to stop a read in progress; a fresh one takes over.
    worker.terminate();
    worker = spawn();
    listen(worker);
    setBusy(false);
    status.textContent = x.t('validator.cancelled');
  });
  // A file dropped beside the box would make the browser open it in place of the page.
  for (const type of ['dragover', 'drop']) window.addEventListener(type, (e) => e.preventDefault());
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    if (event.dataTransfer) droppedFiles(event.dataTransfer).then(start, () => start([]));
  });
}

function showReport(
  body: HTMLElement,
  message: Extract<WorkerMessage, { type: 'done' }>,
  download: HTMLElement,
  x: Text,
): void {
  body.replaceChildren(
    renderVerdict(message.report, x),
    download,
    renderSummary(message.report, x),
    renderProblems(message.report, x) ?? '',
    message.stats ? renderPreview(message.stats, x) : '',
  );
}
