export * from './sorting.ts';
export * from './committee-section.ts';
export * from './claim-sheet.ts';
export type * from './claim-sheet-types.ts';
export { commentText } from './comment-text.ts';
export * from './risk-features.ts';
export * from './risk-model.ts';
export * from './risk-selection.ts';
export * from './reason-codes.ts';
