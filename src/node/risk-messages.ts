import type { RiskInput } from '../core/disclosure/publish-outcome.ts';
import type { ReconstructionFinding } from '../core/disclosure/reconstruct.ts';

/** Outcome rows `from`, `from + 1`, … of the list being checked. */
export interface RiskBatch {
  kind: 'batch';
  from: number;
  inputs: RiskInput[];
}

/** No more batches: the worker closes its port and so exits by itself (see `SurveyQuit`). */
export interface RiskQuit {
  kind: 'quit';
}

/** From a risk worker: its modules are loaded, or the verdicts of one batch. */
export type RiskWorkerMessage =
  { kind: 'ready' } | { kind: 'findings'; from: number; findings: ReconstructionFinding[] };
