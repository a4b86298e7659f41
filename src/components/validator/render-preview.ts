import type {
  DatasetStats,
  PublishedProgramme,
  PublishedReach,
} from '../../core/disclosure/published-types.ts';
import { FUNNEL_STAGES } from '../../core/disclosure/published-types.ts';
import { el, table } from './dom.ts';
import type { Text } from './text.ts';

function reachItems(p: PublishedProgramme, x: Text): [keyof PublishedReach, string][] {
  const r = p.reach;
  const items: [keyof PublishedReach, string][] = [
    ['relationships', x.count(r.relationships)],
    ['mentees', x.count(r.mentees)],
    ['mentors', x.count(r.mentors)],
    ['schools', x.n(r.schools)],
    ['cohorts', x.n(r.cohorts)],
    ['sessions', x.n(r.sessions)],
    ['mentoringHours', x.n(r.mentoringHours, 0)],
    ['staffTrained', x.count(r.staffTrained)],
  ];
  // As on the impact pages: schools and staff trained apply to group programmes only.
  const omit = p.format === 'group' ? [] : ['schools', 'staffTrained'];
  return items.filter(([key]) => !omit.includes(key));
}

function programmePreview(p: PublishedProgramme, x: Text): HTMLElement {
  const name = x.lang === 'tr' ? p.nameTr : p.nameEn;
  return el(
    'section',
    { 'data-programme': p.programmeId },
    el('h4', {}, name),
    el(
      'dl',
      { class: 'headline' },
      ...reachItems(p, x).map(([key, value]) =>
        el('div', {}, el('dt', {}, x.t(`reach.${key}`)), el('dd', {}, value)),
      ),
    ),
    el(
      'div',
      { class: 'table-scroll' },
      table(
        x.t('validator.previewFunnel'),
        [x.t('chart.funnel.stage'), x.t('reach.mentees')],
        FUNNEL_STAGES.map((stage) => [x.t(`funnel.${stage}`), x.count(p.funnel[stage])]),
        [1],
        false,
      ),
    ),
  );
}

/**
 * The headline figures (reach and funnel per programme) a valid dataset would publish, from
 * the disclosure-controlled statistics computed in the worker.
 */
export function renderPreview(stats: DatasetStats, x: Text): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'validator-preview', 'data-preview': '' },
    el('h3', { id: 'validator-preview' }, x.t('validator.preview')),
    el('p', {}, x.t('validator.previewIntro', { k: x.n(stats.k) })),
    ...(stats.programmes.length > 0
      ? stats.programmes.map((p) => programmePreview(p, x))
      : [el('p', {}, x.t('validator.previewNone'))]),
  );
}
