export { foldTurkish } from './fold-turkish.ts';
export { searchRecordOf, type SearchRecord } from './search-record.ts';
