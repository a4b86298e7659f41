/**
 * Checks the real content tree: twins in both languages, valid frontmatter, the same headings
 * structure per pair, known sources and artefacts, and internal links that resolve.
 */
import { describe, expect, it } from 'vitest';
import { headingsOf, outline } from '../../src/content/headings.ts';
import { internalLinks } from '../../src/content/links.ts';
import {
  GUIDE_STANDARDS,
  PROGRAMME_IDS,
  PROSE_SCHEMAS,
  sourceSchema,
} from '../../src/content/schemas.ts';
import { routeOf } from '../../src/i18n/routes.ts';
import {
  COLLECTIONS,
  filesOf,
  readSource,
  slugsOf,
  sourceIds,
  type ContentFile,
} from './read-content.ts';

const files = COLLECTIONS.flatMap((c) => filesOf(c));
const sources = new Set(sourceIds());
const artefactSlugs = new Set(slugsOf('artefacts', 'en'));

function twin(file: ContentFile): ContentFile | undefined {
  const lang = file.lang === 'en' ? 'tr' : 'en';
  return files.find(
    (f) => f.collection === file.collection && f.lang === lang && f.slug === file.slug,
  );
}

describe('the content tree', () => {
  it('has files in every collection, sources and guides (guards the checks below)', () => {
    expect(COLLECTIONS.length).toBeGreaterThan(0);
    for (const collection of COLLECTIONS)
      expect(filesOf(collection).length, collection).toBeGreaterThan(0);
    expect(sources.size).toBeGreaterThan(0);
    expect(files.filter((f) => f.collection === 'guides').length).toBeGreaterThan(0);
  });
});

describe.each(COLLECTIONS)('collection %s', (collection) => {
  it('has the same slugs in en/ and tr/', () => {
    expect(slugsOf(collection, 'tr')).toEqual(slugsOf(collection, 'en'));
  });
});

describe('sources', () => {
  it.each(sourceIds())('%s.json matches the source schema', (id) => {
    expect(sourceSchema.safeParse(readSource(id)).error?.issues ?? []).toEqual([]);
  });
});

describe.each(files.map((f) => [f.path, f] as const))('%s', (_path, file) => {
  it('has frontmatter that matches its collection schema', () => {
    const result = PROSE_SCHEMAS[file.collection].safeParse(file.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('cites only sources that exist in content/sources/', () => {
    const cited = [
      ...((file.data.sources as string[] | undefined) ?? []),
      ...[...file.body.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1] as string),
    ];
    expect(cited.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('uses only ## and ### headings, with the same structure as its twin', () => {
    const mine = headingsOf(file.body);
    expect(mine.filter((h) => h.level < 2 || h.level > 3).map((h) => h.line)).toEqual([]);
    const other = twin(file);
    expect(other, 'twin in the other language').toBeDefined();
    if (other) expect(outline(mine)).toBe(outline(headingsOf(other.body)));
  });

  it('keeps every <Cite /> inside its paragraph (a tag alone on a line becomes a block)', () => {
    const lone = file.body
      .split(/\r?\n/)
      .map((line, i) => ({ line: i + file.bodyLine, alone: /^\s*<Cite\b[^>]*\/>\s*$/.test(line) }))
      .filter((l) => l.alone)
      .map((l) => `line ${l.line}`);
    expect(lone).toEqual([]);
  });

  it('links only to pages that exist, in its own language', () => {
    const broken = internalLinks(file.body).filter(({ href }) => {
      const found = routeOf(href);
      if (!found || found.lang !== file.lang || !href.endsWith('/')) return true;
      const [param] = found.route.params ?? [];
      const key = found.route.key;
      if (key === 'guides' || key === 'artefacts' || key === 'findings') {
        return typeof param !== 'string' || !slugsOf(key, file.lang).includes(param);
      }
      if (key === 'programmes') {
        return param !== undefined && !(PROGRAMME_IDS as readonly unknown[]).includes(param);
      }
      return false;
    });
    expect(broken.map((l) => `line ${l.line + file.bodyLine - 1}: ${l.href}`)).toEqual([]);
  });
});

describe('guides', () => {
  const guides = files.filter((f) => f.collection === 'guides');

  it.each(guides.map((g) => [g.path, g] as const))(
    '%s lists only artefacts that exist, and links to each of them',
    (_path, guide) => {
      const listed = (guide.data.artefacts as string[] | undefined) ?? [];
      expect(listed.filter((slug) => !artefactSlugs.has(slug))).toEqual([]);
      const linked = new Set(
        internalLinks(guide.body)
          .map((l) => routeOf(l.href)?.route)
          .filter((route) => route?.key === 'artefacts')
          .map((route) => route?.params?.[0]),
      );
      expect(listed.filter((slug) => !linked.has(slug))).toEqual([]);
    },
  );

  describe.each(PROGRAMME_IDS.flatMap((p) => (['en', 'tr'] as const).map((l) => [p, l] as const)))(
    '%s (%s)',
    (programme, lang) => {
      const chapters = guides
        .filter((g) => g.lang === lang && g.data.programme === programme)
        .sort((a, b) => (a.data.chapter as number) - (b.data.chapter as number));

      it('has one chapter per standard, numbered 1–8 in the standards order', () => {
        expect(chapters.map((g) => [g.data.chapter, g.data.standard])).toEqual(
          GUIDE_STANDARDS.map((s, i) => [i + 1, s]),
        );
      });
    },
  );

  it('gives twins the same programme, chapter, standard and artefacts', () => {
    const differ = guides
      .filter((g) => g.lang === 'en')
      .filter((g) => {
        const t = twin(g);
        const keys = ['programme', 'chapter', 'standard', 'artefacts', 'sources'] as const;
        return !t || keys.some((k) => JSON.stringify(g.data[k]) !== JSON.stringify(t.data[k]));
      })
      .map((g) => g.slug);
    expect(differ).toEqual([]);
  });
});
