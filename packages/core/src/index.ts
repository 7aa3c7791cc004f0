export * as uke from './uke/index.ts';
export * as clerical from './clerical/index.ts';
