/**
 * The pricing facts of decided claims as the ledger reads them (its decidedClaims), so that a case
 * re-prices a claim exactly as the month's posting priced it. Read before the decision's own
 * transaction (on PGlite's one connection a nested transaction would wait for itself).
 */
import type { FederationCode } from '@kokuho/core/common';
import type { ClaimRef } from '@kokuho/core/corrections';
import type { DecidedClaimFacts } from '@kokuho/core/pricing';
import type { KokuhoDb } from '../db/database.ts';
import { decidedClaims } from '../ledger/decided-claims.ts';

export const claimKey = (r: ClaimRef): string => `${r.fileId}:${r.seq}`;

export async function decidedFactsOf(k: KokuhoDb, federation: FederationCode, serviceMonth: string, refs: readonly ClaimRef[]): Promise<Map<string, DecidedClaimFacts>> {
  if (!refs.length) return new Map();
  const month = await decidedClaims(k, federation, serviceMonth, { only: refs });
  return new Map(month.claims.map((c) => [claimKey(c), c]));
}
