/**
 * The validator's elements in the page (Validator.astro), each looked up once by its `data-*`
 * attribute and checked to be the element the script uses.
 */
import { required } from './dom.ts';

export interface ValidatorElements {
  /** What the page says without JavaScript; hidden once the script runs. */
  noJs: HTMLElement;
  form: HTMLElement;
  filesInput: HTMLInputElement;
  folderInput: HTMLInputElement;
  strict: HTMLInputElement;
  drop: HTMLElement;
  running: HTMLElement;
  bar: HTMLProgressElement;
  progressText: HTMLElement;
  cancel: HTMLButtonElement;
  status: HTMLElement;
  reportBox: HTMLElement;
  reportHeading: HTMLElement;
  reportBody: HTMLElement;
  download: HTMLAnchorElement;
  /** The download link's paragraph, moved into the report under the verdict. */
  downloadLine: HTMLElement;
}

/**
 * Finds every element of the validator inside `root`; throws naming the first one missing.
 * @example validatorElements(root).filesInput.multiple // true
 */
export function validatorElements(root: HTMLElement): ValidatorElements {
  const find = <T>(selector: string, type: abstract new (...args: never[]) => T) =>
    required(root, selector, type);
  const download = find('[data-download]', HTMLAnchorElement);
  const downloadLine = download.parentElement;
  if (!(downloadLine instanceof HTMLElement)) throw new Error('[data-download] has no parent');
  return {
    noJs: find('[data-no-js]', HTMLElement),
    form: find('[data-form]', HTMLElement),
    filesInput: find('[data-files]', HTMLInputElement),
    folderInput: find('[data-folder]', HTMLInputElement),
    strict: find('[data-strict]', HTMLInputElement),
    drop: find('[data-drop]', HTMLElement),
    running: find('[data-running]', HTMLElement),
    bar: find('progress', HTMLProgressElement),
    progressText: find('[data-progress-text]', HTMLElement),
    cancel: find('[data-cancel]', HTMLButtonElement),
    status: find('[data-status]', HTMLElement),
    reportBox: find('[data-report]', HTMLElement),
    reportHeading: find('#validator-report', HTMLElement),
    reportBody: find('[data-report-body]', HTMLElement),
    download,
    downloadLine,
  };
}
