/**
 * Worker-thread entry: runs the reconstruction check (src/core/disclosure/reconstruct.ts) on
 * the batches of outcome rows `publishDatasetInWorkers` posts, and posts the verdicts back.
 */
import { parentPort } from 'node:worker_threads';
import { checkRisk } from '../core/disclosure/publish-outcome.ts';
import type { RiskBatch, RiskQuit, RiskWorkerMessage } from './risk-messages.ts';

const port = parentPort;
if (!port) throw new Error('risk-worker runs as a worker thread');

port.on('message', (batch: RiskBatch | RiskQuit) => {
  if (batch.kind === 'quit') return port.close();
  const findings = batch.inputs.map(checkRisk);
  port.postMessage({ kind: 'findings', from: batch.from, findings } satisfies RiskWorkerMessage);
});

// Posted once this module (and so every module it imports) has been evaluated.
port.postMessage({ kind: 'ready' } satisfies RiskWorkerMessage);
