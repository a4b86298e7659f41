import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../core/validate/fixture-files.ts';
import type { PickedFile } from '../../../src/components/validator/file-set.ts';

/** Files of `test/fixtures/validator/mixed/` that replace the valid dataset's. */
export const MIXED = join(import.meta.dirname, '../../fixtures/validator/mixed');

/**
 * A dataset folder as the browser would hand it over (Node's `File`s): the shared valid dataset
 * with the files of each overlay folder in place of the valid ones.
 */
export function pickedFiles(...overlays: string[]): PickedFile[] {
  const paths = new Map<string, string>();
  for (const folder of [join(FIXTURES, 'valid'), ...overlays]) {
    for (const name of readdirSync(folder)) {
      if (name.endsWith('.csv') || name === 'dataset.json') paths.set(name, join(folder, name));
    }
  }
  return [...paths].map(([name, path]) => new File([readFileSync(path)], name));
}
