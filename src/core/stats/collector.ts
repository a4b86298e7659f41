import type { IndexedRowSink } from '../schemas/index.ts';
import { aggregate } from './aggregate.ts';
import { collectedOf } from './collected-of.ts';
import { CollectorState } from './collector-state.ts';
import { HANDLERS } from './handlers/index.ts';
import { valuesOf } from './row-input.ts';
import { surveyParty, type SurveyParty } from './survey-protocol.ts';
import { acceptTable } from './table-stage.ts';
import type { RawStats } from './types.ts';
import type { UnitDerivation } from './unit-figure.ts';

export type { SurveyScores, SurveySeed } from './survey-protocol.ts';

export interface StatsCollector extends IndexedRowSink, SurveyParty {
  /**
   * The same rows as `row`, in the validator's form (see `IndexedRowSink`): the engine calls this
   * instead of `row`, so ids are not interned twice and no row object is built. Feed a collector
   * one way or the other, not both.
   */
  indexedRow: IndexedRowSink['indexedRow'];
  /**
   * The statistics, not disclosure-controlled: internal. The build publishes them through
   * `publishDataset` (src/core/figures), which adds the registered figures and applies the
   * threshold through `publishCollected` (disclosure).
   * `cohorts: false` skips the cohort level (about a third of the work nationally);
   * `figures` are the registered figures' derivations (src/core/figures/registry.ts).
   */
  finishRaw(options?: {
    asOf?: string;
    cohorts?: boolean;
    figures?: readonly UnitDerivation[];
  }): RawStats;
}

/**
 * Collects every statistic in one streaming pass. Ids are interned to integer indexes and
 * each id map is dropped once no later table can reference it (matches after sessions,
 * sessions after attendance, participants after survey responses), so memory stays bounded
 * by typed arrays of one slot per participant, match and session. Rows come either as typed
 * objects (`row`) or, from the validator, as values with ids already interned (`indexedRow`);
 * both feed the same per-table handlers (`handlers/`), which read cells by column position.
 * @example
 * const stats = createStatsCollector();
 * for (const [table, row, n] of rows) stats.row(table, row, n);
 * const raw = stats.finishRaw({ asOf: '2024-06-30' });
 */
export function createStatsCollector(): StatsCollector {
  const state = new CollectorState();
  return {
    row(table, row) {
      acceptTable(state, table);
      state.current = undefined;
      state.currentRow = row;
      HANDLERS[table](state, valuesOf(table, row));
      state.currentRow = undefined;
    },
    indexedRow(table, row) {
      acceptTable(state, table);
      state.current = row;
      HANDLERS[table](state, row.values);
      state.current = undefined;
    },
    ...surveyParty(state),
    finishRaw(options = {}) {
      return aggregate(collectedOf(state), options.asOf, options);
    },
  };
}
