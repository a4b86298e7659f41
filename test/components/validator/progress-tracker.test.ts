import { describe, expect, it } from 'vitest';
import {
  createProgressTracker,
  type ProgressUpdate,
} from '../../../src/components/validator/progress-tracker.ts';

const SIZES: Record<string, number> = { 'a.csv': 100, 'b.csv': 50 };

/** Feeds `(time, file, bytes, rows)` steps and returns what was posted. */
function run(steps: [number, string, number, number][]): ProgressUpdate[] {
  const posted: ProgressUpdate[] = [];
  let clock = 0;
  const tracker = createProgressTracker(
    (file) => SIZES[file] ?? 0,
    (update) => posted.push(update),
    100,
    () => clock,
  );
  for (const [time, file, bytes, rows] of steps) {
    clock = time;
    tracker.update({ file, bytes, rows });
  }
  return posted;
}

describe('createProgressTracker(sizeOf, post)', () => {
  it.each([
    {
      title: 'adds the whole size and rows of finished files',
      steps: [
        [0, 'a.csv', 40, 4],
        [200, 'a.csv', 100, 9],
        [400, 'b.csv', 10, 1],
      ],
      posted: [
        { file: 'a.csv', done: 40, rows: 4 },
        { file: 'a.csv', done: 100, rows: 9 },
        { file: 'b.csv', done: 110, rows: 10 },
      ],
    },
    {
      title: 'posts at most every 100 ms, but keeps counting in between',
      steps: [
        [0, 'a.csv', 10, 1],
        [50, 'a.csv', 100, 10],
        [60, 'b.csv', 20, 2],
        [150, 'b.csv', 30, 3],
      ],
      posted: [
        { file: 'a.csv', done: 10, rows: 1 },
        { file: 'b.csv', done: 130, rows: 13 },
      ],
    },
    {
      title: 'never counts more than a file’s size (characters can outnumber bytes)',
      steps: [[0, 'b.csv', 80, 5]],
      posted: [{ file: 'b.csv', done: 50, rows: 5 }],
    },
  ] as { title: string; steps: [number, string, number, number][]; posted: ProgressUpdate[] }[])(
    '$title',
    ({ steps, posted }) => {
      expect(run(steps)).toEqual(posted);
    },
  );
});
