import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKER_NAME } from '../../src/pipeline/build-marker.ts';
import { checkOutFolder, PROTECTED_FOLDERS } from '../../src/pipeline/out-guard.ts';

// A pretend project in a temp folder: the guard only looks at paths, never at the real repo.
const temp = mkdtempSync(join(tmpdir(), 'out-guard-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const root = join(temp, 'project');
const data = join(root, 'data');
mkdirSync(data, { recursive: true });
writeFileSync(join(data, 'programmes.csv'), 'programme_id\n');
for (const name of PROTECTED_FOLDERS) mkdirSync(join(root, name), { recursive: true });

const check = (out: string, dataDir = data) => checkOutFolder({ out, data: dataDir, root });

describe('checkOutFolder', () => {
  it('accepts a new folder, an empty one, and one an earlier build marked', () => {
    expect(check(join(root, 'dist'))).toBeUndefined();
    expect(check(join(temp, 'new', 'deeper', 'site'))).toBeUndefined();
    const empty = join(temp, 'empty');
    mkdirSync(empty);
    expect(check(empty)).toBeUndefined();
    const marked = join(temp, 'marked');
    mkdirSync(marked);
    writeFileSync(join(marked, MARKER_NAME), '');
    writeFileSync(join(marked, 'anything.html'), '');
    expect(check(marked)).toBeUndefined();
  });

  it('accepts a site an earlier build made before builds wrote the marker', () => {
    const old = join(temp, 'old-dist');
    mkdirSync(join(old, 'downloads'), { recursive: true });
    mkdirSync(join(old, '_astro'));
    writeFileSync(join(old, 'index.html'), '');
    writeFileSync(join(old, 'downloads', 'datapackage.json'), '{}');
    expect(check(old)).toBeUndefined();
  });

  it('refuses a folder of someone’s own files', () => {
    const mine = join(temp, 'my-files');
    mkdirSync(mine);
    writeFileSync(join(mine, 'thesis.docx'), 'precious');
    expect(check(mine)).toBe('outNotOurs');
    // index.html alone is not enough to look like a build.
    writeFileSync(join(mine, 'index.html'), '');
    expect(check(mine)).toBe('outNotOurs');
  });

  it('refuses the data folder, a folder inside it, and one that holds it', () => {
    expect(check(data)).toBe('outIsData');
    expect(check(join(data, 'site'))).toBe('outIsData');
    const outside = join(temp, 'export');
    mkdirSync(join(outside, 'csv'), { recursive: true });
    expect(check(outside, join(outside, 'csv'))).toBe('outHoldsData');
  });

  it('refuses the project root, what contains it, and every source folder', () => {
    expect(check(root)).toBe('outProtected');
    expect(check(temp)).toBe('outProtected');
    expect(check('/')).toBe('outProtected');
    expect(PROTECTED_FOLDERS.length).toBe(8);
    for (const name of PROTECTED_FOLDERS.filter((n) => n !== 'data')) {
      expect(check(join(root, name))).toBe('outProtected');
      expect(check(join(root, name, 'inside'))).toBe('outProtected');
    }
  });

  it('refuses the top folder of a disk, which cannot be renamed', () => {
    // Mount points every Linux machine has: the kernel's tmpfs and proc file systems.
    const mounts = ['/dev/shm', '/proc'].filter(
      (path) => existsSync(path) && statSync(path).dev !== statSync(dirname(path)).dev,
    );
    expect(mounts.length).toBeGreaterThan(0);
    for (const mount of mounts) expect(check(mount)).toBe('outMountPoint');
  });

  it('sees through links and refuses a file or a link as the output', () => {
    const link = join(temp, 'link-to-data');
    symlinkSync(data, link);
    expect(check(link)).toBe('outIsData');
    const linkToEmpty = join(temp, 'link-to-empty');
    mkdirSync(join(temp, 'empty-target'));
    symlinkSync(join(temp, 'empty-target'), linkToEmpty);
    expect(check(linkToEmpty)).toBe('outNotFolder');
    const file = join(temp, 'notes.txt');
    writeFileSync(file, 'x');
    expect(check(file)).toBe('outNotFolder');
  });
});
