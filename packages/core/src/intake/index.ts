/** 受付 (intake): pure decisions on files and claims; storage and I/O live in @kokuho/store/intake. */
export * from './intake-codes.ts';
export * from './claim-facts.ts';
export * from './file-acceptance.ts';
export * from './eligibility-check.ts';
export * from './claim-outcome.ts';
export * from './evaluate-claim.ts';
export * from './receipt-report.ts';
export * from './file-items.ts';
