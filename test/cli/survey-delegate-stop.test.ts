import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileText, generateDataset } from '../../scripts/generate/dataset.ts';
import { DatasetState } from '../../src/core/validate/state.ts';
import { surveyDelegate } from '../../src/node/survey-delegate.ts';

const temp = mkdtempSync(join(tmpdir(), 'survey-stop-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A survey file long enough (its generated rows, many times over) to be stopped mid-pass. */
function longSurvey(): { path: string; size: number } {
  const files = generateDataset({ scale: 'small', seed: 5 });
  const [header, ...rows] = fileText(files, 'survey_responses.csv').trimEnd().split('\n');
  expect(rows.length).toBeGreaterThan(1000);
  const path = join(temp, 'survey_responses.csv');
  const body = `${rows.join('\n')}\n`;
  writeFileSync(path, `${header}\n${body.repeat(40)}`);
  return { path, size: statSync(path).size };
}

describe('survey workers asked to stop mid-pass (validation ended before their turn)', () => {
  const { path, size } = longSurvey();
  expect(size).toBeGreaterThan(5_000_000);

  it.each([
    ['one worker for the whole file', undefined],
    ['two workers for two parts', { size }],
  ] as const)('%s: close() returns once they exit, before they read it all', async (_, split) => {
    let read = 0;
    let started: () => void = () => {};
    const reading = new Promise<void>((resolve) => (started = resolve));
    const delegate = surveyDelegate({
      responsesPath: path,
      itemsPath: undefined,
      collector: undefined,
      ...(split ? { split } : {}),
      onProgress: (bytes) => {
        read = bytes;
        started();
      },
    });
    delegate.start({ state: new DatasetState(), strict: false, maxPerCode: 10 });
    await reading;
    expect(read).toBeGreaterThan(0);
    await delegate.close();
    const stoppedAt = read;
    expect(stoppedAt).toBeLessThan(size);
    // Exited: no more progress, and the outcome says the workers stopped without one.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(read).toBe(stoppedAt);
    await expect(delegate.outcome()).rejects.toThrow(/exited \(0\) before its outcome/);
  });
});
