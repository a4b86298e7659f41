import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// The same boundary as eslint.config.js, proved on the real files: src/core is pure and runs in the
// browser, so it imports nothing from Node, Astro, the build or the tools (issue 15.6).
const root = new URL('../..', import.meta.url).pathname;

/** Every module specifier in `import … from`, `export … from`, `import '…'` and `import('…')`. */
function specifiersOf(source: string): string[] {
  const pattern =
    /(?:^|\n)\s*(?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((m) => (m[1] ?? m[2]) as string);
}

interface Edge {
  file: string; // relative to the repository root
  specifier: string;
  target: string; // repository path for relative specifiers, else the specifier itself
}

function coreFiles(dir = 'src/core'): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return coreFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

function edge(file: string, specifier: string): Edge {
  const target = specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier;
  return { file, specifier, target };
}

function edgesOf(file: string): Edge[] {
  const source = readFileSync(join(root, file), 'utf8');
  return specifiersOf(source).map((specifier) => edge(file, specifier));
}

const FORBIDDEN_PACKAGES = [/^node:/, /^astro(?::|\/|$)/];
const FORBIDDEN_FOLDERS = [
  'src/pipeline/',
  'src/node/',
  'src/pages/',
  'src/components/',
  'src/data/',
  'scripts/',
  'test/',
];

function forbidden(edge: Edge): boolean {
  if (FORBIDDEN_PACKAGES.some((pattern) => pattern.test(edge.specifier))) return true;
  return FORBIDDEN_FOLDERS.some((folder) => `${edge.target}/`.startsWith(folder));
}

describe('src/core import graph', () => {
  const files = coreFiles();
  const edges = files.flatMap(edgesOf);

  it('reads the real core files and their imports', () => {
    expect(files.length).toBeGreaterThan(50);
    // Every core file but a few leaf modules imports something: a regex that found nothing is broken.
    expect(edges.length).toBeGreaterThan(files.length);
  });

  it('imports no node:*, no Astro, nothing from pipeline, node, pages, components, data, scripts or test', () => {
    const offenders = edges.filter(forbidden).map((e) => `${e.file} → ${e.specifier}`);
    expect(offenders).toEqual([]);
  });

  it('keeps stats from importing disclosure (no folder-level cycle)', () => {
    const stats = edges.filter((e) => e.file.startsWith('src/core/stats/'));
    expect(stats.length).toBeGreaterThan(10);
    const importers = stats
      .filter((e) => e.target.startsWith('src/core/disclosure/'))
      .map((e) => `${e.file} → ${e.specifier}`);
    expect(importers).toEqual([]);
  });
});

describe('the import reader', () => {
  it('finds every import form, one line or several', () => {
    const source = [
      "import { a } from './a.ts';",
      'import type {',
      '  B,',
      '  C,',
      "} from '../b/c.ts';",
      "export { d } from 'node:fs';",
      "export * from 'astro:content';",
      "import './side-effect.ts';",
      "const lazy = await import('../../node/x.ts');",
      'const notAnImport = "from \'nowhere\'";',
    ].join('\n');
    expect(specifiersOf(source)).toEqual([
      './a.ts',
      '../b/c.ts',
      'node:fs',
      'astro:content',
      './side-effect.ts',
      '../../node/x.ts',
    ]);
  });

  it('flags the forbidden targets and lets core and npm packages through', () => {
    const from = (specifier: string): Edge => edge('src/core/stats/x.ts', specifier);
    expect(forbidden(from('node:fs'))).toBe(true);
    expect(forbidden(from('astro'))).toBe(true);
    expect(forbidden(from('astro:content'))).toBe(true);
    expect(forbidden(from('../../node/read-folder.ts'))).toBe(true);
    expect(forbidden(from('../../pipeline/prepare-data.ts'))).toBe(true);
    expect(forbidden(from('../../../scripts/generate/plan.ts'))).toBe(true);
    expect(forbidden(from('../../../test/helpers/chromium.ts'))).toBe(true);
    expect(forbidden(from('../disclosure/k.ts'))).toBe(false);
    expect(forbidden(from('zod'))).toBe(false);
    expect(forbidden(from('astronomy'))).toBe(false);
  });
});
