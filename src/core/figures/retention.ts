/**
 * Retention (group programmes): attendance by the number of a cohort's regular session, summed
 * over the unit's cohorts — its statistic, disclosure rule, download and chart in one place.
 */
import { retention } from '../charts/retention.ts';
import { isPublished, primaryCount, statistic, type Count } from '../disclosure/cells.ts';
import { columnsOf } from '../downloads/columns.ts';
import { defineFigure } from './figure.ts';

/** Raw counts for the n-th regular session (internal, never published as such). */
export interface RetentionCounts {
  sessionNumber: number;
  /** Mentees of the cohort with an attendance row for the session. */
  enrolled: number;
  /** Of those, marked present. */
  attended: number;
}

/** One row of `retention.csv`. */
export interface PublishedRetentionRow {
  sessionNumber: number;
  enrolled: Count;
  attended: Count;
  /** attended ÷ enrolled; null unless both counts are published. */
  rate: number | null;
}

const column = columnsOf<PublishedRetentionRow>();

export const retentionFigure = defineFigure({
  key: 'retention',
  page: 'programme',
  texts: ['takeaway', 'takeawayPlain', 'x', 'y', 'enrolled', 'attended', 'rate'],
  // Defined beside meetings per pair under "Engagement".
  definition: 'prose',

  // Over group programmes' cohorts only; empty for a unit without any.
  derive(c, formats, unitOf, unitCount) {
    const units: RetentionCounts[][] = Array.from({ length: unitCount }, () => []);
    for (let s = 0; s < formats.sessionNumber.length; s++) {
      const number = formats.sessionNumber[s] as number;
      const cohort = c.sessionCohort[s] as number;
      if (number === 0 || formats.group[cohort] !== 1) continue;
      const u = unitOf[cohort] as number;
      if (u < 0) continue;
      const rows = units[u]!;
      while (rows.length < number)
        rows.push({ sessionNumber: rows.length + 1, enrolled: 0, attended: 0 });
      rows[number - 1]!.enrolled += c.sessionEnrolled[s] as number;
      rows[number - 1]!.attended += c.sessionAttended[s] as number;
    }
    return units;
  },

  publish: (rows: RetentionCounts[], k): PublishedRetentionRow[] =>
    rows.map((row) => {
      const enrolled = primaryCount(row.enrolled, k);
      const attended = primaryCount(row.attended, k);
      return {
        sessionNumber: row.sessionNumber,
        enrolled,
        attended,
        // rate × enrolled would give back a suppressed count.
        rate:
          isPublished(enrolled) && isPublished(attended)
            ? statistic(row.attended / row.enrolled, row.enrolled, k)
            : null,
      };
    }),

  download: {
    title: { en: 'Attendance by session number', tr: 'Oturum sırasına göre katılım' },
    description: {
      en: 'For the n-th regular session of each group cohort: mentees with an attendance record, those who attended, and the rate.',
      tr: 'Her grup döneminin n’inci olağan oturumu için: yoklama kaydı olan mentiler, katılanlar ve katılım oranı.',
    },
    rows: (rows) => rows,
    columns: [
      column.integer('session_number', ['Session number', 'Oturum sırası'], (r) => r.sessionNumber),
      column.count('enrolled', ['Mentees on the register', 'Yoklamadaki menti'], (r) => r.enrolled),
      column.count('attended', ['Mentees who attended', 'Katılan menti'], (r) => r.attended),
      column.number(
        'rate',
        [
          'Attendance rate',
          'Katılım oranı',
          'attended ÷ enrolled (0–1), 2 decimals; blank unless both counts are published.',
          'katılan ÷ yoklamadaki (0–1), 2 ondalık; iki sayı da yayımlanmadıkça boş.',
        ],
        (r) => r.rate,
      ),
    ],
  },

  view(rows, kit) {
    if (rows.length === 0) return undefined;
    const last = rows.at(-1);
    const takeaway =
      last && last.rate !== null
        ? kit.fill(kit.text('takeaway'), { last: kit.share(last.rate) })
        : kit.text('takeawayPlain');
    const { id, lang, title } = kit;
    return {
      takeaway,
      basis: rows[0]?.enrolled ?? null,
      suppressed: rows.some((r) => !isPublished(r.enrolled) || !isPublished(r.attended)),
      svg: retention(
        rows.map((r) => ({ session_number: r.sessionNumber, rate: r.rate })),
        { id, lang, title, description: takeaway, xLabel: kit.text('x'), yLabel: kit.text('y') },
      ),
      table: {
        columns: [
          { label: kit.text('x'), numeric: true },
          { label: kit.text('enrolled'), numeric: true },
          { label: kit.text('attended'), numeric: true },
          { label: kit.text('rate'), numeric: true },
        ],
        rows: rows.map((r) => [
          kit.number(r.sessionNumber),
          kit.count(r.enrolled),
          kit.count(r.attended),
          kit.share(r.rate),
        ]),
      },
    };
  },
});
