import { LOCALE, type Lang } from '../core/format/lang.ts';
import type { ValidationReport } from '../core/validate/index.ts';
import { PROBLEM_CODES, type Problem } from '../core/validate/problem.ts';
import { codesOf, withConsequences } from '../core/validate/report-consequences.ts';
import { compareFiles, type Consequence } from '../core/validate/report-order.ts';
import { ENCODINGS, TEXT } from './report-text.ts';

/** Lines the default report aims at: one screen. */
export const SCREEN_LINES = 50;

function count(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n);
}

function problemLine(p: Problem, lang: Lang): string {
  const where = p.row === null ? TEXT.file[lang] : `${TEXT.row[lang]} ${p.row}`;
  const column = p.column === null ? '' : `, ${p.column}`;
  return `  ${where}${column}: ${TEXT[p.severity][lang]} [${p.code}] ${p.message[lang]}`;
}

/** `Files read: …` and which encoding each file was read in (files listed when few). */
function filesLines(report: ValidationReport, lang: Lang): string[] {
  const rows = report.files.reduce((sum, f) => sum + f.rows, 0);
  const byEncoding = new Map<keyof typeof ENCODINGS, string[]>();
  for (const f of report.files) {
    const key = f.encoding ?? 'none';
    byEncoding.set(key, [...(byEncoding.get(key) ?? []), f.file]);
  }
  const parts = [...byEncoding].map(([encoding, files]) => {
    const name = ENCODINGS[encoding][lang];
    return files.length <= 3 && byEncoding.size > 1
      ? `${name}: ${files.join(', ')}`
      : `${name} (${TEXT.filesOf[lang](count(files.length, lang))})`;
  });
  return [
    `${TEXT.files[lang](TEXT.filesOf[lang](count(report.files.length, lang)), count(rows, lang))} ${TEXT.encoding[lang]}: ${parts.join('; ')}.`,
  ];
}

interface FileSection {
  file: string;
  head: string;
  /** Per code: its problem lines (shown ones), and how many are not shown. */
  codes: { lines: string[]; total: number; code: string }[];
  after: string[];
}

/**
 * Formats a report for a terminal, in one language: which files were read in which encoding,
 * then per file (as the data flows, files that cause other problems first) a count per code, the
 * first few problems of each and, under a table that failed, one line for the foreign-key
 * problems that follow from it. Fits a screen (`SCREEN_LINES`) unless `all` is set, which lists
 * every problem kept.
 * @example formatReport(report, 'tr')
 */
export function formatReport(
  report: ValidationReport,
  lang: Lang,
  options: { all?: boolean } = {},
): string {
  const marked = withConsequences(report);
  const causeFiles = new Set(marked.consequences.map((c) => c.file));
  const files = [...new Set([...report.tally.map((t) => t.file)])].sort(
    (a, b) => Number(causeFiles.has(b)) - Number(causeFiles.has(a)) || compareFiles(a, b),
  );
  const sections: FileSection[] = [];
  for (const file of files) {
    const codes = codesOf(report.tally, file);
    const consequencesHere = marked.consequences
      .flatMap((c) => c.references)
      .filter((r) => r.file === file);
    const consequenceCount = consequencesHere.reduce((sum, r) => sum + r.count, 0);
    const listed = codes
      .map((c) => ({
        ...c,
        count: c.code === 'foreign-key' ? c.count - consequenceCount : c.count,
        errors: c.code === 'foreign-key' ? Math.max(0, c.errors - consequenceCount) : c.errors,
      }))
      .filter((c) => c.count > 0);
    const cause = marked.consequences.find((c) => c.file === file);
    // The cause first, then errors before warnings, then the contract's order of codes.
    const rank = (c: (typeof listed)[number]) =>
      (c.code === cause?.code ? 0 : 2) + (c.errors > 0 ? 0 : 1);
    listed.sort(
      (a, b) => rank(a) - rank(b) || PROBLEM_CODES.indexOf(a.code) - PROBLEM_CODES.indexOf(b.code),
    );
    if (listed.length === 0 && !cause) continue;
    const errors = listed.reduce((sum, c) => sum + c.errors, 0);
    const warnings = listed.reduce((sum, c) => sum + c.count, 0) - errors;
    const head = `${file} (${TEXT.brief[lang](errors, warnings, (n) => count(n, lang))}: ${listed.map((c) => `${c.code} ${count(c.count, lang)}`).join(', ')})`;
    const kept = marked.problems.filter((p) => p.file === file && !p.consequenceOf);
    const section: FileSection = {
      file,
      head,
      codes: listed.map((c) => ({
        code: c.code,
        total: c.count,
        lines: kept.filter((p) => p.code === c.code).map((p) => problemLine(p, lang)),
      })),
      after: [],
    };
    if (cause)
      section.after.push(
        consequenceLine(cause.references, cause.file, lang, causeKind(report, cause.file)),
      );
    sections.push(section);
  }

  const render = (perCode: number, maxSections: number): string[] => {
    const lines: string[] = [];
    for (const section of sections.slice(0, maxSections)) {
      lines.push('', section.head);
      for (const c of section.codes) {
        const shown = c.lines.slice(0, perCode);
        lines.push(...shown);
        if (c.total > shown.length && shown.length > 0)
          lines.push(`    ${TEXT.more[lang](count(c.total - shown.length, lang), c.code)}`);
      }
      lines.push(...section.after.map((line) => `  ${line}`));
    }
    if (sections.length > maxSections)
      lines.push('', TEXT.moreFiles[lang](count(sections.length - maxSections, lang)));
    return lines;
  };

  let body: string[];
  let perCode = Infinity;
  if (options.all) body = render(Infinity, Infinity);
  else {
    body = [];
    for (perCode of [3, 2, 1, 0]) {
      body = render(perCode, Infinity);
      if (body.length <= SCREEN_LINES - 6) break;
    }
    for (let max = sections.length; body.length > SCREEN_LINES - 6 && max > 1; max--)
      body = render(perCode, max - 1);
  }
  let errors = 0;
  let warnings = 0;
  for (const t of report.tally) {
    errors += t.errors;
    warnings += t.count - t.errors;
  }
  const truncated =
    !options.all &&
    sections.some((s) => s.codes.some((c) => c.total > Math.min(perCode, c.lines.length)));
  const lines = [
    ...filesLines(report, lang),
    ...body,
    '',
    `${report.ok ? TEXT.valid[lang] : TEXT.invalid[lang]} (${TEXT.summary[lang](errors, warnings, (n) => count(n, lang))})`,
  ];
  if (truncated) lines.push(TEXT.shown[lang](perCode));
  return lines.join('\n') + '\n';
}

function causeKind(report: ValidationReport, file: string): 'header' | 'not-read' {
  const cause = report.problems.find(
    (p) => p.file === file && p.code === 'missing-column' && p.row === 1,
  );
  return cause ? 'header' : 'not-read';
}

function consequenceLine(
  references: readonly Consequence[],
  target: string,
  lang: Lang,
  kind: 'header' | 'not-read',
): string {
  const total = references.reduce((sum, r) => sum + r.count, 0);
  if (total === 0) return TEXT.consequence.unchecked[lang](target);
  const byFile = new Map<string, string[]>();
  for (const r of references) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r.column]);
  const from = [...byFile].map(([file, columns]) => `${file}: ${columns.join(', ')}`).join('; ');
  return TEXT.consequence[kind][lang](count(total, lang), target, from);
}
