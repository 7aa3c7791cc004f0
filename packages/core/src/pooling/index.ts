export * from './pooling-rules.ts';
export * from './pooling-types.ts';
export * from './fiscal-year.ts';
export * from './pooling-aggregates.ts';
export * from './contribution-basis.ts';
export * from './pooling-csv.ts';
