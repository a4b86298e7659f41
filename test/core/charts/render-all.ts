/** Every chart rendered from the CSV fixtures in one language, as the pages would call them. */
import type { Lang } from '../../../src/core/format/lang.ts';
import { barHorizontal } from '../../../src/core/charts/bar-horizontal.ts';
import { dotWhisker } from '../../../src/core/charts/dot-whisker.ts';
import { histogram } from '../../../src/core/charts/histogram.ts';
import { lineCumulative } from '../../../src/core/charts/line-cumulative.ts';
import { retention } from '../../../src/core/charts/retention.ts';
import * as fixtures from './fixtures.ts';

const WORDS = {
  en: {
    cumulative: 'Relationships so far',
    target: 'Path to the goal',
    new: 'New per month',
    meetings: 'Meetings per pair',
    pairs: 'Pairs',
    session: 'Session',
    rate: 'Attendance rate',
    change: 'Mean change',
    notPublished: 'not published (n < 10)',
  },
  tr: {
    cumulative: 'Toplam ilişki',
    target: 'Hedefe giden yol',
    new: 'Aylık yeni',
    meetings: 'Çift başına görüşme',
    pairs: 'Çiftler',
    session: 'Oturum',
    rate: 'Katılım oranı',
    change: 'Ortalama değişim',
    notPublished: 'yayımlanmadı (n < 10)',
  },
};

export const CHARTS: [string, (lang: Lang) => string][] = [
  [
    'lineCumulative',
    (lang) =>
      lineCumulative(fixtures.monthRows(), {
        id: 'relationships',
        lang,
        title: 'Relationships per month',
        description: 'Cumulative relationships against the path to the goal.',
        labels: WORDS[lang],
      }),
  ],
  [
    'barHorizontal (funnel)',
    (lang) =>
      barHorizontal(fixtures.funnelBars(lang), {
        id: 'funnel',
        lang,
        title: 'Mentee funnel',
        description: 'Mentees at each stage.',
      }),
  ],
  [
    'barHorizontal (themes)',
    (lang) =>
      barHorizontal(fixtures.themeBars(lang), {
        id: 'themes',
        lang,
        title: 'Workshop themes',
        description: 'Themes ranked by groups.',
      }),
  ],
  [
    'histogram',
    (lang) =>
      histogram(fixtures.meetingBins(lang), {
        id: 'meetings',
        lang,
        title: 'Meetings per pair',
        description: 'Distribution of meetings per pair.',
        xLabel: WORDS[lang].meetings,
        yLabel: WORDS[lang].pairs,
      }),
  ],
  [
    'retention',
    (lang) =>
      retention(fixtures.retentionRows(), {
        id: 'retention',
        lang,
        title: 'Retention',
        description: 'Attendance rate by session.',
        xLabel: WORDS[lang].session,
        yLabel: WORDS[lang].rate,
      }),
  ],
  [
    'dotWhisker',
    (lang) =>
      dotWhisker(fixtures.outcomeRows(lang), {
        id: 'outcomes',
        lang,
        title: 'Outcomes',
        description: 'Mean change per construct with 95 % intervals.',
        xLabel: WORDS[lang].change,
        notPublished: WORDS[lang].notPublished,
      }),
  ],
];
