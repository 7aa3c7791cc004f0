/** 事務点検 (clerical checks) of parsed claims against the masters and the number rules. */
export * from './finding-codes.ts';
export {
  clericalCheck, clericalReview, billingUnits, parseAmount, drugPointsFromYen1e7, lastDayInForce,
  type ClericalContext, type ClericalResult,
} from './clerical-check.ts';
/** Re-exported for callers of the clerical checks; it lives with the other date helpers. */
export { monthEnd } from '../common/dates.ts';
export { clericalReviewPayers, type PayerClericalInput } from './payer-clerical.ts';
