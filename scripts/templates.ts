/**
 * npm run templates -- --out <folder> [--lang en|tr]
 * Thin CLI: writes the CSV templates and the data dictionary (src/core/dictionary) into a
 * folder. Exit 0 done, 2 bad arguments or unwritable folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { cliLang } from '../src/pipeline/cli-lang.ts';
import { templateFiles } from '../src/core/dictionary/index.ts';

const messages = {
  en: {
    usage: 'Usage: npm run templates -- --out <folder>',
    cannotWrite: (path: string) => `Cannot write to ${path}. Check the folder is writable.`,
    done: (n: number, out: string) => `Wrote ${n} template and dictionary files under ${out}.`,
  },
  tr: {
    usage: 'Kullanım: npm run templates -- --out <klasör>',
    cannotWrite: (path: string) =>
      `${path} yoluna yazılamıyor. Klasörün yazılabilir olduğunu denetleyin.`,
    done: (n: number, out: string) => `${out} altına ${n} şablon ve sözlük dosyası yazıldı.`,
  },
};

const langFlag = process.argv.includes('--lang')
  ? process.argv[process.argv.indexOf('--lang') + 1]
  : undefined;
const say = messages[cliLang(langFlag)];

let out: string | undefined;
try {
  ({
    values: { out },
  } = parseArgs({
    args: process.argv.slice(2),
    options: { out: { type: 'string' }, lang: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }));
} catch {
  out = undefined;
}
if (!out) {
  console.error(say.usage);
  process.exit(2);
}

const files = templateFiles();
let current = out;
try {
  for (const file of files) {
    current = join(out, file.path);
    await mkdir(dirname(current), { recursive: true });
    await writeFile(current, file.content, 'utf8');
  }
} catch {
  console.error(say.cannotWrite(current));
  process.exit(2);
}
console.error(say.done(files.length, out));
