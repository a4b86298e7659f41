/**
 * The validator page's script: takes files from the inputs or a drop, runs the check in a Web
 * Worker (check-session.ts), shows progress, and renders the report, its JSON download and the
 * published preview in the page's language.
 */
import { createCheckSession, type CheckSession } from './check-session.ts';
import { droppedFiles } from './dropped-files.ts';
import { validatorElements, type ValidatorElements } from './elements.ts';
import type { ClientStrings } from './strings.ts';
import { makeText } from './text.ts';

/** Wires the validator found in the page (`[data-validator]`); does nothing without it. */
export function startValidator(): void {
  const root = document.querySelector('[data-validator]');
  const stringsJson = document.getElementById('validator-strings')?.textContent;
  if (!(root instanceof HTMLElement) || !stringsJson) return;
  const els = validatorElements(root);
  const x = makeText(JSON.parse(stringsJson) as ClientStrings);

  els.noJs.hidden = true;
  els.form.hidden = false;
  els.folderInput.webkitdirectory = true;

  const session = createCheckSession(els, x, Number(root.dataset.k));
  wireInputs(els, session);
  wireDrop(els.drop, session);
}

function wireInputs(els: ValidatorElements, session: CheckSession): void {
  for (const input of [els.filesInput, els.folderInput]) {
    input.addEventListener('change', () => {
      session.start([...(input.files ?? [])]);
      // Choosing the same files again must start a new check.
      input.value = '';
    });
  }
  els.cancel.addEventListener('click', () => session.cancel());
}

function wireDrop(drop: HTMLElement, session: CheckSession): void {
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
    if (event.dataTransfer)
      droppedFiles(event.dataTransfer).then(
        (files) => session.start(files),
        () => session.start([]),
      );
  });
}
