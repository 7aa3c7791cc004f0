/**
 * Checks a month's settlement records before any sum is taken. Amounts must be safe integers, and the
 * sum of their absolute values must stay within 2^53 − 1: then every partial sum anywhere in the
 * settlement (cells, rows, columns, nets, details) is exact in a double. A national year of
 * 国保 + 後期 is about ¥26 trillion (≈ 2^44.6), far inside the bound; the check makes the bound a
 * guarantee rather than an assumption, and numbers stay plain `number` for storage and JSON.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { isPrefectureCode, PREFECTURES, type FederationCode } from '../common/prefectures.ts';
import { yen } from '../common/money.ts';
import { SETTLEMENT_ITEM_KINDS, settlementError, type SettlementClaim, type SettlementError, type SettlementItemKind, type ValidSettlementClaim } from './settlement-types.ts';

/**
 * The 47 federations in code order. (Not `Object.keys(PREFECTURES)` alone: keys '10'–'47' are
 * integer-like and would come before '01'–'09'.)
 */
export const FEDERATION_CODES: readonly FederationCode[] = (Object.keys(PREFECTURES) as FederationCode[]).sort();

export function validateSettlementClaims(records: readonly SettlementClaim[]): Result<ValidSettlementClaim[], SettlementError> {
  const errors: SettlementError[] = [];
  const valid: ValidSettlementClaim[] = [];
  let absoluteTotal = 0;
  records.forEach((r, i) => {
    const before = errors.length;
    if (typeof r.claimKey !== 'string' || r.claimKey.trim() === '') errors.push(settlementError('emptyKey', i, 'claimKey'));
    if (!isPrefectureCode(r.providerFederation)) errors.push(settlementError('unknownFederation', i, 'providerFederation'));
    if (!isPrefectureCode(r.insurerFederation)) errors.push(settlementError('unknownFederation', i, 'insurerFederation'));
    if (typeof r.insurerNumber !== 'string' || r.insurerNumber.trim() === '') errors.push(settlementError('emptyInsurer', i, 'insurerNumber'));
    if (!Number.isSafeInteger(r.insurerPays)) errors.push(settlementError('notInteger', i, 'insurerPays'));
    const publicPays = r.publicExpensePays ?? 0;
    if (!Number.isSafeInteger(publicPays)) errors.push(settlementError('notInteger', i, 'publicExpensePays'));
    if (r.serviceMonth !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(r.serviceMonth)) errors.push(settlementError('badMonth', i, 'serviceMonth'));
    const kind = r.kind ?? 'claim';
    if (!Object.prototype.hasOwnProperty.call(SETTLEMENT_ITEM_KINDS, kind)) errors.push(settlementError('unknownKind', i, 'kind'));
    if (errors.length === before && !Number.isSafeInteger(r.insurerPays + publicPays)) errors.push(settlementError('tooLarge', i, 'publicExpensePays'));
    if (errors.length > before) return;
    absoluteTotal += Math.abs(r.insurerPays) + Math.abs(publicPays);
    valid.push({
      claimKey: r.claimKey,
      providerFederation: r.providerFederation as FederationCode,
      insurerFederation: r.insurerFederation as FederationCode,
      insurerNumber: r.insurerNumber.trim(),
      insurerPays: yen(r.insurerPays),
      publicExpensePays: yen(publicPays),
      amount: yen(r.insurerPays + publicPays),
      providerCode: r.providerCode,
      serviceMonth: r.serviceMonth,
      kind: kind as SettlementItemKind,
    });
  });
  // Non-negative additions: once the true sum passes 2^53 − 1 the computed one cannot come back under it.
  if (!errors.length && absoluteTotal > Number.MAX_SAFE_INTEGER) errors.push(settlementError('tooLarge', -1, 'records'));
  return errors.length ? fail(...errors) : ok(valid);
}

/** A claim of a patient insured in the provider's own prefecture: not part of national settlement. */
export function isOwnPrefecture(c: Pick<ValidSettlementClaim, 'providerFederation' | 'insurerFederation'>): boolean {
  return c.providerFederation === c.insurerFederation;
}
