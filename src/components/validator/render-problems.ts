import type { Problem } from '../../core/validate/problem.ts';
import { el, table } from './dom.ts';
import type { ReportJson } from './report-json.ts';
import type { Text } from './text.ts';

function problemRow(p: Problem, x: Text) {
  return [
    p.row === null ? x.t('validator.wholeFile') : x.n(p.row),
    p.column === null ? '' : el('code', {}, p.column),
    el(
      'span',
      { class: `severity ${p.severity}` },
      x.t(p.severity === 'error' ? 'validator.error' : 'validator.warning'),
      ' ',
      el('code', {}, p.code),
    ),
    p.message[x.lang],
  ];
}

/**
 * The problems grouped by file (in the report's order: file, row, column), each with its row,
 * column, code and how to fix it; then how many of each code were counted but not listed.
 */
export function renderProblems(report: ReportJson, x: Text): HTMLElement | null {
  if (report.problems.length === 0) return null;
  const byFile = new Map<string, Problem[]>();
  for (const p of report.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const head = [
    x.t('validator.row'),
    x.t('validator.column'),
    x.t('validator.problem'),
    x.t('validator.fix'),
  ];
  const shown = new Map<string, number>();
  for (const p of report.problems) shown.set(p.code, (shown.get(p.code) ?? 0) + 1);
  const more = Object.entries(report.counts)
    .map(([code, total]) => ({ code, rest: (total ?? 0) - (shown.get(code) ?? 0) }))
    .filter(({ rest }) => rest > 0)
    .map(({ code, rest }) => el('li', {}, x.t('validator.more', { n: x.n(rest), code })));
  return el(
    'section',
    { 'aria-labelledby': 'validator-problems' },
    el('h3', { id: 'validator-problems' }, x.t('validator.problems')),
    ...[...byFile].map(([file, problems]) => {
      const t = table(
        file,
        head,
        problems.map((p) => problemRow(p, x)),
        [0],
      );
      t.dataset.file = file;
      return el('div', { class: 'table-scroll' }, t);
    }),
    more.length > 0 && el('ul', { 'data-more': '' }, ...more),
  );
}
