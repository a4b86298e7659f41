/**
 * The parallel survey pass: survey_responses (two thirds of a national dataset) is scored by a
 * collector in another thread, against the main collector's participants, and the scores are
 * taken back in at survey_responses' turn, so the statistics are the same as one collector fed
 * every row gives. Four steps, each a method of `StatsCollector`:
 *   1. main thread, once participants were fed (indexed): `surveySeed()` → `SurveySeed`
 *   2. worker, on a fresh collector: `seedSurvey(seed)`, then feed survey_items and survey_responses
 *   3. worker, after those rows: `surveyScores()` → `SurveyScores` (transferable typed arrays)
 *   4. main thread, in place of the survey_responses rows: `absorbSurvey(scores)`
 */
import type { CollectorState } from './collector-state.ts';
import { IndexRemap } from './index-remap.ts';
import { seeDate } from './row-input.ts';
import { acceptTable, enterTable, orderOf } from './table-stage.ts';

/**
 * What a collector fed in another thread needs to score survey responses as this one would: the
 * participants' rows by the validator's index, and how many there are.
 */
export interface SurveySeed {
  /** The validator's index → the collector's row (may be in shared memory, see `surveyDelegate`). */
  participants: Int32Array;
  participantCount: number;
}

/** The survey part of the statistics, accumulated elsewhere (see `absorbSurvey`). */
export interface SurveyScores {
  scoreSums: Int32Array<ArrayBuffer>;
  scoreCounts: Uint16Array<ArrayBuffer>;
  latestDate: string | undefined;
}

/** The collector's side of the protocol (the steps above). */
export interface SurveyParty {
  /** Step 1 (main thread, once the participants were fed by `indexedRow`). */
  surveySeed(): SurveySeed;
  /**
   * Step 2 (worker): prepares a fresh collector to take `survey_items` and `survey_responses`
   * indexed rows only, against the main collector's participants.
   */
  seedSurvey(seed: SurveySeed): void;
  /** Step 3 (worker, after the survey rows): the accumulated scores and latest answer date. */
  surveyScores(): SurveyScores;
  /**
   * Step 4 (main thread, in place of the `survey_responses` rows): takes the worker's scores as
   * if those rows had been fed here.
   */
  absorbSurvey(scores: SurveyScores): void;
}

/**
 * The protocol's steps over a collector's state.
 * @example const party = surveyParty(new CollectorState()); party.surveySeed().participantCount // 0
 */
export function surveyParty(s: CollectorState): SurveyParty {
  return {
    surveySeed() {
      return {
        participants: s.participantIndex?.byIndex.snapshot() ?? new Int32Array(0),
        participantCount: s.participantCohort.length,
      };
    },
    seedSurvey(seed) {
      s.participantIndex = { byId: new Map(), byIndex: IndexRemap.from(seed.participants) };
      s.seededParticipants = seed.participantCount;
    },
    surveyScores() {
      // Sizes the arrays even when no response row came (as the next table's first row would).
      if (s.stage < orderOf('survey_responses')) enterTable(s, orderOf('survey_responses'));
      return { scoreSums: s.scoreSums, scoreCounts: s.scoreCounts, latestDate: s.latestDate };
    },
    absorbSurvey(scores) {
      acceptTable(s, 'survey_responses');
      s.scoreSums = scores.scoreSums;
      s.scoreCounts = scores.scoreCounts;
      seeDate(s, scores.latestDate);
    },
  };
}
