export * from './settlement-types.ts';
export * from './settlement-input.ts';
export * from './settlement-matrix.ts';
export * from './netting.ts';
export * from './paying-federation-detail.ts';
export * from './settlement-csv.ts';
