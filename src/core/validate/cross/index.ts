import type { TableName } from '../../schemas/index.ts';
import { attendanceChecks } from './attendance.ts';
import { cohortChecks } from './cohorts.ts';
import type { CrossCheck } from './context.ts';
import { matchChecks } from './matches.ts';
import { participantChecks } from './participants.ts';
import { programmeChecks } from './programmes.ts';
import { sessionChecks } from './sessions.ts';
import { surveyItemChecks } from './survey-items.ts';
import { surveyResponseChecks } from './survey-responses.ts';

/** Each table's cross-file checks (tables without any only get key and foreign-key checks). */
export const CROSS_CHECKS: Partial<Record<TableName, CrossCheck>> = {
  programmes: programmeChecks,
  cohorts: cohortChecks,
  participants: participantChecks,
  matches: matchChecks,
  sessions: sessionChecks,
  attendance: attendanceChecks,
  survey_items: surveyItemChecks,
  survey_responses: surveyResponseChecks,
};

export type { CrossCheck, RowContext } from './context.ts';
