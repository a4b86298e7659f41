/**
 * `node scripts/bench-validate.ts [folder]` (default `.build/national`): validates a dataset folder
 * and prints rows/s, MiB/s, wall time and peak RSS, then the ratio to a bare papaparse pass
 * (streaming, `step`, arrays) over the same files.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { validateFolder } from '../src/node/validate-folder.ts';

const folder = process.argv[2] ?? '.build/national';
const csvs = (await readdir(folder)).filter((name) => name.endsWith('.csv'));
let bytes = 0;
for (const name of csvs) bytes += (await stat(join(folder, name))).size;
const mib = bytes / 1048576;

const started = performance.now();
const report = await validateFolder(folder);
const wall = (performance.now() - started) / 1000;
const peak = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
const rows = report.files.reduce((sum, file) => sum + file.rows, 0);

async function bareParse(path: string): Promise<number> {
  let count = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      step: () => {
        count++;
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  return count;
}

const bareStarted = performance.now();
for (const name of csvs) await bareParse(join(folder, name));
const bare = (performance.now() - bareStarted) / 1000;

const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits });
console.log(`folder        ${folder}`);
console.log(`files         ${report.files.length} CSV, ${fmt(mib)} MiB, ${fmt(rows, 0)} rows`);
console.log(
  `valid         ${report.ok} (${
    Object.entries(report.counts)
      .map(([c, n]) => `${c}: ${n}`)
      .join(', ') || 'no problems'
  })`,
);
console.log(`wall          ${fmt(wall, 2)} s`);
console.log(`rows/s        ${fmt(rows / wall, 0)}`);
console.log(`MiB/s         ${fmt(mib / wall)}`);
console.log(`peak RSS      ${fmt(peak, 0)} MiB (validation)`);
console.log(
  `papaparse     ${fmt(bare, 2)} s bare pass; validation takes ${fmt(wall / bare, 2)}× as long`,
);
