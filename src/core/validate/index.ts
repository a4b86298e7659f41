export * from './problem.ts';
export * from './engine.ts';
export * from './sink.ts';
export type { FileSummary } from './table-pass.ts';
export { compileCellCheck, CellFailure, type CellCheck, type CellResult } from './cell-check.ts';
export { findPersonalData, isPersonalHeader, isIban, isTckn } from './personal/index.ts';
export { isFormulaLike } from './rules/formula-injection.ts';
