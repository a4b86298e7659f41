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
 * The problems grouped by file (in the report's order: files as the data flows, then row and
 * column), each with its row, column, code and how to fix it; foreign-key problems into a table
 * that itself failed are one line under that table's problems, not listed; then how many of each
 * code were counted but not listed.
 */
export function renderProblems(report: ReportJson, x: Text): HTMLElement | null {
  if (report.problems.length === 0) return null;
  const marked = report.marked;
  const byFile = new Map<string, Problem[]>();
  for (const p of marked.problems)
    if (!p.consequenceOf) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const hidden = new Map<string, number>();
  for (const c of marked.consequences)
    for (const r of c.references)
      hidden.set('foreign-key', (hidden.get('foreign-key') ?? 0) + r.count);
  const consequenceOf = (file: string) => {
    const cause = marked.consequences.find((c) => c.file === file);
    if (!cause) return false;
    const n = cause.references.reduce((sum, r) => sum + r.count, 0);
    const from = [...new Set(cause.references.map((r) => r.file))]
      .map(
        (f) =>
          `${f}: ${cause.references
            .filter((r) => r.file === f)
            .map((r) => r.column)
            .join(', ')}`,
      )
      .join('; ');
    return el(
      'p',
      { 'data-consequence': file },
      n === 0
        ? x.t('validator.unchecked', { target: file })
        : x.t('validator.consequence', { n: x.n(n), target: file, from }),
    );
  };
  const head = [
    x.t('validator.row'),
    x.t('validator.column'),
    x.t('validator.problem'),
    x.t('validator.fix'),
  ];
  const shown = new Map<string, number>();
  for (const p of marked.problems) shown.set(p.code, (shown.get(p.code) ?? 0) + 1);
  for (const p of marked.problems)
    if (p.consequenceOf) shown.set(p.code, (shown.get(p.code) ?? 0) - 1);
  const more = Object.entries(report.counts)
    .map(([code, total]) => ({
      code,
      rest: (total ?? 0) - (hidden.get(code) ?? 0) - (shown.get(code) ?? 0),
    }))
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
      return el('div', { class: 'table-scroll' }, t, consequenceOf(file));
    }),
    more.length > 0 && el('ul', { 'data-more': '' }, ...more),
  );
}
