/** The per-programme download tables (`downloads/<programme_id>/…`), in publication order. */
import {
  FUNNEL_STAGES,
  type FunnelStage,
  type PublishedMonth,
  type PublishedOutcome,
  type PublishedProgramme,
  type ThemeRow,
  type Count,
} from '../disclosure/published-types.ts';
import { BREAKDOWN_TABLES } from './breakdown-tables.ts';
import { columnsOf } from './columns.ts';
import { table, type TableDef } from './table.ts';

const month = columnsOf<PublishedMonth>();
const stage = columnsOf<{ stage: FunnelStage; mentees: Count }>();
const meeting = columnsOf<{ meetings: number; pairs: Count }>();
const outcome = columnsOf<PublishedOutcome>();
const theme = columnsOf<ThemeRow>();

export const PROGRAMME_TABLES = [
  table({
    key: 'relationships-by-month',
    path: '{programme}/relationships-by-month.csv',
    title: { en: 'New relationships by month', tr: 'Aylara göre yeni eşleşmeler' },
    description: {
      en: 'Relationships by calendar month of matching, the running total and the straight-line path to the target.',
      tr: 'Eşleştirme ayına göre ilişkiler, birikimli toplam ve hedefe giden doğrusal yol.',
    },
    rows: (p: PublishedProgramme) => p.relationshipsByMonth,
    columns: [
      month.month(
        'month',
        ['Month', 'Ay', 'Calendar month (YYYY-MM).', 'Takvim ayı (YYYY-MM).'],
        (r) => r.month,
      ),
      month.count('new', ['New relationships', 'Yeni eşleşme'], (r) => r.new),
      month.count('cumulative', ['Relationships so far', 'Birikimli eşleşme'], (r) => r.cumulative),
      month.number(
        'target_path',
        [
          'Target path',
          'Hedef yolu',
          'Cumulative relationships on a straight line from 0 to the target by the target date; blank without a target.',
          'Hedef tarihe kadar 0’dan hedefe doğrusal birikimli eşleşme; hedef yoksa boş.',
        ],
        (r) => r.targetPath,
      ),
    ],
  }),
  table({
    key: 'funnel',
    path: '{programme}/funnel.csv',
    title: { en: 'Mentee funnel', tr: 'Menti hunisi' },
    description: {
      en: 'Mentees registered, matched, attending at least once, completed, and withdrawn.',
      tr: 'Kayıtlı, eşleşen, en az bir kez katılan, tamamlayan ve ayrılan mentiler.',
    },
    rows: (p: PublishedProgramme) => FUNNEL_STAGES.map((s) => ({ stage: s, mentees: p.funnel[s] })),
    columns: [
      stage.text(
        'stage',
        [
          'Stage',
          'Aşama',
          'registered, matched, attended, completed or withdrawn.',
          'registered (kayıtlı), matched (eşleşen), attended (katılan), completed (tamamlayan) ya da withdrawn (ayrılan).',
        ],
        (r) => r.stage,
      ),
      stage.count('mentees', ['Mentees', 'Menti'], (r) => r.mentees),
    ],
  }),
  table({
    key: 'meetings-per-pair',
    path: '{programme}/meetings-per-pair.csv',
    title: { en: 'Meetings per pair', tr: 'Eşleşme başına buluşma' },
    description: {
      en: 'How many pairs held each number of meetings (one-to-one programmes; zero meetings included).',
      tr: 'Her buluşma sayısına ulaşan eşleşme sayısı (birebir programlar; hiç buluşmayanlar dahil).',
    },
    rows: (p: PublishedProgramme) => p.meetingsPerPair?.distribution ?? [],
    columns: [
      meeting.integer(
        'meetings',
        ['Meetings', 'Buluşma', 'Sessions of the pair.', 'Eşleşmenin oturum sayısı.'],
        (r) => r.meetings,
      ),
      meeting.count('pairs', ['Pairs', 'Eşleşme'], (r) => r.pairs),
    ],
  }),
  table({
    key: 'outcomes',
    path: '{programme}/outcomes.csv',
    title: {
      en: 'Change between pre- and post-survey',
      tr: 'Ön test ile son test arasındaki değişim',
    },
    description: {
      en: 'Self-reported change within the group of mentees per construct. A one-group pre/post design has no comparison group: this is not programme impact.',
      tr: 'Boyut başına mentilerin kendi bildirdiği grup içi değişim. Tek gruplu ön test–son test deseninde karşılaştırma grubu yoktur: bu, programın etkisi değildir.',
    },
    rows: (p: PublishedProgramme) => p.outcomes,
    columns: [
      outcome.text('construct', ['Construct', 'Boyut'], (r) => r.construct),
      outcome.count(
        'n_pre',
        ['Mentees with a pre score', 'Ön test puanı olan menti'],
        (r) => r.nPre,
      ),
      outcome.count(
        'n_post',
        ['Mentees with a post score', 'Son test puanı olan menti'],
        (r) => r.nPost,
      ),
      outcome.count('n', ['Mentees with both', 'İkisi de olan menti'], (r) => r.n),
      outcome.stat('mean_pre', ['Mean before', 'Önceki ortalama'], (r) => r.meanPre),
      outcome.stat('mean_post', ['Mean after', 'Sonraki ortalama'], (r) => r.meanPost),
      outcome.stat('mean_change', ['Mean change', 'Ortalama değişim'], (r) => r.meanChange),
      outcome.stat('ci_low', ['95% CI, lower bound', '%95 GA alt sınırı'], (r) => r.ciLow),
      outcome.stat('ci_high', ['95% CI, upper bound', '%95 GA üst sınırı'], (r) => r.ciHigh),
      outcome.stat('cohens_dz', ["Cohen's dz", 'Cohen dz'], (r) => r.cohensDz),
      outcome.number(
        'wilcoxon_p',
        [
          'Wilcoxon signed-rank p',
          'Wilcoxon işaretli sıralar p',
          'Two-sided p-value (normal approximation, tie correction, no continuity correction), 2 significant digits, `<0.001` below 0.001.',
          'Çift yönlü p değeri (normal yaklaşım, bağ düzeltmesi, süreklilik düzeltmesi yok), 2 anlamlı basamak, 0.001’in altında `<0.001`.',
        ],
        (r) => r.wilcoxonP,
      ),
      outcome.stat('improved', ['Share improved', 'Artanların payı'], (r) => r.improved),
      outcome.stat('same', ['Share unchanged', 'Değişmeyenlerin payı'], (r) => r.same),
      outcome.stat('declined', ['Share declined', 'Azalanların payı'], (r) => r.declined),
    ],
  }),
  table({
    key: 'themes',
    path: '{programme}/themes.csv',
    title: { en: 'Workshop themes', tr: 'Atölye temaları' },
    description: {
      en: 'Themes ranked by the number of distinct workshop groups that raised them.',
      tr: 'Temalar, onları dile getiren farklı atölye grubu sayısına göre sıralı.',
    },
    rows: (p: PublishedProgramme) => p.themes,
    columns: [
      theme.text('theme_id', ['Theme', 'Tema'], (r) => r.themeId),
      theme.text(
        'kind',
        [
          'Kind',
          'Tür',
          'challenge or recommendation.',
          'challenge (sorun) ya da recommendation (öneri).',
        ],
        (r) => r.kind,
      ),
      theme.text('label_en', ['Label (English)', 'Ad (İngilizce)'], (r) => r.labelEn),
      theme.text('label_tr', ['Label (Turkish)', 'Ad (Türkçe)'], (r) => r.labelTr),
      theme.integer('groups', ['Workshop groups', 'Atölye grubu'], (r) => r.groups),
    ],
  }),
  ...BREAKDOWN_TABLES,
] as const;

/**
 * The programme tables with the registered figures' tables (src/core/figures) in their place:
 * after meetings per pair, where the figures stand on the page.
 * @example programmeTables([retentionFigure.download]).map((t) => t.key)
 */
export function programmeTables(
  figures: readonly TableDef<PublishedProgramme>[],
): readonly TableDef<PublishedProgramme>[] {
  const at = PROGRAMME_TABLES.findIndex((t) => t.key === 'meetings-per-pair') + 1;
  return [...PROGRAMME_TABLES.slice(0, at), ...figures, ...PROGRAMME_TABLES.slice(at)];
}
