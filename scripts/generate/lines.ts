/**
 * CSV lines of every table, in contract column order, streamed cohort by cohort.
 * The hot tables (attendance, answers) build lines directly; `assertColumns` guards that
 * their hand-written order still matches the schema.
 */
import {
  attendance,
  cohorts,
  matches,
  participants,
  programmes,
  schools,
  sessions,
  surveyItems,
  surveyResponses,
  themes,
  topics,
  workshopFindings,
} from '../../src/core/schemas/index.ts';
import { cohortContent } from './content.ts';
import { csvLine } from '../../src/core/csv/write.ts';
import { isoOf } from './days.ts';
import { findingId, matchId, participantId, sessionId } from './ids.ts';
import type { DatasetPlan } from './plan-types.ts';
import { PROGRAMME_ROWS } from './reference/programmes.ts';
import type { RawRow, TableShape } from './reference/rows.ts';
import { SURVEY_ITEM_SPECS } from './reference/survey-items.ts';
import { THEME_SPECS } from './reference/themes.ts';
import { TOPIC_ROWS } from './reference/topics.ts';

type Lines = Generator<string, void, undefined>;

function assertColumns(table: TableShape, expected: readonly string[]): void {
  if (table.columnNames.join() !== expected.join()) {
    throw new Error(`generator column order of ${table.file} is out of date with its schema`);
  }
}

function header(table: TableShape): string {
  return csvLine(table.columnNames);
}

function rowLine<T extends TableShape>(table: T, row: RawRow<T>): string {
  return csvLine(table.columnNames.map((c) => (row as Record<string, string>)[c] ?? ''));
}

function* fixedRows<T extends TableShape>(table: T, rows: readonly RawRow<T>[]): Lines {
  yield header(table);
  for (const row of rows) yield rowLine(table, row);
}

const day = (d: number | undefined): string => (d === undefined ? '' : isoOf(d));

function* schoolLines(plan: DatasetPlan): Lines {
  yield header(schools);
  for (const s of plan.schools) {
    yield rowLine(schools, {
      school_id: s.id,
      name_tr: s.nameTr,
      name_en: s.nameEn,
      province: s.province,
      district: s.district,
      school_type: s.type,
      is_pilot: String(s.isPilot),
      joined_on: day(s.joinedOn),
    });
  }
}

function* cohortLines(plan: DatasetPlan): Lines {
  yield header(cohorts);
  for (const c of plan.cohorts) {
    yield rowLine(cohorts, {
      cohort_id: c.id,
      programme_id: c.programmeId,
      school_id: c.format === 'group' ? (plan.schools[c.school]?.id ?? '') : '',
      start_date: day(c.start),
      end_date: day(c.end),
      planned_sessions: String(c.plannedSessions),
      staff_trained: c.staffTrained === undefined ? '' : String(c.staffTrained),
    });
  }
}

function* participantLines(plan: DatasetPlan): Lines {
  yield header(participants);
  for (const c of plan.cohorts) {
    for (const [i, p] of cohortContent(c).people.entries()) {
      yield `${participantId(c.offsets.participant + i)},${c.id},${p.role},${p.ageBand},${p.field},${isoOf(p.registeredOn)},${p.attendedKickoff === undefined ? '' : String(p.attendedKickoff)},${p.status}\n`;
    }
  }
}

function* matchLines(plan: DatasetPlan): Lines {
  yield header(matches);
  for (const c of plan.cohorts) {
    const p = c.offsets.participant;
    for (const [i, m] of cohortContent(c).matches.entries()) {
      yield `${matchId(c.offsets.match + i)},${c.id},${participantId(p + m.mentor)},${participantId(p + m.mentee)},${isoOf(m.matchedOn)},${m.topics.join(';')},${day(m.endedOn)}\n`;
    }
  }
}

function* sessionLines(plan: DatasetPlan): Lines {
  yield header(sessions);
  for (const c of plan.cohorts) {
    for (const [i, s] of cohortContent(c).sessions.entries()) {
      const match = s.match === undefined ? '' : matchId(c.offsets.match + s.match);
      yield `${sessionId(c.offsets.session + i)},${c.id},${match},${s.kind},${isoOf(s.heldOn)},${s.minutes},${s.mode}\n`;
    }
  }
}

function* attendanceLines(plan: DatasetPlan): Lines {
  yield header(attendance);
  for (const c of plan.cohorts) {
    for (const a of cohortContent(c).attendance) {
      yield `${sessionId(c.offsets.session + a.session)},${participantId(c.offsets.participant + a.person)},${a.attended}\n`;
    }
  }
}

function* answerLines(plan: DatasetPlan): Lines {
  yield header(surveyResponses);
  for (const c of plan.cohorts) {
    // Few distinct dates per cohort: format each once.
    const dates = new Map<number, string>();
    for (const a of cohortContent(c).answers) {
      let answeredOn = dates.get(a.answeredOn);
      if (answeredOn === undefined) dates.set(a.answeredOn, (answeredOn = isoOf(a.answeredOn)));
      yield `${participantId(c.offsets.participant + a.person)},${a.wave},${a.itemId},${a.value ?? ''},${answeredOn}\n`;
    }
  }
}

function* findingLines(plan: DatasetPlan): Lines {
  yield header(workshopFindings);
  for (const c of plan.cohorts) {
    if (c.format === 'group') continue;
    for (const [i, f] of cohortContent(c).findings.entries()) {
      yield rowLine(workshopFindings, {
        finding_id: findingId(c.offsets.finding + i),
        cohort_id: c.id,
        held_on: isoOf(f.heldOn),
        group_no: String(f.groupNo),
        theme_id: f.themeId,
        note_tr: f.noteTr ?? '',
        note_en: f.noteEn ?? '',
      });
    }
  }
}

/** The line generator of each table, keyed by file name, in the contract's table order. */
export function tableLines(plan: DatasetPlan): Record<string, () => Lines> {
  assertColumns(participants, [
    'participant_id',
    'cohort_id',
    'role',
    'age_band',
    'field',
    'registered_on',
    'attended_kickoff',
    'status',
  ]);
  assertColumns(matches, [
    'match_id',
    'cohort_id',
    'mentor_id',
    'mentee_id',
    'matched_on',
    'shared_topics',
    'ended_on',
  ]);
  assertColumns(sessions, [
    'session_id',
    'cohort_id',
    'match_id',
    'kind',
    'held_on',
    'duration_minutes',
    'mode',
  ]);
  assertColumns(attendance, ['session_id', 'participant_id', 'attended']);
  assertColumns(surveyResponses, ['participant_id', 'wave', 'item_id', 'value', 'answered_on']);
  return {
    [programmes.file]: () => fixedRows(programmes, PROGRAMME_ROWS),
    [schools.file]: () => schoolLines(plan),
    [cohorts.file]: () => cohortLines(plan),
    [participants.file]: () => participantLines(plan),
    [topics.file]: () => fixedRows(topics, TOPIC_ROWS),
    [matches.file]: () => matchLines(plan),
    [sessions.file]: () => sessionLines(plan),
    [attendance.file]: () => attendanceLines(plan),
    [surveyItems.file]: () =>
      fixedRows(
        surveyItems,
        SURVEY_ITEM_SPECS.map((s) => s.row),
      ),
    [surveyResponses.file]: () => answerLines(plan),
    [themes.file]: () =>
      fixedRows(
        themes,
        THEME_SPECS.map((s) => s.row),
      ),
    [workshopFindings.file]: () => findingLines(plan),
  };
}
