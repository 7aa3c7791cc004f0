export * as uke from './uke/index.ts';
