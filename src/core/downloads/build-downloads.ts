import type { Count } from '../disclosure/cells.ts';
import {
  FUNNEL_STAGES,
  type DatasetStats,
  type PublishedOutcome,
  type PublishedProgramme,
} from '../disclosure/published-types.ts';
import type { DatasetMeta } from '../schemas/dataset.ts';
import { csvDocument, csvText } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { formatBool, formatCount, formatNumber } from './format.ts';
import { resource, type FieldKind, type ResourceDef } from './resources.ts';

type Value = string | number | boolean | Count;

function formatField(kind: FieldKind, value: Value): string {
  switch (kind) {
    case 'text':
      return csvText(String(value));
    case 'count':
      return formatCount(value as Count);
    case 'number':
      return formatNumber(value as number | { below: number } | null);
    case 'boolean':
      return formatBool(value as boolean);
    default:
      return String(value);
  }
}

function table(def: ResourceDef, rows: readonly (readonly Value[])[]): string {
  return csvDocument(
    def.fields.map((field) => field.name),
    rows.map((row) => def.fields.map((field, i) => formatField(field.kind, row[i] as Value))),
  );
}

const outcomeRow = (o: PublishedOutcome): Value[] => [
  o.construct,
  o.nPre,
  o.nPost,
  o.n,
  o.meanPre,
  o.meanPost,
  o.meanChange,
  o.ciLow,
  o.ciHigh,
  o.cohensDz,
  o.wilcoxonP,
  o.improved,
  o.same,
  o.declined,
];

const PROGRAMME_TABLES: Record<string, (p: PublishedProgramme) => Value[][]> = {
  'relationships-by-month': (p) =>
    p.relationshipsByMonth.map((r) => [r.month, r.new, r.cumulative, r.targetPath]),
  funnel: (p) => FUNNEL_STAGES.map((stage) => [stage, p.funnel[stage]]),
  'meetings-per-pair': (p) =>
    (p.meetingsPerPair?.distribution ?? []).map((r) => [r.meetings, r.pairs]),
  retention: (p) => p.retention.map((r) => [r.sessionNumber, r.enrolled, r.attended, r.rate]),
  outcomes: (p) => p.outcomes.map(outcomeRow),
  themes: (p) => p.themes.map((t) => [t.themeId, t.kind, t.labelEn, t.labelTr, t.groups]),
};

/**
 * Every published download as text, keyed by its path under the site's base
 * (`downloads/…`), with `downloads/datapackage.json` describing them. Each programme gets
 * every table (header only where it does not apply, e.g. retention for one-to-one), so the
 * paths stay stable.
 * @example buildDownloads(stats, meta).get('downloads/programmes.csv')
 */
export function buildDownloads(stats: DatasetStats, meta: DatasetMeta): Map<string, string> {
  const files = new Map<string, string>();
  const described: { path: string; def: ResourceDef; programmeId?: string }[] = [];
  const add = (path: string, def: ResourceDef, content: string, programmeId?: string) => {
    files.set(`downloads/${path}`, content);
    described.push({ path, def, ...(programmeId ? { programmeId } : {}) });
  };

  const programmes = resource('programmes');
  add(
    programmes.path,
    programmes,
    table(
      programmes,
      stats.programmes.map((p) => [
        p.programmeId,
        p.reach.relationships,
        p.reach.mentees,
        p.reach.mentors,
        p.reach.schools,
        p.reach.cohorts,
        p.reach.sessions,
        p.reach.mentoringHours,
        p.reach.staffTrained,
      ]),
    ),
  );
  for (const p of stats.programmes) {
    for (const [key, rows] of Object.entries(PROGRAMME_TABLES)) {
      const def = resource(key);
      add(def.path.replace('{programme}', p.programmeId), def, table(def, rows(p)), p.programmeId);
    }
  }
  const schools = resource('schools');
  add(
    schools.path,
    schools,
    table(
      schools,
      stats.schools.map((s) => [
        s.schoolId,
        s.nameTr,
        s.nameEn,
        s.province,
        s.schoolType,
        s.isPilot,
        s.cohorts,
        s.mentees,
        s.relationships,
        s.sessions,
        s.attendanceRate,
      ]),
    ),
  );
  files.set(
    'downloads/datapackage.json',
    `${JSON.stringify(dataPackage(meta, stats.k, stats.asOf, described), null, 2)}\n`,
  );
  return files;
}
