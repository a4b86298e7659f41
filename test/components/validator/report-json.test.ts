import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { reportForPage } from '../../../src/components/validator/report-for-page.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetFilesOf } from '../../../src/components/validator/file-set.ts';
import { reportJsonText } from '../../../src/components/validator/report-json.ts';
import { validateDataset } from '../../../src/core/validate/engine.ts';
import { FIXTURES } from '../../core/validate/fixture-files.ts';
import { MIXED, pickedFiles } from './mixed-dataset.ts';

const CLI = join(import.meta.dirname, '../../../scripts/validate.ts');
const temp = mkdtempSync(join(tmpdir(), 'validator-json-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function cli(folder: string): Promise<string> {
  try {
    return (await promisify(execFile)(process.execPath, [CLI, folder, '--json'])).stdout;
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('reportJsonText(reportForPage(report))', () => {
  it.each([
    { name: 'valid', overlays: [] },
    { name: 'mixed', overlays: [MIXED] },
  ])('$name: is byte for byte what validate --json prints', async ({ name, overlays }) => {
    const folder = join(temp, name);
    for (const from of [join(FIXTURES, 'valid'), ...overlays])
      cpSync(from, folder, { recursive: true });
    rmSync(join(folder, 'README.md'), { force: true });
    const report = await validateDataset(datasetFilesOf(pickedFiles(...overlays)));
    expect(reportJsonText(reportForPage(report))).toBe(await cli(folder));
  });
});
