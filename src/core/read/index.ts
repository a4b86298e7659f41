export * from './source.ts';
export * from './encoding.ts';
export * from './header.ts';
export * from './csv.ts';
export * from './sniff.ts';
export * from './decode.ts';
