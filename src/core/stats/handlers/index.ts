import type { TableName } from '../../schemas/index.ts';
import type { TableHandler } from '../collector-state.ts';
import { attendance } from './attendance.ts';
import { cohorts } from './cohorts.ts';
import { matches } from './matches.ts';
import { participants } from './participants.ts';
import { programmes } from './programmes.ts';
import { schools } from './schools.ts';
import { sessions } from './sessions.ts';
import { surveyItems } from './survey-items.ts';
import { surveyResponses } from './survey-responses.ts';
import { themes } from './themes.ts';
import { workshopFindings } from './workshop-findings.ts';

/** The handler of each table's rows; topics feed no statistic. */
export const HANDLERS: { readonly [T in TableName]: TableHandler } = {
  programmes,
  schools,
  cohorts,
  participants,
  topics: () => {},
  matches,
  sessions,
  attendance,
  survey_items: surveyItems,
  survey_responses: surveyResponses,
  themes,
  workshop_findings: workshopFindings,
};
