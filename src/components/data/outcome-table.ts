import type { PublishedOutcome } from '../../core/disclosure/index.ts';
import { formatNumber } from '../../core/format/index.ts';
import { t, type Lang } from '../../i18n/index.ts';
import type { ChartTable } from '../charts/types.ts';
import { constructLabel, showCount, showP, showShare, showStat, WITHHELD } from './display.ts';

/** Every published outcome statistic of the contract as a table, in the page's language. */
export function outcomeTable(lang: Lang, outcomes: readonly PublishedOutcome[]): ChartTable {
  const ui = t(lang);
  const ci = (o: PublishedOutcome) =>
    o.ciLow === null || o.ciHigh === null
      ? WITHHELD
      : `${formatNumber(lang, o.ciLow, { decimals: 2 })} – ${formatNumber(lang, o.ciHigh, { decimals: 2 })}`;
  return {
    columns: [
      { label: ui('outcome.construct') },
      { label: ui('outcome.nPre'), numeric: true },
      { label: ui('outcome.nPost'), numeric: true },
      { label: ui('outcome.n'), numeric: true },
      { label: ui('outcome.meanPre'), numeric: true },
      { label: ui('outcome.meanPost'), numeric: true },
      { label: ui('outcome.meanChange'), numeric: true },
      { label: ui('outcome.ci'), numeric: true },
      { label: ui('outcome.dz'), numeric: true },
      { label: ui('outcome.p'), numeric: true },
      { label: ui('outcome.improved'), numeric: true },
      { label: ui('outcome.same'), numeric: true },
      { label: ui('outcome.declined'), numeric: true },
    ],
    rows: outcomes.map((o) => [
      constructLabel(lang, o.construct),
      showCount(lang, o.nPre),
      showCount(lang, o.nPost),
      showCount(lang, o.n),
      showStat(lang, o.meanPre),
      showStat(lang, o.meanPost),
      showStat(lang, o.meanChange, 2, true),
      ci(o),
      showStat(lang, o.cohensDz),
      showP(lang, o.wilcoxonP),
      showShare(lang, o.improved),
      showShare(lang, o.same),
      showShare(lang, o.declined),
    ]),
  };
}
