/** Test helper: parses generated CSV text with papaparse into rows of raw cells. */
import Papa from 'papaparse';
import { fileText, type GeneratedFile } from '../../scripts/generate/index.ts';

export type RawRows = Record<string, string>[];

export interface ParsedFile {
  header: string[];
  rows: RawRows;
}

/** Parses one CSV text (header row first). */
export function parseCsv(text: string): ParsedFile {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`CSV parse error: ${result.errors[0]?.message}`);
  return { header: result.meta.fields ?? [], rows: result.data };
}

/** Parses every CSV of a generated dataset, keyed by file name. */
export function parseDataset(files: readonly GeneratedFile[]): Record<string, ParsedFile> {
  const out: Record<string, ParsedFile> = {};
  for (const file of files) {
    if (file.name.endsWith('.csv')) out[file.name] = parseCsv(fileText(files, file.name));
  }
  return out;
}
