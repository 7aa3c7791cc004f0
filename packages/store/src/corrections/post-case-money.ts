/**
 * The one way a case's money reaches the books: its entries and the claim amounts beside them,
 * through the ledger's own posting (idempotent by posting key, refusing a closed month). A claim
 * posted before amounts were kept has entries alone; its reversal then posts entries alone.
 */
import type { Transaction } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import type { CaseMoney } from '@kokuho/core/corrections';
import { postClaims } from '../ledger/post-claims.ts';
import { postEntries } from '../ledger/post-entries.ts';
import type { Schema } from '../schema.ts';

export async function postCaseMoney(trx: Transaction<Schema>, federation: FederationCode, money: CaseMoney, postedBy: string): Promise<{ inserted: number; existing: number }> {
  if (!money.amounts.length) return postEntries(trx, federation, money.entries, postedBy);
  // postClaims posts the entries of all postings at once: which posting carries them does not matter
  return postClaims(trx, federation, money.amounts.map((amounts, i) => ({ entries: i === 0 ? money.entries : [], amounts })), postedBy);
}
