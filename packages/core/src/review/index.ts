export * from './sorting.ts';
