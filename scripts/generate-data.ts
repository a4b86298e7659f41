/**
 * npm run data:generate -- --scale <small|national> --seed N --out <folder> [--lang en|tr]
 * Thin CLI: parses the arguments, then streams each generated file to disk, respecting
 * backpressure. Same seed → byte-identical files. Exit 0 done, 2 bad arguments or unwritable
 * folder.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cliLang } from '../src/pipeline/cli-lang.ts';
import { generateDataset, SCALE_NAMES, type ScaleName } from './generate/index.ts';

const messages = {
  en: {
    usage:
      'Usage: npm run data:generate -- --scale <small|national> --seed <whole number> --out <folder>',
    badScale: 'The --scale must be "small" or "national".',
    badSeed: 'The --seed must be a whole number, e.g. --seed 2023.',
    noOut: 'Give the folder to write into with --out <folder>.',
    cannotWrite: (path: string) =>
      `Cannot write to ${path}. Check the folder exists and is writable.`,
    done: (n: number, mib: string, s: string) => `Wrote ${n} files (${mib} MiB) in ${s} s.`,
  },
  tr: {
    usage:
      'Kullanım: npm run data:generate -- --scale <small|national> --seed <tam sayı> --out <klasör>',
    badScale: '--scale değeri "small" ya da "national" olmalı.',
    badSeed: '--seed bir tam sayı olmalı, ör. --seed 2023.',
    noOut: 'Dosyaların yazılacağı klasörü --out <klasör> ile belirtin.',
    cannotWrite: (path: string) =>
      `${path} yoluna yazılamıyor. Klasörün var ve yazılabilir olduğunu denetleyin.`,
    done: (n: number, mib: string, s: string) => `${n} dosya yazıldı (${mib} MiB), ${s} sn.`,
  },
};

const langFlag = process.argv.includes('--lang')
  ? process.argv[process.argv.indexOf('--lang') + 1]
  : undefined;
const say = messages[cliLang(langFlag)];

function fail(message: string, showUsage = true): never {
  console.error(message);
  if (showUsage && message !== say.usage) console.error(say.usage);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      scale: { type: 'string', default: 'small' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      lang: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch {
  fail(say.usage);
}
const scale = values.scale as ScaleName;
if (!SCALE_NAMES.includes(scale)) fail(say.badScale);
if (!/^-?\d{1,15}$/.test(values.seed)) fail(say.badSeed);
if (!values.out) fail(say.noOut);
const out = values.out;
const seed = Number(values.seed);

const started = performance.now();
const progress = process.stderr.isTTY ? process.stderr : undefined;
let bytes = 0;
try {
  await mkdir(out, { recursive: true });
  const files = generateDataset({ scale, seed });
  for (const file of files) {
    const path = join(out, file.name);
    const stream = createWriteStream(path);
    const failed = once(stream, 'error').then(([error]) => {
      throw error;
    });
    let fileBytes = 0;
    let lastReport = 0;
    for (const chunk of file.chunks()) {
      fileBytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
      if (progress && fileBytes - lastReport > 8 << 20) {
        lastReport = fileBytes;
        progress.write(`\r${file.name}: ${(fileBytes / 2 ** 20).toFixed(0)} MiB`);
      }
    }
    stream.end();
    await Promise.race([once(stream, 'finish'), failed]);
    bytes += fileBytes;
    progress?.write(`\r${file.name}: ${(fileBytes / 2 ** 20).toFixed(1)} MiB\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(say.done(files.length, (bytes / 2 ** 20).toFixed(1), seconds));
} catch (error) {
  const path = (error as { path?: string }).path ?? out;
  fail(say.cannotWrite(path), false);
}
