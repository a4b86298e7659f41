/**
 * `npm run bench -- [folder]` (default `.build/national`): the national-scale figures of issues 4
 * and 5. Runs three stages over the same CSV bytes, each in its own child process so that each
 * gets its own peak RSS:
 *   bare      papaparse streaming, `step` callback, arrays (the baseline)
 *   validate  validation alone (`validateFolder`)
 *   combined  validation + all statistics in one pass, exactly as the build does it
 *             (`validateFolder` with the collector as sink, the statistics finished with
 *             `datasetToPublish`, then published with `publishRawInWorkers`, whose
 *             reconstruction checks run in two worker threads)
 * and prints rows, rows/s, MiB/s, wall time, CPU time, peak RSS and the ratio to the baseline.
 * The combined stage's wall time includes finishing the statistics (its `statistics` figure)
 * and publishing under disclosure control (its `publish` figure; `--no-publish` skips that
 * part alone). `--json` prints one JSON line per stage instead of the table
 * (`stage`, `wall` and `cpu` in seconds, `peakMiB`, `rows`, `load`). Stages can be picked with
 * `--bare`, `--validate`, `--combined`. The validating stages check survey_responses.csv in a worker
 * thread (as the build does). Not a test: nothing is asserted. Target (issue 16, 2-core machine):
 * combined ≤ 26 s (DuckDB doing the same work) and ≤ 1 GiB peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { createStatsCollector } from '../src/core/stats/collector.ts';
import { datasetToPublish } from '../src/core/figures/publish-dataset.ts';
import { publishRawInWorkers } from '../src/node/publish-in-workers.ts';
import { validateFolder } from '../src/node/validate-folder.ts';

type Stage = 'bare' | 'validate' | 'combined';
const STAGES: readonly Stage[] = ['bare', 'validate', 'combined'];

/** What a stage's child process prints (one JSON line). */
interface Measured {
  stage: Stage;
  rows: number;
  wall: number;
  /** Seconds spent finishing the statistics from the collected arrays (combined only). */
  statistics?: number;
  /** Seconds spent publishing (disclosure control; combined only, unless `--no-publish`). */
  publish?: number;
  peakMiB: number;
  /** CPU seconds (user + system, all threads): steadier than wall time on a busy machine. */
  cpu: number;
  ok?: boolean;
  counts?: Record<string, number>;
}

/** The combined stage's parts, after its wall time in the table. */
function partsOf(r: Measured): string {
  const parts = [
    r.statistics !== undefined ? `statistics ${r.statistics.toFixed(2)}` : undefined,
    r.publish !== undefined ? `publish ${r.publish.toFixed(2)}` : undefined,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

async function csvFiles(folder: string): Promise<{ paths: string[]; bytes: number }> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.csv')).sort();
  let bytes = 0;
  for (const name of names) bytes += (await stat(join(folder, name))).size;
  return { paths: names.map((name) => join(folder, name)), bytes };
}

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
  // The header is a record to papaparse; the other stages count data rows.
  return Math.max(0, count - 1);
}

async function runStage(stage: Stage, folder: string, publishing: boolean): Promise<Measured> {
  const started = performance.now();
  let rows = 0;
  let statistics: number | undefined;
  let publish: number | undefined;
  let ok: boolean | undefined;
  let counts: Record<string, number> | undefined;
  if (stage === 'bare') {
    for (const path of (await csvFiles(folder)).paths) rows += await bareParse(path);
  } else {
    const collector = stage === 'combined' ? createStatsCollector() : undefined;
    const report = await validateFolder(folder, collector ? { sink: collector } : {});
    rows = report.files.reduce((sum, file) => sum + file.rows, 0);
    ok = report.ok;
    counts = report.counts as Record<string, number>;
    if (collector) {
      const statisticsStart = performance.now();
      const raw = datasetToPublish(collector, report.meta.as_of ? { asOf: report.meta.as_of } : {});
      const publishStart = performance.now();
      statistics = (publishStart - statisticsStart) / 1000;
      if (publishing) {
        await publishRawInWorkers(raw, { k: 10 });
        publish = (performance.now() - publishStart) / 1000;
      }
    }
  }
  const wall = (performance.now() - started) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  const usage = process.cpuUsage();
  return {
    stage,
    rows,
    wall,
    peakMiB,
    cpu: (usage.user + usage.system) / 1e6,
    ...(statistics !== undefined ? { statistics } : {}),
    ...(publish !== undefined ? { publish } : {}),
    ...(ok !== undefined ? { ok, counts } : {}),
  };
}

const args = process.argv.slice(2);
const stageArg = args.indexOf('--stage');
if (stageArg >= 0) {
  const stage = args[stageArg + 1] as Stage;
  const folder = args.find((a, i) => !a.startsWith('--') && i !== stageArg + 1) ?? '';
  console.log(JSON.stringify(await runStage(stage, folder, !args.includes('--no-publish'))));
} else {
  const folder = args.find((a) => !a.startsWith('--')) ?? '.build/national';
  const only = args.filter((a) => STAGES.includes(a.replace(/^--/, '') as Stage));
  const stages = only.length ? only.map((a) => a.replace(/^--/, '') as Stage) : STAGES;
  const { paths, bytes } = await csvFiles(folder);
  const mib = bytes / 1048576;
  const fmt = (n: number, digits = 1) =>
    n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  const json = args.includes('--json');
  if (!json)
    console.log(
      `folder ${folder}: ${paths.length} CSV files, ${fmt(mib)} MiB; ` +
        `${availableParallelism()} cores; Node ${process.version}; load average ${load()}`,
    );
  const self = fileURLToPath(import.meta.url);
  const passOn = args.includes('--no-publish') ? ['--no-publish'] : [];
  const results: Measured[] = [];
  for (const stage of stages) {
    // Each stage in a fresh process with this one's V8 flags (the young generation's size).
    const argv = [...process.execArgv, self, '--stage', stage, folder, ...passOn];
    const out = execFileSync(process.execPath, argv, {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const measured = JSON.parse(out.trim().split('\n').at(-1) as string) as Measured;
    results.push(measured);
    // One line per stage as it ends, so a long run shows progress and a pipe can read each figure.
    if (json) console.log(JSON.stringify({ ...measured, folder, load: loadavg()[0] }));
  }
  if (json) process.exit(0);
  const bare = results.find((r) => r.stage === 'bare');
  const header = ['stage', 'rows', 'rows/s', 'MiB/s', 'wall s', 'CPU s', 'peak RSS MiB', '× bare'];
  const table = results.map((r) => [
    r.stage,
    r.rows.toLocaleString('en-GB'),
    Math.round(r.rows / r.wall).toLocaleString('en-GB'),
    fmt(mib / r.wall),
    fmt(r.wall, 2) + partsOf(r),
    fmt(r.cpu, 1),
    fmt(r.peakMiB, 0),
    bare ? fmt(r.wall / bare.wall, 2) : '–',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
  for (const r of results) {
    if (r.ok === undefined) continue;
    const problems = Object.entries(r.counts ?? {})
      .map(([code, n]) => `${code}: ${n}`)
      .join(', ');
    console.log(`${r.stage}: valid ${r.ok}${problems ? ` (${problems})` : ''}`);
  }
  const combined = results.find((r) => r.stage === 'combined');
  if (combined) {
    const meets = combined.wall <= 26 && combined.peakMiB <= 1024;
    console.log(
      `target (combined ≤ 26 s, ≤ 1024 MiB): ${meets ? 'met' : 'missed'}; load average now ${load()}`,
    );
  }
}
