import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate/index.ts';
import { THEME_SPECS } from '../../scripts/generate/reference/themes.ts';
import { parseDataset, type ParsedFile, type RawRows } from './load-dataset.ts';

// The SES 2023 intake must echo the source article's figures, whatever the seed.
describe.each([2023, 7])('the SES 2023 intake (seed %i)', (seed) => {
  let data: Record<string, ParsedFile>;
  const rows = (file: string): RawRows =>
    (data[file]?.rows ?? []).filter((r) => r.cohort_id === 'ses-2023-01');

  beforeAll(() => {
    data = parseDataset(generateDataset({ scale: 'small', seed }));
  });

  it('has 100 registered women, 86 at the kickoff of 7 January 2023', () => {
    const people = rows('participants.csv');
    expect(people.length).toBe(100);
    expect(people.filter((p) => p.attended_kickoff === 'true').length).toBe(86);
    const kickoffs = rows('sessions.csv').filter((s) => s.kind === 'kickoff');
    expect(kickoffs.map((s) => s.held_on)).toEqual(['2023-01-07', '2023-01-07']);
  });

  it('matches the 86 who came into 43 pairs on shared topics', () => {
    const pairs = rows('matches.csv');
    expect(pairs.length).toBe(43);
    expect(pairs.every((m) => m.shared_topics !== '' && m.matched_on === '2023-01-07')).toBe(true);
  });

  it('plans four meetings, and pairs had met about three times by 15 February', () => {
    const cohort = (data['cohorts.csv']?.rows ?? []).find((c) => c.cohort_id === 'ses-2023-01');
    expect(cohort?.planned_sessions).toBe('4');
    const early = rows('sessions.csv').filter(
      (s) => s.match_id !== '' && (s.held_on as string) <= '2023-02-15',
    );
    const mean = early.length / rows('matches.csv').length;
    expect(mean).toBeGreaterThan(2.5);
    expect(mean).toBeLessThan(3.4);
  });

  it('holds few meetings in the week after the 6 February earthquake, and interim check-ins', () => {
    const meetings = rows('sessions.csv').filter((s) => s.match_id !== '');
    const quakeWeek = meetings.filter(
      (s) => (s.held_on as string) >= '2023-02-06' && (s.held_on as string) <= '2023-02-12',
    );
    const weekAfter = meetings.filter(
      (s) => (s.held_on as string) >= '2023-02-13' && (s.held_on as string) <= '2023-02-19',
    );
    expect(quakeWeek.length).toBeLessThan(weekAfter.length / 2);
    expect(rows('sessions.csv').filter((s) => s.kind === 'check_in').length).toBe(2);
  });

  it('closes with a workshop in several groups that raise challenges and recommendations', () => {
    const findings = rows('workshop_findings.csv');
    const groups = new Set(findings.map((f) => f.group_no));
    expect(groups.size).toBeGreaterThanOrEqual(10);
    const kinds = new Set(
      findings.map((f) => THEME_SPECS.find((t) => t.row.theme_id === f.theme_id)?.row.kind),
    );
    expect(kinds).toEqual(new Set(['challenge', 'recommendation']));
    expect(findings.some((f) => f.note_tr !== '')).toBe(true);
  });
});
