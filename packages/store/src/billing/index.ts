export * from './provider-notices.ts';
export * from './billing-month.ts';
export * from './insurer-bill-document.ts';
export * from './payment-statement-document.ts';
export * from './write-billing-documents.ts';
export * from './notice-documents.ts';
export * from './public-bill-document.ts';
