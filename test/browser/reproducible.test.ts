import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';

/** Every file of a folder with the hash of its bytes, by relative path. */
function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'portal-rebuild-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the build is reproducible', () => {
  it('building the same data again gives a byte-identical site', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const again = join(scratch, 'site');
    execFileSync(process.execPath, ['scripts/build.ts', '--out', again, '--lang', 'en'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const first = fingerprint(inject('siteDir'));
    const second = fingerprint(again);
    expect(first.size).toBeGreaterThan(50);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
      (path) => first.get(path) !== second.get(path),
    );
    expect(differing).toEqual([]);
  }, 240_000);
});
