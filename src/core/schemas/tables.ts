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
import { topics } from './topics.ts';
import { workshopFindings } from './workshop-findings.ts';

/** Every table of the contract, in the order its files are read (referenced tables first). */
export const TABLES = [
  programmes,
  schools,
  cohorts,
  participants,
  topics,
  matches,
  sessions,
  attendance,
  surveyItems,
  surveyResponses,
  themes,
  workshopFindings,
] as const;

export type TableName = (typeof TABLES)[number]['name'];
