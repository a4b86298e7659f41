import type { FileSummary } from '../../core/validate/table-pass.ts';
import { el, table } from './dom.ts';
import { fixFirst } from './fix-first.ts';
import type { ReportJson } from './report-json.ts';
import { reportTotals } from './report-totals.ts';
import type { Text } from './text.ts';

function encodingOf(file: FileSummary, x: Text): string {
  return file.encoding ? x.t(`validator.encoding.${file.encoding}`) : x.t('validator.notRead');
}

function delimiterOf(file: FileSummary, x: Text): string {
  if (file.delimiter === ',') return x.t('validator.delimiter.comma');
  if (file.delimiter === ';') return x.t('validator.delimiter.semicolon');
  return x.t('validator.notRead');
}

/** The verdict: valid or not, with the error and warning counts. */
export function renderVerdict(report: ReportJson, x: Text): HTMLElement {
  const totals = reportTotals(report);
  return el(
    'p',
    { class: report.ok ? 'verdict ok' : 'verdict bad', 'data-verdict': report.ok ? 'ok' : 'bad' },
    el('strong', {}, x.t(report.ok ? 'validator.valid' : 'validator.invalid')),
    ' ',
    x.t('validator.counts', { errors: x.n(totals.errors), warnings: x.n(totals.warnings) }),
  );
}

/** The codes to fix first, then the files read (rows, encoding and delimiter of each). */
export function renderSummary(report: ReportJson, x: Text): HTMLElement {
  const totals = reportTotals(report);
  const files = table(
    x.t('validator.filesRead', { files: x.n(totals.files), rows: x.n(totals.rows) }),
    [
      x.t('validator.file'),
      x.t('validator.rows'),
      x.t('validator.encoding'),
      x.t('validator.delimiter'),
    ],
    report.files.map((f) => [
      el('code', {}, f.file),
      x.n(f.rows),
      encodingOf(f, x),
      delimiterOf(f, x),
    ]),
    [1],
  );
  files.dataset.files = '';
  const first = fixFirst(report);
  const fix =
    first.length > 0 &&
    el(
      'section',
      { 'aria-labelledby': 'validator-fix-first' },
      el('h3', { id: 'validator-fix-first' }, x.t('validator.fixFirst')),
      el(
        'ol',
        { 'data-fix-first': '' },
        ...first.map((item) =>
          el(
            'li',
            { 'data-code': item.code },
            el('strong', {}, x.t(`validator.code.${item.code}`)),
            ' (',
            el('code', {}, item.code),
            `) · ${x.t(item.severity === 'error' ? 'validator.error' : 'validator.warning')} · `,
            x.t('validator.times', { count: x.n(item.count) }),
          ),
        ),
      ),
    );
  return el('div', {}, fix, el('div', { class: 'table-scroll' }, files));
}
