/**
 * `npm run bench -- [folder]` (default `.build/national`): the national-scale figures of issues 4,
 * 5 and 16. Runs its stages over the same CSV bytes, each in its own child process so that each
 * gets its own peak RSS:
 *   bare      papaparse streaming, `step` callback, arrays (the baseline)
 *   validate  validation alone (`validateFolder`)
 *   combined  validation + all statistics in one pass, exactly as the build does it
 *             (`validateFolder` with the collector as sink, the statistics finished with
 *             `datasetToPublish`; its `statistics` figure is that last part)
 *   publish   then, in the same process, publishing under disclosure control
 *             (`publishRawInWorkers`, whose reconstruction checks run in two worker threads;
 *             its peak RSS is the whole process's; `--no-publish` skips it)
 *   duckdb    only with `--duckdb`: DuckDB doing issue 16's work on the same files
 *             (scripts/bench-duckdb.ts; needs `npm install --no-save @duckdb/node-api`)
 * and prints rows, rows/s, MiB/s, wall time, CPU time, peak RSS and the ratio to the baseline.
 * `--json` prints one JSON line per stage instead of the table (`stage`, `wall` and `cpu` in
 * seconds, `peakMiB`, `rows`, `load`). Stages can be picked with `--bare`, `--validate`,
 * `--combined`, `--duckdb`. The validating stages check survey_responses.csv in worker threads
 * (as the build does). Not a test: nothing is asserted. Target (issue 16, 2-core machine): the
 * combined stage at or below DuckDB's wall time for the same work (26.0 s when the issue was
 * filed; the DuckDB stage measures it again) and ≤ 1 GiB peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { duckdbStage } from './bench-duckdb.ts';
import { createStatsCollector } from '../src/core/stats/collector.ts';
import { datasetToPublish } from '../src/core/figures/publish-dataset.ts';
import { publishRawInWorkers } from '../src/node/publish-in-workers.ts';
import { validateFolder } from '../src/node/validate-folder.ts';

type Stage = 'bare' | 'validate' | 'combined' | 'duckdb';
/** The stages run when none is picked (duckdb needs a package the project does not install). */
const STAGES: readonly Stage[] = ['bare', 'validate', 'combined'];
const PICKABLE: readonly Stage[] = [...STAGES, 'duckdb'];

/** What a stage's child process prints (one JSON line). */
interface Measured {
  /** `publish` comes from the combined stage's process. */
  stage: Stage | 'publish';
  rows: number;
  wall: number;
  /** Seconds spent finishing the statistics from the collected arrays (combined only). */
  statistics?: number;
  peakMiB: number;
  /** CPU seconds (user + system, all threads): steadier than wall time on a busy machine. */
  cpu: number;
  ok?: boolean;
  counts?: Record<string, number>;
}

/** The combined stage's statistics, after its wall time in the table. */
function partsOf(r: Measured): string {
  return r.statistics !== undefined ? ` (statistics ${r.statistics.toFixed(2)})` : '';
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

/** CPU seconds of this process so far (all threads) and its peak RSS so far. */
function usage(): { cpu: number; peakMiB: number } {
  const { user, system } = process.cpuUsage();
  // maxRSS is in KiB.
  return { cpu: (user + system) / 1e6, peakMiB: process.resourceUsage().maxRSS / 1024 };
}

/** One stage's figures; the combined stage's process also gives the publish stage's. */
async function runStage(stage: Stage, folder: string, publishing: boolean): Promise<Measured[]> {
  if (stage === 'duckdb') return [await duckdbStage(folder)];
  const started = performance.now();
  let rows = 0;
  if (stage === 'bare') {
    for (const path of (await csvFiles(folder)).paths) rows += await bareParse(path);
    return [{ stage, rows, wall: (performance.now() - started) / 1000, ...usage() }];
  }
  const collector = stage === 'combined' ? createStatsCollector() : undefined;
  const report = await validateFolder(folder, collector ? { sink: collector } : {});
  rows = report.files.reduce((sum, file) => sum + file.rows, 0);
  const verdict = { ok: report.ok, counts: report.counts as Record<string, number> };
  if (!collector)
    return [{ stage, rows, wall: (performance.now() - started) / 1000, ...usage(), ...verdict }];
  const statisticsStart = performance.now();
  const raw = datasetToPublish(collector, report.meta.as_of ? { asOf: report.meta.as_of } : {});
  const ended = performance.now();
  const combined: Measured = {
    stage,
    rows,
    wall: (ended - started) / 1000,
    ...usage(),
    statistics: (ended - statisticsStart) / 1000,
    ...verdict,
  };
  if (!publishing) return [combined];
  const published = await publishRawInWorkers(raw, { k: 10 });
  const after = usage();
  return [
    combined,
    {
      stage: 'publish',
      // Its rows: the outcome rows under the reconstruction check (programmes and schools).
      rows: [...published.programmes, ...published.schools].reduce(
        (sum, unit) => sum + unit.outcomes.length,
        0,
      ),
      wall: (performance.now() - ended) / 1000,
      cpu: after.cpu - combined.cpu,
      peakMiB: after.peakMiB,
    },
  ];
}

const args = process.argv.slice(2);
const stageArg = args.indexOf('--stage');
if (stageArg >= 0) {
  const stage = args[stageArg + 1] as Stage;
  const folder = args.find((a, i) => !a.startsWith('--') && i !== stageArg + 1) ?? '';
  for (const measured of await runStage(stage, folder, !args.includes('--no-publish')))
    console.log(JSON.stringify(measured));
} else {
  const folder = args.find((a) => !a.startsWith('--')) ?? '.build/national';
  const only = args.filter((a) => PICKABLE.includes(a.replace(/^--/, '') as Stage));
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
    const lines = out
      .trim()
      .split('\n')
      .filter((text) => text.startsWith('{'));
    for (const text of lines) {
      const measured = JSON.parse(text) as Measured;
      results.push(measured);
      // One line per stage as it ends, so a long run shows progress and a pipe can read each.
      if (json) console.log(JSON.stringify({ ...measured, folder, load: loadavg()[0] }));
    }
  }
  if (json) process.exit(0);
  const bare = results.find((r) => r.stage === 'bare');
  const header = ['stage', 'rows', 'rows/s', 'MiB/s', 'wall s', 'CPU s', 'peak RSS MiB', '× bare'];
  const table = results.map((r) => [
    r.stage,
    r.rows.toLocaleString('en-GB'),
    Math.round(r.rows / r.wall).toLocaleString('en-GB'),
    // Publishing reads no CSV.
    r.stage === 'publish' ? '–' : fmt(mib / r.wall),
    fmt(r.wall, 2) + partsOf(r),
    fmt(r.cpu, 1),
    fmt(r.peakMiB, 0),
    bare && r.stage !== 'publish' ? fmt(r.wall / bare.wall, 2) : '–',
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
    // DuckDB measured in this run where it was; else its figure when issue 16 was filed.
    const duck = results.find((r) => r.stage === 'duckdb');
    const limit = duck ? duck.wall : 26;
    const meets = combined.wall <= limit && combined.peakMiB <= 1024;
    console.log(
      `target (combined ≤ ${fmt(limit, 2)} s, DuckDB's ${duck ? 'in this run' : 'in issue 16'}; ` +
        `≤ 1024 MiB): ${meets ? 'met' : 'missed'}; load average now ${load()}`,
    );
  }
}
