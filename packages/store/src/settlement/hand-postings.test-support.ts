/**
 * Hand-made claim postings for exact settlement and pooling tests: a claim as a federation posts it
 * (the core's claimPostings and an amounts row, as postMonth writes them) and its reversal by a case.
 */
import { claimPostings, reversalPostings, reversedAmounts, type ClaimCategory, type ClaimPosting } from '@kokuho/core/ledger';
import type { FederationCode } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import { postClaims } from '../ledger/post-claims.ts';

export interface HandClaim {
  /** The provider's federation, whose books take the posting. */
  federation: FederationCode;
  fileId: number;
  seq: number;
  postingMonth: string;
  serviceMonth: string;
  insurerNumber: string;
  insurerPrefecture: string;
  medicalCost: number;
  insurerPays: number;
  publicExpensePays?: number;
  category?: ClaimCategory;
  reviewFee?: number;
}

export function handPosting(c: HandClaim): ClaimPosting {
  const publicPays = c.publicExpensePays ?? 0;
  const copay = c.medicalCost - c.insurerPays - publicPays;
  const providerCode = `${c.federation}10000045`;
  const entries = claimPostings({
    fileId: c.fileId, seq: c.seq, serviceMonth: c.serviceMonth, federation: c.federation, providerCode, insurerNumber: c.insurerNumber,
    medicalCost: c.medicalCost, copay, insurerPays: c.insurerPays, publicExpense: publicPays ? [{ payerNumber: `54${c.federation}0016`, pays: publicPays }] : [], reviewFee: c.reviewFee ?? 0,
  }, c.postingMonth);
  return {
    entries,
    amounts: {
      postingMonth: c.postingMonth, serviceMonth: c.serviceMonth, claim: { fileId: c.fileId, seq: c.seq }, postingKey: `claim:${c.fileId}:${c.seq}`, reverses: undefined,
      category: c.category ?? 'medical-outpatient', insurerNumber: c.insurerNumber, insurerPrefecture: c.insurerPrefecture, providerFederation: c.federation, providerCode,
      claims: 1, points: Math.round(c.medicalCost / 10), medicalCost: c.medicalCost, copay, insurerPays: c.insurerPays, publicExpensePays: publicPays, mealCost: 0, reviewFee: c.reviewFee ?? 0, reason: '審査決定',
    },
  };
}

/** The reversal of a claim's posting by case `caseKey` (過誤 or 再審査), in `postingMonth`. */
export function handReversal(p: ClaimPosting, postingMonth: string, reason: string, caseKey: string): ClaimPosting {
  return { entries: reversalPostings(p.entries, postingMonth, reason, caseKey), amounts: reversedAmounts(p.amounts, postingMonth, reason, caseKey) };
}

export async function postHand(k: KokuhoDb, federation: FederationCode, postings: readonly ClaimPosting[]): Promise<void> {
  await k.withFederation(federation, (trx) => postClaims(trx, federation, postings, 'test'));
}
