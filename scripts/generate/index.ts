export { generateDataset, fileText, type GenerateOptions, type GeneratedFile } from './dataset.ts';
export { SCALES, SCALE_NAMES, type ScaleName, type ScaleConfig } from './scales.ts';
export { planDataset } from './plan.ts';
export type { DatasetPlan, CohortPlan } from './plan-types.ts';
export { createRandom, mixSeed, type Random } from './random.ts';
export { csvCell, csvLine } from '../../src/core/csv/write.ts';
export { chunked } from '../../src/core/csv/chunked.ts';
export { dayOf, isoOf, weekday } from './days.ts';
