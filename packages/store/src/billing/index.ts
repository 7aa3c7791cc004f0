export * from './provider-notices.ts';
