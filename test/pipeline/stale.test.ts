import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanStale, isRunning } from '../../src/pipeline/stale.ts';

const temp = mkdtempSync(join(tmpdir(), 'stale-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  expect(child.pid).toBeGreaterThan(0);
  return child.pid as number;
}

function folderWith(path: string, file: string, text: string) {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, file), text);
}

describe('cleanStale', () => {
  it('removes what ended builds left, beside the output and in .build/, and nothing else', () => {
    const dead = deadPid();
    expect(isRunning(dead)).toBe(false);
    const root = join(temp, 'a', 'project');
    const target = join(temp, 'a', 'dist');
    folderWith(target, 'index.html', 'site');
    const leftovers = [
      join(temp, 'a', `.dist.staging-${dead}`),
      join(temp, 'a', `.dist.previous-${dead}`),
      join(root, '.build', `staging-${dead}`),
      join(root, '.build', `generated-${dead}`),
    ];
    for (const path of leftovers) folderWith(path, 'site.json', '{"stats":1}');
    const running = [
      join(temp, 'a', `.dist.staging-${process.pid}`),
      join(root, '.build', `generated-${process.pid}`),
      join(root, '.build', 'test-site'),
      join(temp, 'a', `.other.staging-${dead}`),
    ];
    for (const path of running) folderWith(path, 'keep', '');

    expect(cleanStale(target, root).sort()).toEqual([...leftovers].sort());
    expect(leftovers.filter((path) => existsSync(path))).toEqual([]);
    expect(running.filter((path) => existsSync(path))).toEqual(running);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('site');
  });

  it('puts back the previous site when a build stopped between the two renames', () => {
    const dead = deadPid();
    const target = join(temp, 'b', 'dist');
    folderWith(join(temp, 'b', `.dist.previous-${dead}`), 'index.html', 'previous site');
    cleanStale(target, join(temp, 'b', 'project'));
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('previous site');
  });
});
