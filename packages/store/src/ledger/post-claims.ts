/**
 * Posting claims: each claim's entries and its amounts in one go, with the same promise as entries —
 * posting again what is there writes nothing, the same key with other figures is refused, a closed
 * month takes nothing.
 */
import type { Transaction } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import type { ClaimAmounts, ClaimCategory, ClaimPosting } from '@kokuho/core/ledger';
import type { Schema } from '../schema.ts';
import { insertOnce, postEntries } from './post-entries.ts';

const FIGURES = ['claims', 'points', 'medical_cost', 'copay', 'insurer_pays', 'public_expense_pays', 'meal_cost', 'review_fee'] as const;

function row(federation: string, a: ClaimAmounts, postedBy: string) {
  return {
    federation_code: federation, posting_month: a.postingMonth, service_month: a.serviceMonth, file_id: a.claim.fileId, seq: a.claim.seq,
    posting_key: a.postingKey, reverses: a.reverses ?? null, category: a.category, insurer_number: a.insurerNumber, insurer_prefecture: a.insurerPrefecture,
    provider_federation: a.providerFederation, provider_code: a.providerCode, claims: a.claims, points: a.points, medical_cost: a.medicalCost, copay: a.copay,
    insurer_pays: a.insurerPays, public_expense_pays: a.publicExpensePays, meal_cost: a.mealCost, review_fee: a.reviewFee, reason: a.reason, posted_by: postedBy,
  };
}

/** The part of a row that must be equal for a re-post to be the same posting. */
const sameness = (r: { posting_month: string; category: string; insurer_number: string; provider_code: string } & Record<(typeof FIGURES)[number], number | string>): string =>
  [r.posting_month, r.category, r.insurer_number, r.provider_code, ...FIGURES.map((f) => Number(r[f]))].join('|');

export async function postClaims(trx: Transaction<Schema>, federation: FederationCode, postings: readonly ClaimPosting[], postedBy: string): Promise<{ inserted: number; existing: number }> {
  // entries first: they lock and check the months
  const entries = await postEntries(trx, federation, postings.flatMap((p) => p.entries), postedBy);
  if (!postings.length) return entries;
  await insertOnce(trx, 'ledger_claim_amounts', postings.map((p) => row(federation, p.amounts, postedBy)), sameness, '金額');
  return entries;
}

/** A month's claim amounts as the books hold them, in posting-key order. */
export async function monthClaimAmounts(trx: Transaction<Schema>, month: string): Promise<ClaimAmounts[]> {
  const rows = await trx.selectFrom('ledger_claim_amounts').selectAll().where('posting_month', '=', month).orderBy('posting_key').execute();
  return rows.map((r) => claimAmountsOf(r));
}

export function claimAmountsOf(r: Record<string, unknown>): ClaimAmounts {
  const n = (k: string) => Number(r[k]);
  return {
    postingMonth: String(r.posting_month), serviceMonth: String(r.service_month), claim: { fileId: n('file_id'), seq: n('seq') }, postingKey: String(r.posting_key),
    reverses: r.reverses == null ? undefined : String(r.reverses), category: r.category as ClaimCategory, insurerNumber: String(r.insurer_number),
    insurerPrefecture: String(r.insurer_prefecture), providerFederation: String(r.provider_federation), providerCode: String(r.provider_code),
    claims: n('claims') as 1 | -1, points: n('points'), medicalCost: n('medical_cost'), copay: n('copay'), insurerPays: n('insurer_pays'),
    publicExpensePays: n('public_expense_pays'), mealCost: n('meal_cost'), reviewFee: n('review_fee'), reason: String(r.reason),
  };
}
