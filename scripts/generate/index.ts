export { generateDataset, fileText, type GenerateOptions, type GeneratedFile } from './dataset.ts';
export { SCALES, SCALE_NAMES, type ScaleName, type ScaleConfig } from './scales.ts';
export { planDataset } from './plan.ts';
export type { DatasetPlan, CohortPlan } from './plan-types.ts';
export { createRandom, mixSeed, type Random } from './random.ts';
export { csvCell, csvLine, chunked } from '../../src/core/csv/lines.ts';
export { dayOf, isoOf, weekday } from './days.ts';
