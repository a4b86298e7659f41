// The words of the validation report on a terminal (CLI and build log), English and Turkish side
// by side; format-report.ts decides which lines are shown and puts them together.

/** How each encoding is named in the `Files read:` line. */
export const ENCODINGS = {
  'utf-8': { en: 'UTF-8', tr: 'UTF-8' },
  'utf-8-bom': { en: 'UTF-8 with BOM', tr: 'BOM’lu UTF-8' },
  'windows-1254': { en: 'Windows-1254 (Turkish Excel)', tr: 'Windows-1254 (Türkçe Excel)' },
  none: { en: 'not read', tr: 'okunamadı' },
} as const;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Every phrase of the terminal report, English and Turkish side by side. */
export const TEXT = {
  valid: { en: 'The dataset is valid.', tr: 'Veri seti geçerli.' },
  invalid: {
    en: 'The dataset has errors: fix them before publishing.',
    tr: 'Veri setinde hatalar var: yayımlamadan önce düzeltin.',
  },
  error: { en: 'error', tr: 'hata' },
  warning: { en: 'warning', tr: 'uyarı' },
  file: { en: 'whole file', tr: 'dosyanın tamamı' },
  row: { en: 'row', tr: 'satır' },
  files: {
    en: (files: string, rows: string) => `Files read: ${files}, ${rows} rows.`,
    tr: (files: string, rows: string) => `Okunan dosyalar: ${files}, ${rows} satır.`,
  },
  encoding: { en: 'Encoding', tr: 'Kodlama' },
  filesOf: {
    en: (n: string) => `${n} ${n === '1' ? 'file' : 'files'}`,
    tr: (n: string) => `${n} dosya`,
  },
  more: {
    en: (n: string, code: string) =>
      `… and ${n} more ${code} ${n === '1' ? 'problem' : 'problems'}`,
    tr: (n: string, code: string) => `… ve ${n} ${code} sorunu daha`,
  },
  summary: {
    en: (e: number, w: number, f: (n: number) => string) =>
      `${f(e)} ${plural(e, 'error', 'errors')}, ${f(w)} ${plural(w, 'warning', 'warnings')}`,
    tr: (e: number, w: number, f: (n: number) => string) => `${f(e)} hata, ${f(w)} uyarı`,
  },
  /** A file's counts: zero parts left out. */
  brief: {
    en: (e: number, w: number, f: (n: number) => string) =>
      [
        e > 0 ? `${f(e)} ${plural(e, 'error', 'errors')}` : '',
        w > 0 ? `${f(w)} ${plural(w, 'warning', 'warnings')}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    tr: (e: number, w: number, f: (n: number) => string) =>
      [e > 0 ? `${f(e)} hata` : '', w > 0 ? `${f(w)} uyarı` : ''].filter(Boolean).join(', '),
  },
  consequence: {
    header: {
      en: (n: string, target: string, from: string) =>
        `→ ${n} ${n === '1' ? 'reference' : 'references'} to ${target} (${from}) cannot be checked until its header is fixed; they are not listed.`,
      tr: (n: string, target: string, from: string) =>
        `→ ${target} dosyasını gösteren ${n} kimlik (${from}), dosyanın başlığı düzeltilene kadar denetlenemez; tek tek listelenmedi.`,
    },
    'not-read': {
      en: (n: string, target: string, from: string) =>
        `→ ${n} ${n === '1' ? 'reference' : 'references'} to ${target} (${from}) cannot be checked until the file can be read; they are not listed.`,
      tr: (n: string, target: string, from: string) =>
        `→ ${target} dosyasını gösteren ${n} kimlik (${from}), dosya okunabilene kadar denetlenemez; tek tek listelenmedi.`,
    },
    unchecked: {
      en: (target: string) =>
        `→ References to ${target} from the files after it are not checked until it is fixed.`,
      tr: (target: string) =>
        `→ Sonraki dosyalarda ${target} dosyasını gösteren kimlikler, dosya düzeltilene kadar denetlenmez.`,
    },
  },
  shown: {
    en: (k: number) =>
      `Shown: ${k === 0 ? 'counts only' : `the first ${k} of each kind`}. Every problem: add --all (or --json for the JSON report).`,
    tr: (k: number) =>
      `Gösterilen: ${k === 0 ? 'yalnızca sayılar' : `her türün ilk ${k} tanesi`}. Tüm sorunlar için --all (JSON rapor için --json) ekleyin.`,
  },
  moreFiles: {
    en: (n: string) => `… and problems in ${n} more files (see --all).`,
    tr: (n: string) => `… ve ${n} dosyada daha sorun var (--all ile görün).`,
  },
} as const;
