import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/node/progress.ts';
import { createProgress } from '../../src/pipeline/progress.ts';

/** A stand-in for stderr that records what is written; `isTTY` as a terminal or a pipe. */
function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => written.join('') };
}

describe('build progress (stderr, only on a terminal)', () => {
  it.each([
    ['en', /^… Reading\n\r\x1b\[Kfirst\r\x1b\[K✓ Reading \(\d+\.\d s\)\n$/],
    ['tr', /^… Reading\n\r\x1b\[Kfirst\r\x1b\[K✓ Reading \(\d+,\d sn\)\n$/],
  ] as const)(
    '%s: a stage, a line redrawn under it, cleared when the stage ends',
    (lang, shape) => {
      const { stream, text } = fakeStream(true);
      const progress = createProgress(lang, stream);
      const done = progress.stage('Reading');
      progress.line('first');
      // Within a tenth of a second of the last drawing: not drawn again.
      progress.line('second');
      done();
      expect(text()).toMatch(shape);
    },
  );

  it('clears the redrawn line so that an error is printed on a line of its own', () => {
    const { stream, text } = fakeStream(true);
    const progress = createProgress('tr', stream);
    progress.stage('Reading');
    progress.line('survey_responses.csv: 1,0 MiB okundu');
    progress.clear();
    expect(text()).toBe('… Reading\n\r\x1b[Ksurvey_responses.csv: 1,0 MiB okundu\r\x1b[K');
  });

  it('writes nothing into a pipe or a log file', () => {
    const { stream, text } = fakeStream(false);
    const progress = createProgress('en', stream);
    progress.stage('Reading')();
    progress.line('first');
    expect(text()).toBe('');
  });

  it.each([
    ['en', 'survey_responses.csv 1,234.5 MiB'],
    ['tr', 'survey_responses.csv 1.234,5 MiB'],
  ] as const)('the validator CLI line reads MiB in %s', (lang, shown) => {
    const { stream, text } = fakeStream(true);
    progressLine(stream, lang).update({ file: 'survey_responses.csv', bytes: 1234.5 * 1048576 });
    expect(text()).toBe(`\r\x1b[K${shown}`);
  });
});
