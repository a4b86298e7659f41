import { columnsOf, workshopFindings as table } from '../../schemas/index.ts';
import type { TableHandler } from '../collector-state.ts';
import { find, seeDate } from '../row-input.ts';

const WF = columnsOf(table);

/** workshop_findings.csv: the distinct (cohort, group_no, theme) with their screened notes. */
export const workshopFindings: TableHandler = (s, v) => {
  seeDate(s, v[WF.held_on]);
  const cohort = find(s, s.cohortIndex, v, WF.cohort_id);
  const theme = find(s, s.themeIndex, v, WF.theme_id);
  if (cohort < 0 || theme < 0) return;
  const key = `${cohort}|${v[WF.group_no] as number}|${theme}`;
  let at = s.findingIndex.get(key);
  if (at === undefined) {
    at = s.findings.length;
    s.findingIndex.set(key, at);
    s.findings.push({ cohort, theme, notes: [] });
  }
  const en = v[WF.note_en] as string | undefined;
  const tr = v[WF.note_tr] as string | undefined;
  if (en !== undefined || tr !== undefined) {
    s.findings[at]!.notes.push({
      ...(en !== undefined ? { en } : {}),
      ...(tr !== undefined ? { tr } : {}),
    });
  }
};
