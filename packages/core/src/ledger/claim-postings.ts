/**
 * The entries of one decided claim: the insurer and each 公費 payer owe the federation their shares,
 * the federation owes the provider the sum, and the insurer owes the review fee. The patient's copay
 * is collected at the window by the provider and never passes through the federation, so it has no entry.
 */
import type { LedgerEntry, Party, PricedClaim } from './ledger-types.ts';

export function claimPostings(c: PricedClaim, postingMonth: string): LedgerEntry[] {
  const federation: Party = { type: 'federation', code: c.federation };
  const insurer: Party = { type: 'insurer', code: c.insurerNumber };
  const key = `claim:${c.fileId}:${c.seq}`;
  const base = { postingMonth, serviceMonth: c.serviceMonth, claim: { fileId: c.fileId, seq: c.seq }, reverses: undefined, reason: '審査決定' };
  const entries: LedgerEntry[] = [];
  if (c.insurerPays) entries.push({ ...base, account: 'insurer-benefit', debtor: insurer, creditor: federation, amount: c.insurerPays, postingKey: `${key}:insurer` });
  c.publicExpense.forEach((p, i) => {
    if (p.pays) entries.push({ ...base, account: 'public-expense', debtor: { type: 'public-expense', code: p.payerNumber }, creditor: federation, amount: p.pays, postingKey: `${key}:public:${i + 1}` });
  });
  const toProvider = c.insurerPays + c.publicExpense.reduce((n, p) => n + p.pays, 0);
  if (toProvider) entries.push({ ...base, account: 'provider-payment', debtor: federation, creditor: { type: 'provider', code: c.providerCode }, amount: toProvider, postingKey: `${key}:provider` });
  // a 公費単独 claim has no insurer: its first 公費 payer bears the fee, as it bears the claim
  const feePayer: Party = c.insurerNumber || !c.publicExpense[0] ? insurer : { type: 'public-expense', code: c.publicExpense[0].payerNumber };
  if (c.reviewFee) entries.push({ ...base, account: 'review-fee', debtor: feePayer, creditor: federation, amount: c.reviewFee, postingKey: `${key}:fee` });
  return entries;
}

/**
 * Reverses entries in a later month (過誤, 取下げ, a 再審査 that changes the amount): the same parties,
 * the opposite amount, keyed by what it reverses and why so that a retry writes nothing twice.
 */
export function reversalPostings(entries: readonly LedgerEntry[], postingMonth: string, reason: string, caseKey: string): LedgerEntry[] {
  return entries.map((e) => ({
    ...e, postingMonth, amount: -e.amount, reverses: e.postingKey, reason, postingKey: `${caseKey}:reverse:${e.postingKey}`,
  }));
}
