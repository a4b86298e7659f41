/**
 * `npm run -s validate -- <folder> [--json] [--strict] [--lang en|tr]`
 * Exit 0: valid. 1: invalid data. 2: unusable invocation or unreadable input.
 */
import { parseArgs } from 'node:util';
import { formatReport, type Lang } from '../src/node/format-report.ts';
import { progressLine } from '../src/node/progress.ts';
import { UnreadableFolderError, validateFolder } from '../src/node/validate-folder.ts';

const USAGE = {
  en: 'Usage: npm run -s validate -- <folder> [--json] [--strict] [--lang en|tr]',
  tr: 'Kullanım: npm run -s validate -- <klasör> [--json] [--strict] [--lang en|tr]',
};
const UNREADABLE = {
  missing: { en: 'The folder does not exist', tr: 'Klasör bulunamadı' },
  'not-a-folder': { en: 'This is not a folder', tr: 'Bu bir klasör değil' },
  unreadable: { en: 'The folder cannot be read', tr: 'Klasör okunamıyor' },
};

function defaultLang(): Lang {
  const locale = process.env.LC_ALL || process.env.LANG || '';
  return locale.toLowerCase().startsWith('tr') ? 'tr' : 'en';
}

function fail(message: { en: string; tr: string }, lang: Lang): never {
  process.stderr.write(`${message[lang]}\n${USAGE[lang]}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
} catch {
  fail({ en: 'Unknown option.', tr: 'Bilinmeyen seçenek.' }, defaultLang());
}
const { values, positionals } = args;
const lang: Lang = values.lang === 'tr' || values.lang === 'en' ? values.lang : defaultLang();
if (values.lang !== undefined && values.lang !== 'tr' && values.lang !== 'en') {
  fail({ en: '--lang must be en or tr.', tr: '--lang en ya da tr olmalı.' }, lang);
}
if (positionals.length !== 1) {
  fail({ en: 'Give exactly one dataset folder.', tr: 'Tek bir veri klasörü belirtin.' }, lang);
}
const folder = positionals[0] as string;

try {
  const progress = process.stderr.isTTY ? progressLine(process.stderr) : undefined;
  const report = await validateFolder(folder, {
    strict: values.strict,
    ...(progress ? { onProgress: progress.update } : {}),
  });
  progress?.done();
  if (values.json) {
    const { ok, problems, counts, files } = report;
    process.stdout.write(`${JSON.stringify({ ok, problems, counts, files }, null, 2)}\n`);
  } else {
    process.stdout.write(formatReport(report, lang));
  }
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  if (error instanceof UnreadableFolderError) {
    const text = UNREADABLE[error.reason];
    fail({ en: `${text.en}: ${folder}`, tr: `${text.tr}: ${folder}` }, lang);
  }
  // An I/O failure mid-read (permissions, a vanished file) is unreadable input, not bad data.
  fail({ en: 'The dataset could not be read.', tr: 'Veri seti okunamadı.' }, lang);
}
