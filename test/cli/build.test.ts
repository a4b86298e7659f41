import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKER_NAME } from '../../src/pipeline/build-marker.ts';

const ROOT = join(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/build.ts');
const VALID = join(ROOT, 'test/fixtures/validation/valid');
// On Linux /dev/shm is a tmpfs: another file system than the checkout, as a USB disk or a
// network share would be; publishing there used to fail with EXDEV. (atomic.test.ts plays the
// EXDEV error itself, on any machine.)
const SCRATCH = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const temp = mkdtempSync(join(SCRATCH, 'build-cli-'));
const legacyLeftovers: string[] = [];
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  for (const path of legacyLeftovers) rmSync(path, { recursive: true, force: true });
});

async function build(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'C', LC_ALL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every file of a folder with the hash of its bytes and its modification time. */
function fingerprint(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
      return `${relative(dir, path)} ${hash} ${statSync(path).mtimeMs}`;
    })
    .sort();
}

/** Temporary folders of builds in the project's `.build/` and beside the output folder. */
function buildLeftovers(parent: string): string[] {
  const scratch = join(ROOT, '.build');
  const inScratch = existsSync(scratch)
    ? readdirSync(scratch).filter((name) => /^(staging|generated)-\d+$/.test(name))
    : [];
  const beside = readdirSync(parent).filter((name) => /\.(staging|previous)-\d+$/.test(name));
  return [...inScratch, ...beside];
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid as number;
}

describe('npm run build refuses an --out it may not replace, before any work', () => {
  it('keeps a folder of someone’s own files, with exit 2 and a message', async () => {
    const mine = join(temp, 'my-files');
    mkdirSync(join(mine, 'letters'), { recursive: true });
    writeFileSync(join(mine, 'thesis.docx'), 'precious');
    writeFileSync(join(mine, 'letters', 'a.txt'), 'dear');
    const before = fingerprint(mine);
    const { code, stderr, stdout } = await build(['--out', mine]);
    expect(code).toBe(2);
    expect(stderr).toContain('holds files that an earlier build did not make');
    expect(stdout).toBe('');
    expect(fingerprint(mine)).toEqual(before);
    expect(readdirSync(temp).filter((name) => name.includes('my-files'))).toEqual(['my-files']);
  });

  it.each([
    ['the data folder', ['--out', 'data'], 'is the data folder or inside it', 'data'],
    ['inside --data', ['--data', VALID, '--out', join(VALID, 'site')], 'inside it', VALID],
    ['the repository root', ['--out', '.'], 'is the project folder, contains it', 'src'],
    ['a source folder', ['--out', 'src'], 'one of its source folders', 'src'],
    ['inside a source folder', ['--out', 'content/site'], 'one of its source folders', 'content'],
  ])('refuses %s and touches nothing', async (_what, args, message, watched) => {
    const folder = resolve(ROOT, watched);
    const before = fingerprint(folder);
    const leftovers = buildLeftovers(ROOT);
    const { code, stderr } = await build(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(fingerprint(folder)).toEqual(before);
    expect(buildLeftovers(ROOT)).toEqual(leftovers);
    expect(existsSync(join(ROOT, 'content', 'site'))).toBe(false);
    expect(existsSync(join(VALID, 'site'))).toBe(false);
  });

  it('says it in Turkish with --lang tr', async () => {
    const { code, stderr } = await build(['--out', 'data', '--lang', 'tr']);
    expect(code).toBe(2);
    expect(stderr).toContain('veri klasörünün kendisi ya da onun içinde');
  });
});

describe('npm run build checks its options', () => {
  it.each([
    ['--k=1e3', 'whole number from 5 to 1000'],
    ['--k=0x10', 'whole number from 5 to 1000'],
    ['--k= 12', 'whole number from 5 to 1000'],
    ['--k=99999999999999999999', 'whole number from 5 to 1000'],
    ['--lang=xx', 'The --lang option must be en or tr.'],
    ['--base=/a"onload="alert(1)/', 'The --base option needs a path'],
    ['--base=//other.host/', 'The --base option needs a path'],
    ['--site=javascript:alert(1)', 'The --site option needs a full http or https address'],
  ])('refuses %s with exit 2 and the usage line', async (arg, message) => {
    const { code, stderr } = await build([arg, '--out', join(temp, 'never')]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('[--out <folder>]');
    expect(existsSync(join(temp, 'never'))).toBe(false);
  });

  it('answers in Turkish for --lang tr', async () => {
    const { code, stderr } = await build(['--k', '3', '--lang', 'tr']);
    expect(code).toBe(2);
    expect(stderr).toContain('--k seçeneği 5 ile 1000 arasında');
    expect(stderr).toContain('Kullanım: npm run build -- [--data <klasör>] [--out <klasör>]');
  });
});

describe('npm run build publishes safely', () => {
  const parent = join(temp, 'publish');
  const out = join(parent, 'site');

  it('cleans what interrupted builds left, marks its output, and publishes on another disk', async () => {
    const dead = deadPid();
    const stale = [
      join(parent, `.site.staging-${dead}`),
      join(ROOT, '.build', `generated-${dead}`),
    ];
    legacyLeftovers.push(stale[1] as string);
    for (const path of stale) {
      mkdirSync(path, { recursive: true });
      writeFileSync(join(path, 'site.json'), '{"stats":"computed"}');
    }
    const { code, stderr } = await build(['--out', out, '--lang', 'en']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stale.filter((path) => existsSync(path))).toEqual([]);
    expect(existsSync(join(out, MARKER_NAME))).toBe(true);
    expect(existsSync(join(out, 'downloads', 'datapackage.json'))).toBe(true);
    expect(buildLeftovers(parent)).toEqual([]);
  }, 240_000);

  it('leaves the previous site intact and no temporary folder when interrupted', async () => {
    const before = fingerprint(out);
    expect(before.length).toBeGreaterThan(50);
    const child = spawn(process.execPath, [SCRIPT, '--out', out, '--lang', 'en'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Wait until the pages are being built (the staging site folder exists), then stop it.
    const staging = join(parent, `.site.staging-${child.pid}`, 'site');
    for (let i = 0; i < 600 && !existsSync(staging); i++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(existsSync(staging)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(stderr).toContain('The build was interrupted');
    expect(fingerprint(out)).toEqual(before);
    expect(buildLeftovers(parent).filter((name) => name.includes(String(child.pid)))).toEqual([]);
  }, 240_000);
});
