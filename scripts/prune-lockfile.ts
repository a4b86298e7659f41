/**
 * node scripts/prune-lockfile.ts — run after `npm install` changes package-lock.json.
 *
 * The package registry this project is built against lacks some platform builds that packages
 * list as optional dependencies (e.g. @astrojs/compiler-binding 0.5.1 for macOS and Windows).
 * npm install then writes a lock file whose entries name optional packages it never recorded,
 * and `npm ci` (what CI runs) rejects that lock file as out of sync. This drops the optional
 * dependencies that have no entry in the lock file, which is what npm would install anyway.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}
const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
const packages = lock.packages;

/** Whether npm would find `name` from `owner`: its nested node_modules, then each parent's. */
function resolvable(owner: string, name: string): boolean {
  let at = owner;
  for (;;) {
    if (packages[at ? `${at}/node_modules/${name}` : `node_modules/${name}`]) return true;
    if (!at) return false;
    const cut = at.lastIndexOf('/node_modules/');
    at = cut >= 0 ? at.slice(0, cut) : '';
  }
}

const dropped: string[] = [];
for (const [owner, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies;
  if (!optional) continue;
  for (const name of Object.keys(optional)) {
    if (!resolvable(owner, name)) {
      delete optional[name];
      dropped.push(`${owner || '(root)'} → ${name}`);
    }
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  dropped.length ? `Dropped ${dropped.length}:\n${dropped.join('\n')}` : 'Nothing to drop.',
);
