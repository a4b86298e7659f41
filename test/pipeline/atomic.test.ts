import { cp, rename, rm } from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFolders, swapInto, type PublishFs } from '../../src/pipeline/atomic.ts';

const temp = mkdtempSync(join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function site(dir: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

/**
 * File-system calls as on a machine where every rename between two places fails with `EXDEV`
 * (another disk, or an overlay file system), as `fs.rename` does there.
 */
const crossDevice = (renames: string[]): PublishFs => ({
  rename: async (from, to) => {
    renames.push(`${from} -> ${to}`);
    throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}'`), {
      code: 'EXDEV',
    });
  },
  cp,
  rm,
});

describe('buildFolders', () => {
  it('stages beside the output folder, so publishing is a rename on one file system', () => {
    const folders = buildFolders('/mnt/usb/site', 42);
    expect(dirname(folders.work)).toBe('/mnt/usb');
    expect(dirname(folders.previous)).toBe('/mnt/usb');
    expect(folders.site).toBe('/mnt/usb/.site.staging-42/site');
    expect(folders.generated).toBe('/mnt/usb/.site.staging-42/generated');
  });
});

describe('swapInto', () => {
  it('replaces the old site and leaves nothing behind', async () => {
    const target = join(temp, 'plain', 'dist');
    const folders = buildFolders(target);
    site(target, 'old');
    site(folders.site, 'new');
    await swapInto(folders.site, target, folders.previous, { rename, cp, rm });
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(folders.previous)).toBe(false);
    expect(existsSync(folders.site)).toBe(false);
  });

  it('copies and then swaps where a rename fails with EXDEV', async () => {
    const target = join(temp, 'exdev', 'dist');
    const folders = buildFolders(target);
    site(target, 'old');
    site(folders.site, 'new');
    const renames: string[] = [];
    await swapInto(folders.site, target, folders.previous, crossDevice(renames));
    expect(renames.length).toBe(2);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(folders.previous)).toBe(false);
    expect(existsSync(folders.site)).toBe(false);
  });

  it('puts the previous site back when publishing fails', async () => {
    const target = join(temp, 'failing', 'dist');
    const folders = buildFolders(target);
    site(target, 'old');
    site(folders.site, 'new');
    let calls = 0;
    const failSecond: PublishFs = {
      rename: async (from, to) => {
        calls++;
        if (calls === 2) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        await rename(from, to);
      },
      cp,
      rm,
    };
    await expect(swapInto(folders.site, target, folders.previous, failSecond)).rejects.toThrow(
      'EACCES',
    );
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(folders.previous)).toBe(false);
  });
});
