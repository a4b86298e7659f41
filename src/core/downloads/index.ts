export * from './csv.ts';
export * from './format.ts';
export * from './resources.ts';
export * from './datapackage.ts';
export * from './build-downloads.ts';
