/**
 * `npm run -s validate -- <folder> [--json] [--all] [--strict] [--lang en|tr]`
 * Exit 0: valid. 1: invalid data. 2: unusable invocation or unreadable input.
 */
import { parseArgs } from 'node:util';
import { reportForPage } from '../src/components/validator/report-for-page.ts';
import { reportJsonText } from '../src/components/validator/report-json.ts';
import { isLang, type Bilingual, type Lang } from '../src/core/format/lang.ts';
import { visibleText } from '../src/core/validate/header-name.ts';
import { formatReport } from '../src/node/format-report.ts';
import { progressLine } from '../src/node/progress.ts';
import {
  UnreadableFolderError,
  UnusableFileError,
  validateFolder,
} from '../src/node/validate-folder.ts';
import { cliLang } from '../src/pipeline/cli-lang.ts';

const USAGE = {
  en: 'Usage: npm run -s validate -- <folder> [--json] [--all] [--strict] [--lang en|tr]',
  tr: 'Kullanım: npm run -s validate -- <klasör> [--json] [--all] [--strict] [--lang en|tr]',
};
const UNUSABLE = {
  directory: {
    en: 'This is a folder, not a file, but it bears a table’s name: move or rename it',
    tr: 'Bu bir dosya değil klasör, ama bir tablonun adını taşıyor: taşıyın ya da adını değiştirin',
  },
  fifo: {
    en: 'This is a named pipe (FIFO), not a file: put the exported CSV file here instead',
    tr: 'Bu bir dosya değil, adlandırılmış bir kanal (FIFO): yerine dışa aktarılan CSV dosyasını koyun',
  },
  'broken-link': {
    en: 'This is a symbolic link to a file that does not exist: fix the link or put the file here',
    tr: 'Bu, var olmayan bir dosyayı gösteren bir sembolik bağlantı: bağlantıyı düzeltin ya da dosyayı buraya koyun',
  },
  special: {
    en: 'This is not a regular file (a device or a socket): put the exported CSV file here instead',
    tr: 'Bu normal bir dosya değil (aygıt ya da soket): yerine dışa aktarılan CSV dosyasını koyun',
  },
  unreadable: {
    en: 'This file cannot be read (no permission): allow reading it',
    tr: 'Bu dosya okunamıyor (izin yok): okuma izni verin',
  },
};
const UNREADABLE = {
  missing: { en: 'The folder does not exist', tr: 'Klasör bulunamadı' },
  'not-a-folder': { en: 'This is not a folder', tr: 'Bu bir klasör değil' },
  unreadable: { en: 'The folder cannot be read', tr: 'Klasör okunamıyor' },
};

function fail(message: Bilingual, lang: Lang): never {
  process.stderr.write(`${message[lang]}\n${USAGE[lang]}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
} catch {
  fail({ en: 'Unknown option.', tr: 'Bilinmeyen seçenek.' }, cliLang(undefined));
}
const { values, positionals } = args;
const lang = cliLang(values.lang);
if (values.lang !== undefined && !isLang(values.lang)) {
  fail({ en: '--lang must be en or tr.', tr: '--lang en ya da tr olmalı.' }, lang);
}
if (positionals.length !== 1) {
  fail({ en: 'Give exactly one dataset folder.', tr: 'Tek bir veri klasörü belirtin.' }, lang);
}
const folder = positionals[0] as string;

try {
  const progress = process.stderr.isTTY ? progressLine(process.stderr, lang) : undefined;
  const report = await validateFolder(folder, {
    strict: values.strict,
    ...(progress ? { onProgress: progress.update } : {}),
  });
  progress?.done();
  if (values.json) {
    // The same bytes as the browser validator's download.
    process.stdout.write(reportJsonText(reportForPage(report)));
  } else {
    process.stdout.write(formatReport(report, lang, { all: values.all }));
  }
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  if (error instanceof UnusableFileError) {
    const text = UNUSABLE[error.kind];
    // The path is the user's own, but printed without control characters all the same.
    const path = echoedPath(error.path);
    fail({ en: `${text.en}: ${path}`, tr: `${text.tr}: ${path}` }, lang);
  }
  if (error instanceof UnreadableFolderError) {
    const text = UNREADABLE[error.reason];
    fail(
      { en: `${text.en}: ${echoedPath(folder)}`, tr: `${text.tr}: ${echoedPath(folder)}` },
      lang,
    );
  }
  // An I/O failure mid-read (permissions, a vanished file) is unreadable input, not bad data.
  fail({ en: 'The dataset could not be read.', tr: 'Veri seti okunamadı.' }, lang);
}

function echoedPath(path: string): string {
  return visibleText(path);
}
