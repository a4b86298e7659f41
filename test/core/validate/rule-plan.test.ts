import { describe, expect, it } from 'vitest';
import {
  defineTable,
  enumOf,
  id,
  TABLES,
  type Table,
  type TableName,
} from '../../../src/core/schemas/index.ts';
import { IdIndex } from '../../../src/core/validate/keys/id-index.ts';
import type { Problem } from '../../../src/core/validate/problem.ts';
import { planRules } from '../../../src/core/validate/rule-plan.ts';
import { RULES } from '../../../src/core/validate/rules/index.ts';
import { DatasetState } from '../../../src/core/validate/state.ts';
import { checkTableFile } from '../../../src/core/validate/table-pass.ts';

/** The names of the rules planned for each column and for the rows of a table (all columns present). */
function planned(table: Table) {
  const state = new DatasetState();
  // Every other table read and present, so that foreign keys have targets.
  for (const other of TABLES) {
    if (other.name === table.name) continue;
    state.present.add(other.name);
    if (other.primaryKey.length === 1) state.ids.set(other.name, new IdIndex());
  }
  const steps = new Map<unknown, string>();
  const rules = RULES.map((rule) => ({
    name: rule.name,
    ...(rule.cell
      ? {
          cell: (...args: Parameters<NonNullable<typeof rule.cell>>) => {
            const step = rule.cell?.(...args);
            if (step) steps.set(step, rule.name);
            return step;
          },
        }
      : {}),
    ...(rule.row
      ? {
          row: (...args: Parameters<NonNullable<typeof rule.row>>) => {
            const step = rule.row?.(...args);
            if (step) steps.set(step, rule.name);
            return step;
          },
        }
      : {}),
    ...(rule.inBatch ? { inBatch: rule.inBatch } : {}),
  }));
  const width = table.columnNames.length;
  const plan = planRules(
    {
      table,
      state,
      ownIds: table.primaryKey.length === 1 ? new IdIndex() : undefined,
      onReferenceToAbsent: () => {},
      rowsExpected: () => 0,
    },
    {
      position: Int32Array.from(table.columnNames.keys()),
      extras: [{ position: width, name: 'Notlar' }],
      width: width + 1,
      incomplete: false,
    },
    rules,
  );
  const names = (list: unknown[]) => list.map((step) => steps.get(step));
  return {
    cells: Object.fromEntries(
      table.columnNames.map((name, c) => [name, names(plan.columns[c]?.all ?? [])]),
    ),
    lean: Object.fromEntries(
      table.columnNames.map((name, c) => [name, names(plan.columns[c]?.lean ?? [])]),
    ),
    extra: names(plan.extras[0]?.all ?? []),
    rows: names(plan.rows),
  };
}

const tableOf = (name: TableName) => TABLES.find((t) => t.name === name) as unknown as Table;

describe('planRules derives what applies from the schemas', () => {
  it('programmes: names get label, formula and personal-data screens; the own id personal data only', () => {
    const plan = planned(tableOf('programmes'));
    expect(plan.cells.name_en).toEqual([
      'encoding-error',
      'cell-value',
      'long-label',
      'formula-injection',
      'personal-data',
    ]);
    expect(plan.cells.programme_id).toEqual(['encoding-error', 'cell-value', 'personal-data']);
    expect(plan.lean.programme_id).toEqual(['cell-value', 'personal-data']);
    expect(plan.rows).toEqual(['duplicate-key', 'remember']);
  });

  it('workshop_findings: free-text notes are screened but get no long-label warning', () => {
    const plan = planned(tableOf('workshop_findings'));
    expect(plan.cells.note_en).toEqual([
      'encoding-error',
      'cell-value',
      'formula-injection',
      'personal-data',
    ]);
    expect(plan.cells.cohort_id).toEqual(['encoding-error', 'cell-value', 'foreign-key']);
    expect(plan.rows).toEqual(['duplicate-key']);
  });

  it('a column the contract lacks: encoding, formula and personal data only', () => {
    expect(planned(tableOf('matches')).extra).toEqual([
      'encoding-error',
      'formula-injection',
      'personal-data',
    ]);
  });

  it.each([
    ['matches', ['duplicate-key', 'remember', 'role-mismatch', 'date-order']],
    ['sessions', ['duplicate-key', 'remember', 'role-mismatch', 'out-of-period']],
    ['attendance', ['completed-without-attendance', 'duplicate-composite-key', 'role-mismatch']],
    ['survey_responses', ['survey-scale', 'duplicate-composite-key', 'other-questionnaire']],
    [
      'participants',
      ['duplicate-key', 'remember', 'completed-without-attendance', 'age-ineligible'],
    ],
  ] as const)('%s: row rules %j', (name, rows) => {
    expect(planned(tableOf(name)).rows).toEqual(rows);
  });
});

/** A CSV text as a byte source, in small chunks. */
const source = (text: string) =>
  async function* () {
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < bytes.length; i += 16) yield bytes.subarray(i, i + 16);
  };

describe('duplicate-composite-key packs any key of foreign keys and enums', () => {
  // Not a contract table: four waves where the survey has three, to show nothing counts them.
  const visits = defineTable({
    name: 'visits',
    presence: { kind: 'optional' },
    description: { en: 'Visits.', tr: 'Ziyaretler.' },
    primaryKey: ['participant_id', 'wave'],
    foreignKeys: [{ column: 'participant_id', table: 'participants' }],
    columns: {
      participant_id: id({ en: 'Participant.', tr: 'Katılımcı.' }),
      wave: enumOf(['a', 'b', 'c', 'd'], { en: 'Wave.', tr: 'Uygulama.' }),
    },
  });

  it('reports a repeated (participant, wave) at the last key column, and no other', async () => {
    const state = new DatasetState();
    const participants = new IdIndex();
    for (const p of ['p-1', 'p-2']) participants.add(p);
    state.ids.set('participants', participants);
    state.present.add('participants');
    const problems: Problem[] = [];
    const csv = 'participant_id,wave\np-1,a\np-1,d\np-2,d\np-2,x\np-1,d\np-2,a\np-2,d\n';
    const summary = await checkTableFile(visits as unknown as Table, source(csv), {
      state,
      report: (problem) => problems.push(problem),
      onReferenceToAbsent: () => {},
    });
    expect(summary.rows).toBe(7);
    expect(problems.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
      { code: 'enum-error', row: 5, column: 'wave' },
      { code: 'duplicate-key', row: 6, column: 'wave' },
      { code: 'duplicate-key', row: 8, column: 'wave' },
    ]);
  });
});
