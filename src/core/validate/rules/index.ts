import { rememberRule } from '../remember.ts';
import { ageIneligibleRule } from './age-ineligible.ts';
import { cellValueRule } from './cell-value.ts';
import { completedWithoutAttendanceRule } from './completed-without-attendance.ts';
import { dateOrderRule } from './date-order.ts';
import { duplicateCompositeKeyRule } from './duplicate-composite-key.ts';
import { duplicateKeyRule } from './duplicate-key.ts';
import { encodingRule } from './encoding-error.ts';
import { foreignKeyRule } from './foreign-key.ts';
import { formulaRule } from './formula-injection.ts';
import { longLabelRule } from './long-label.ts';
import { otherQuestionnaireRule } from './other-questionnaire.ts';
import { outOfPeriodRule } from './out-of-period.ts';
import { personalDataRule } from './personal-data.ts';
import { roleMismatchRule } from './role-mismatch.ts';
import type { Rule } from './rule.ts';
import { surveyScaleRule } from './survey-scale.ts';

/**
 * Every per-row rule, in the order it runs: on each cell, the cell rules in this order (a failed
 * cell stops at its failure); then, on the row, the row rules in this order. The order is the
 * order problems are found in, and so of the kept problems and of the report's tally.
 */
export const RULES: readonly Rule[] = [
  // Cells
  encodingRule,
  cellValueRule,
  longLabelRule,
  formulaRule,
  personalDataRule,
  foreignKeyRule,
  // Rows (the single key first: it interns the row's own id for the rules after it)
  duplicateKeyRule,
  rememberRule,
  completedWithoutAttendanceRule,
  surveyScaleRule,
  duplicateCompositeKeyRule,
  roleMismatchRule,
  otherQuestionnaireRule,
  dateOrderRule,
  outOfPeriodRule,
  ageIneligibleRule,
];

export type { CellStep, ColumnSpec, FilePlan, RowContext, RowStep, Rule } from './rule.ts';
