/**
 * Test helper: the contract's outcome statistics computed a second, independent way, straight
 * from the CSV text with plain maps and arrays (no interning, no typed arrays, no streaming, no
 * code of src/core/stats), to check the collector against.
 *
 * A mentee's construct score in a wave is the mean of the items they answered (reverse-coded as
 * min + max − value); it exists when they answered at least half of the construct's items in
 * their programme's questionnaire (survey_items.programme_id lists the programmes, blank = all).
 */
import Papa from 'papaparse';

export interface ReferenceOutcome {
  nPre: number;
  nPost: number;
  n: number;
  /** Over the n paired respondents; `undefined` when n is 0. */
  meanPre: number | undefined;
  meanPost: number | undefined;
  meanChange: number | undefined;
  improved: number;
  same: number;
  declined: number;
}

type Rows = Record<string, string>[];
const rowsOf = (text: string | undefined): Rows =>
  text === undefined
    ? []
    : Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const yes = (cell: string | undefined) => /^(true|1|yes|evet)$/i.test((cell ?? '').trim());
const mean = (xs: number[]) =>
  xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Outcomes per unit and construct: `unit` is `programme` or `school` (`unitOf` key), and the
 * result maps `unit id` → `construct` → statistics, for units with a score in either wave.
 */
export function referenceOutcomes(
  read: (file: string) => string | undefined,
  unit: 'programme' | 'school',
): Map<string, Map<string, ReferenceOutcome>> {
  const cohorts = new Map(
    rowsOf(read('cohorts.csv')).map((c) => [
      c.cohort_id as string,
      { programme: c.programme_id as string, school: (c.school_id ?? '').trim() },
    ]),
  );
  const mentees = new Map<string, { programme: string; unit: string }>();
  for (const p of rowsOf(read('participants.csv'))) {
    const cohort = cohorts.get(p.cohort_id as string);
    if (p.role !== 'mentee' || !cohort) continue;
    mentees.set(p.participant_id as string, {
      programme: cohort.programme,
      unit: unit === 'programme' ? cohort.programme : cohort.school,
    });
  }
  const items = new Map(
    rowsOf(read('survey_items.csv')).map((i) => {
      const listed = (i.programme_id ?? '').trim();
      return [
        i.item_id as string,
        {
          construct: i.construct as string,
          min: Number(i.scale_min),
          max: Number(i.scale_max),
          reverse: yes(i.reverse_coded),
          programmes: listed === '' ? undefined : listed.split(';').map((c) => c.trim()),
        },
      ];
    }),
  );
  const asked = (programme: string, construct: string) =>
    [...items.values()].filter(
      (i) =>
        i.construct === construct &&
        (i.programmes === undefined || i.programmes.includes(programme)),
    ).length;

  // answers.get(`${person} ${wave} ${construct}`) = the scored values
  const answers = new Map<string, number[]>();
  for (const r of rowsOf(read('survey_responses.csv'))) {
    const item = items.get(r.item_id as string);
    if (!item || !mentees.has(r.participant_id as string)) continue;
    if (r.wave !== 'pre' && r.wave !== 'post') continue;
    const cell = (r.value ?? '').trim();
    if (cell === '') continue;
    const value = Number(cell);
    const key = `${r.participant_id} ${r.wave} ${item.construct}`;
    answers.set(key, [
      ...(answers.get(key) ?? []),
      item.reverse ? item.min + item.max - value : value,
    ]);
  }
  const score = (person: string, wave: string, construct: string): number | undefined => {
    const values = answers.get(`${person} ${wave} ${construct}`) ?? [];
    const of = asked((mentees.get(person) as { programme: string }).programme, construct);
    return of > 0 && values.length > 0 && values.length * 2 >= of ? mean(values) : undefined;
  };

  const constructs = [...new Set([...items.values()].map((i) => i.construct))];
  const result = new Map<string, Map<string, ReferenceOutcome>>();
  for (const construct of constructs) {
    const byUnit = new Map<string, { pre: number[]; post: number[]; pairs: [number, number][] }>();
    for (const [person, { unit: id }] of mentees) {
      if (id === '') continue;
      const pre = score(person, 'pre', construct);
      const post = score(person, 'post', construct);
      if (pre === undefined && post === undefined) continue;
      const group = byUnit.get(id) ?? { pre: [], post: [], pairs: [] };
      byUnit.set(id, group);
      if (pre !== undefined) group.pre.push(pre);
      if (post !== undefined) group.post.push(post);
      if (pre !== undefined && post !== undefined) group.pairs.push([pre, post]);
    }
    for (const [id, { pre, post, pairs }] of byUnit) {
      const changes = pairs.map(([a, b]) => b - a);
      const row: ReferenceOutcome = {
        nPre: pre.length,
        nPost: post.length,
        n: pairs.length,
        meanPre: mean(pairs.map(([a]) => a)),
        meanPost: mean(pairs.map(([, b]) => b)),
        meanChange: mean(changes),
        improved: changes.filter((d) => d > 1e-9).length,
        same: changes.filter((d) => Math.abs(d) <= 1e-9).length,
        declined: changes.filter((d) => d < -1e-9).length,
      };
      if (!result.has(id)) result.set(id, new Map());
      result.get(id)?.set(construct, row);
    }
  }
  return result;
}
