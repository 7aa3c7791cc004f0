/**
 * 全国決済 on the ledger. A claim whose insurer is of another prefecture is posted in the books of the
 * provider's federation P as any claim (P pays its provider; the insurer-benefit, with the other
 * prefecture's insurer as debtor, is what P is owed through the central association). The settlement
 * run copies each such posting into the books of the insurer's federation I, for the same month:
 *   - insurer-benefit: the insurer owes I its share, so I bills it with its own prefecture's claims;
 *   - settlement: I owes P the same amount (netted nationally by the central association);
 *   - review-fee (when I charges one): the insurer owes I.
 * So I's books balance (insurer-benefit − settlement = 0 for these claims) and so do P's. 公費 stays
 * with P, which bills the 公費 payer itself (the reference is silent on 公費 across prefectures). Keys
 * are `settlement:<P>:<P's key>`, so a rerun writes nothing twice; a reversal in P's books is copied
 * as a reversal of the copy, so corrections travel back to the insurer's federation too.
 */
import { isPrefectureCode } from '../common/prefectures.ts';
import type { ClaimAmounts, ClaimPosting } from '../ledger/claim-amounts.ts';
import type { LedgerEntry, Party } from '../ledger/ledger-types.ts';
import type { SettlementClaim, SettlementItemKind } from './settlement-types.ts';

export const SETTLEMENT_KEY_PREFIX = 'settlement:';

/** The key of P's posting once copied into the insurer federation's books. */
export function settlementKey(providerFederation: string, postingKey: string): string {
  return `${SETTLEMENT_KEY_PREFIX}${providerFederation}:${postingKey}`;
}

/**
 * Whether a row of `federation`'s books is one it settles with another federation: its own posting
 * (not a copy made by a settlement) of a claim whose insurer is of another prefecture. Rows without an
 * insurer (公費単独) or with an insurer prefecture that is no prefecture code stay with P.
 */
export function isSettledRow(a: ClaimAmounts, federation: string): boolean {
  return a.providerFederation === federation && !a.postingKey.startsWith(SETTLEMENT_KEY_PREFIX)
    && a.insurerNumber.trim() !== '' && isPrefectureCode(a.insurerPrefecture) && a.insurerPrefecture !== a.providerFederation;
}

/**
 * The kind the settlement detail shows: a claim's own posting, or a change from a correction case
 * (keys `correction:…`, reversals). A 再審査 is told by its reason, which the corrections write as
 * 「再審査（…）…」.
 */
export function settlementKindOf(a: Pick<ClaimAmounts, 'postingKey' | 'reverses' | 'reason'>): SettlementItemKind {
  if (a.reverses === undefined && a.postingKey.startsWith('claim:')) return 'claim';
  return a.reason.startsWith('再審査') ? 'reReview' : 'correction';
}

/** The record the core's matrix takes: the insurer's share only (公費 stays with P). */
export function settlementClaimOf(a: ClaimAmounts): SettlementClaim {
  return {
    claimKey: a.postingKey, providerFederation: a.providerFederation, insurerFederation: a.insurerPrefecture, insurerNumber: a.insurerNumber.trim(),
    insurerPays: a.insurerPays, providerCode: a.providerCode, serviceMonth: a.serviceMonth, kind: settlementKindOf(a),
  };
}

/**
 * The posting of one of P's rows in the insurer federation's books. `reviewFee` is what the insurer
 * federation charges its insurer for it (negative for a reversal: the fee charged on the claim it reverses).
 */
export function insurerFederationPosting(a: ClaimAmounts, reviewFee: number): ClaimPosting {
  const insurerFederation: Party = { type: 'federation', code: a.insurerPrefecture };
  const insurer: Party = { type: 'insurer', code: a.insurerNumber.trim() };
  const key = settlementKey(a.providerFederation, a.postingKey);
  const reverses = a.reverses === undefined ? undefined : settlementKey(a.providerFederation, a.reverses);
  const reason = `全国決済: ${a.reason}`;
  const base = { postingMonth: a.postingMonth, serviceMonth: a.serviceMonth, claim: { ...a.claim }, reason };
  const entry = (suffix: string, e: Pick<LedgerEntry, 'account' | 'debtor' | 'creditor' | 'amount'>): LedgerEntry =>
    ({ ...base, ...e, postingKey: `${key}:${suffix}`, reverses: reverses === undefined ? undefined : `${reverses}:${suffix}` });
  const entries: LedgerEntry[] = [];
  // zero amounts have no entry, as in the provider federation's own postings
  if (a.insurerPays) {
    entries.push(entry('insurer', { account: 'insurer-benefit', debtor: insurer, creditor: insurerFederation, amount: a.insurerPays }));
    entries.push(entry('settlement', { account: 'settlement', debtor: insurerFederation, creditor: { type: 'federation', code: a.providerFederation }, amount: a.insurerPays }));
  }
  if (reviewFee) entries.push(entry('fee', { account: 'review-fee', debtor: insurer, creditor: insurerFederation, amount: reviewFee }));
  return { entries, amounts: { ...a, claim: { ...a.claim }, insurerNumber: a.insurerNumber.trim(), postingKey: key, reverses, reviewFee, reason } };
}
