// The row hand-over types live with the schemas (neutral ground for validate and stats).
export {
  isIndexedSink,
  type IndexedRow,
  type IndexedRowSink,
  type RowSink,
  type TableRows,
} from '../schemas/rows.ts';
