import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFiles } from '../../../src/core/validate/index.ts';

/** Where the validation fixtures live: `valid/` plus one folder per case. */
export const FIXTURES = join(import.meta.dirname, '../../fixtures/validation');

export interface Expected {
  description: string;
  ok: boolean;
  problems: {
    code: string;
    severity: string;
    file: string;
    row: number | null;
    column: string | null;
  }[];
  remove?: string[];
}

/** A case's expectations (`expected.json`). */
export function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
}

/**
 * A fixture case as a dataset: the shared valid dataset, with the case folder's files in place of
 * the valid ones and the files listed in `expected.json#remove` taken away.
 */
export function caseFiles(name: string): DatasetFiles {
  const base = join(FIXTURES, 'valid');
  const overlay = join(FIXTURES, name);
  const remove = new Set(
    existsSync(join(overlay, 'expected.json')) ? (expectedOf(name).remove ?? []) : [],
  );
  const names = new Set([...readdirSync(base), ...readdirSync(overlay)]);
  names.delete('expected.json');
  for (const file of remove) names.delete(file);
  const pathOf = (file: string) =>
    existsSync(join(overlay, file)) ? join(overlay, file) : join(base, file);
  return {
    names: [...names],
    open: (file) => () => createReadStream(pathOf(file), { highWaterMark: 64 }),
  };
}

/** Every case folder (all but the shared `valid/`). */
export function caseNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name !== 'valid' && existsSync(join(FIXTURES, name, 'expected.json')))
    .sort();
}
