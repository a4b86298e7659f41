import type { ValidationReport } from '../core/validate/index.ts';

export type Lang = 'en' | 'tr';

const TEXT = {
  valid: { en: 'The dataset is valid.', tr: 'Veri seti geçerli.' },
  invalid: {
    en: 'The dataset has errors: fix them before publishing.',
    tr: 'Veri setinde hatalar var: yayımlamadan önce düzeltin.',
  },
  error: { en: 'error', tr: 'hata' },
  warning: { en: 'warning', tr: 'uyarı' },
  file: { en: 'whole file', tr: 'dosyanın tamamı' },
  row: { en: 'row', tr: 'satır' },
  more: {
    en: (n: string, code: string) => `… and ${n} more ${code} not shown`,
    tr: (n: string, code: string) => `… ve gösterilmeyen ${n} ${code} daha`,
  },
  summary: {
    en: (e: number, w: number) =>
      `${count(e, 'en')} ${e === 1 ? 'error' : 'errors'}, ${count(w, 'en')} ${w === 1 ? 'warning' : 'warnings'}`,
    // Turkish keeps the noun singular after a number: 1 hata, 3 hata.
    tr: (e: number, w: number) => `${count(e, 'tr')} hata, ${count(w, 'tr')} uyarı`,
  },
} as const;

function count(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'tr' ? 'tr-TR' : 'en-GB').format(n);
}

/**
 * Formats a report for a terminal, grouped by file, in one language.
 * @example formatReport(report, 'tr')
 */
export function formatReport(report: ValidationReport, lang: Lang): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const p of report.problems) {
    if (p.file !== file) {
      file = p.file;
      lines.push('', file);
    }
    const where = p.row === null ? TEXT.file[lang] : `${TEXT.row[lang]} ${p.row}`;
    const column = p.column === null ? '' : `, ${p.column}`;
    lines.push(`  ${where}${column}: ${TEXT[p.severity][lang]} [${p.code}] ${p.message[lang]}`);
  }
  const shown = new Map<string, number>();
  for (const p of report.problems) shown.set(p.code, (shown.get(p.code) ?? 0) + 1);
  let errors = 0;
  let warnings = 0;
  for (const p of report.problems) {
    if (p.severity === 'error') errors++;
    else warnings++;
  }
  const hidden: string[] = [];
  for (const [code, total] of Object.entries(report.counts)) {
    const rest = total - (shown.get(code) ?? 0);
    if (rest > 0) {
      hidden.push(`  ${TEXT.more[lang](count(rest, lang), code)}`);
      // Hidden problems keep the severity of the shown ones of the same code.
      const sample = report.problems.find((p) => p.code === code);
      if (sample?.severity === 'warning') warnings += rest;
      else errors += rest;
    }
  }
  if (hidden.length > 0) lines.push('', ...hidden);
  lines.push(
    '',
    `${report.ok ? TEXT.valid[lang] : TEXT.invalid[lang]} (${TEXT.summary[lang](errors, warnings)})`,
  );
  return lines.join('\n').replace(/^\n/, '') + '\n';
}
