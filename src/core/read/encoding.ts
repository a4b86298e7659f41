/**
 * How a file was decoded, as reported per file. `openText` (decode.ts) decides it in the one
 * streaming pass that reads the file.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1254';
