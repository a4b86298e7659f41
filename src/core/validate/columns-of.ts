// Moved to the schemas (the statistics read cells by position too); kept for validate's imports.
export { columnsOf } from '../schemas/columns-of.ts';
