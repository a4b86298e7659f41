/**
 * The generator's public entry point: a deterministic synthetic dataset as a list of files,
 * each streamed as CSV text in chunks (the national scale is about 900 MB and is never held
 * in memory at once).
 */
import { chunked } from '../../src/core/csv/chunked.ts';
import { isoOf } from './days.ts';
import { tableLines } from './lines.ts';
import { planDataset } from './plan.ts';
import type { DatasetPlan } from './plan-types.ts';
import { SCALES, type ScaleName } from './scales.ts';

export interface GenerateOptions {
  scale: ScaleName;
  /** Any whole number; the same seed always gives byte-identical files. */
  seed: number;
}

/** One file of a generated dataset. */
export interface GeneratedFile {
  /** File name inside the dataset folder, e.g. `participants.csv`. */
  name: string;
  /** The file's text (UTF-8, LF) in chunks of about 64 KiB; each call starts afresh. */
  chunks(): Iterable<string>;
}

function datasetJson(scale: ScaleName, plan: DatasetPlan): string {
  const national = scale === 'national';
  const meta = {
    title_en: national
      ? 'Synthetic national-scale dataset of mentoring programmes'
      : 'Synthetic sample of two mentoring programmes',
    title_tr: national
      ? 'Mentorluk programlarının ulusal ölçekte sentetik veri seti'
      : 'İki mentorluk programının sentetik örnek verisi',
    publisher: 'Mentoring programme portal (open-source project)',
    as_of: isoOf(plan.asOf),
    licence: 'CC-BY-4.0',
    synthetic: true,
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}

/**
 * Generates a valid synthetic dataset: `dataset.json` and every CSV of the contract.
 * @example
 * for (const file of generateDataset({ scale: 'small', seed: 2023 })) {
 *   for (const chunk of file.chunks()) write(file.name, chunk);
 * }
 */
export function generateDataset(options: GenerateOptions): GeneratedFile[] {
  if (!Number.isSafeInteger(options.seed)) throw new RangeError('seed must be a whole number');
  const plan = planDataset(SCALES[options.scale], options.seed);
  const files: GeneratedFile[] = [
    { name: 'dataset.json', chunks: () => [datasetJson(options.scale, plan)] },
  ];
  for (const [name, lines] of Object.entries(tableLines(plan))) {
    files.push({ name, chunks: () => chunked(lines()) });
  }
  return files;
}

/**
 * Joins a generated file's chunks into one string (for tests and small scales only).
 * @example fileText(generateDataset({ scale: 'small', seed: 1 }), 'topics.csv').split('\n')[0] // 'topic_id,label_en,label_tr'
 */
export function fileText(files: readonly GeneratedFile[], name: string): string {
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`no generated file named ${name}`);
  let text = '';
  for (const chunk of file.chunks()) text += chunk;
  return text;
}
