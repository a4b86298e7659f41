/**
 * Frontmatter schemas of the content collections. Pure zod (no Astro import), so that
 * `src/content.config.ts` and the content tests validate with exactly the same rules.
 */
import { z } from 'zod';

/** Programme ids, as in the `programmes` table of the data contract. */
export const PROGRAMME_IDS = ['mwm-high-school', 'ses-women-in-business'] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

/** The eight chapters of a replication guide: MENTOR's six standards, then two of our own. */
export const GUIDE_STANDARDS = [
  'recruitment',
  'screening',
  'training',
  'matching-and-initiating',
  'monitoring-and-support',
  'closure',
  'safeguarding',
  'data-and-kvkk',
] as const;
export type GuideStandard = (typeof GUIDE_STANDARDS)[number];

/** Kinds of artefact (templates, forms and plans that organisations download or print). */
export const ARTEFACT_KINDS = [
  'session-plan',
  'meeting-guide',
  'form',
  'questionnaire',
  'consent',
  'code-of-conduct',
  'log',
  'checklist',
  'template',
] as const;
export type ArtefactKind = (typeof ARTEFACT_KINDS)[number];

/** Languages a source document is written in. */
export const SOURCE_LANGS = ['en', 'tr'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date, output as a `YYYY-MM-DD` string. YAML turns an unquoted `2025-01-31` into a
 * Date, so both forms are accepted and normalised to the string.
 */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine(isIsoDate, { message: 'expected a date written YYYY-MM-DD' });

/** A slug: lower-case ASCII letters, digits and single hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug');

/** Fields every prose entry has, in every collection. */
export const commonFields = {
  /** Page title; the page's only h1. */
  title: z.string().min(1),
  /** One sentence, used for the meta description and for cards. */
  description: z.string().min(1),
  /** When a person last checked the page against its sources. */
  lastReviewed: isoDate,
  /** Ids of entries of the `sources` collection; at least one. */
  sources: z.array(slug).min(1),
  /** Position in lists (lower first); optional. */
  order: z.number().optional(),
};

export const programmeSchema = z.strictObject({
  ...commonFields,
  programme: z.enum(PROGRAMME_IDS),
  /** A partner overview, or the "how it works" timeline. */
  kind: z.enum(['overview', 'how-it-works']),
});

export const guideSchema = z.strictObject({
  ...commonFields,
  programme: z.enum(PROGRAMME_IDS),
  /** Chapter number within the programme's guide, from 1. */
  chapter: z.number().int().min(1),
  standard: z.enum(GUIDE_STANDARDS),
  /** Slugs of the artefacts (collection `artefacts`) the chapter uses; may be empty. */
  artefacts: z.array(slug),
});

export const artefactSchema = z.strictObject({
  ...commonFields,
  /** The programme it belongs to, or `both`. */
  programme: z.enum([...PROGRAMME_IDS, 'both']),
  artefactKind: z.enum(ARTEFACT_KINDS),
});

export const findingSchema = z.strictObject({
  ...commonFields,
  programme: z.enum(PROGRAMME_IDS),
  workshopDate: isoDate,
});

export const pageSchema = z.strictObject({
  ...commonFields,
  /** Key of the page in the route map (e.g. `aboutData`, `useThis`, `methodology`). */
  page: z.string().min(1),
});

/**
 * A source document (one file per source, not per language). `title`, `short` and `publisher` are
 * written in English; the `_tr` fields give the Turkish ones (the official Turkish title where one
 * exists). On a Turkish page a field without its Turkish form is shown in English, marked
 * `lang="en"`.
 */
export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  /** The Turkish title: the official one, or the source's own Turkish name. */
  title_tr: z.string().min(1).optional(),
  /** Short name for in-text citations, e.g. "MENTOR" (defaults to authors, then publisher). */
  short: z.string().min(1).optional(),
  /** Short name in Turkish citations, e.g. "Kier vd." for "Kier et al.". */
  short_tr: z.string().min(1).optional(),
  /** Authors, when the source names them (e.g. a journal article). */
  authors: z.string().min(1).optional(),
  publisher: z.string().min(1),
  publisher_tr: z.string().min(1).optional(),
  /** Edition number, written "4th edition" / "4. baskı". */
  edition: z.number().int().min(2).optional(),
  year: z.number().int().min(1900).max(2100),
  url: z.url().optional(),
  /** The language the document itself is written in. */
  language: z.enum(SOURCE_LANGS),
  /** What the portal uses this source for, in English and Turkish. */
  note_en: z.string().min(1),
  note_tr: z.string().min(1),
});

/** The prose collections, each stored as `content/<collection>/<lang>/<slug>.mdx`. */
export const PROSE_SCHEMAS = {
  programmes: programmeSchema,
  guides: guideSchema,
  artefacts: artefactSchema,
  findings: findingSchema,
  pages: pageSchema,
} as const;
export type ProseCollection = keyof typeof PROSE_SCHEMAS;

export type ProgrammeEntry = z.output<typeof programmeSchema>;
export type GuideEntry = z.output<typeof guideSchema>;
export type ArtefactEntry = z.output<typeof artefactSchema>;
export type FindingEntry = z.output<typeof findingSchema>;
export type PageEntry = z.output<typeof pageSchema>;
export type SourceEntry = z.output<typeof sourceSchema>;
