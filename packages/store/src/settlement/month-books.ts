/**
 * What a settlement run reads of a posting month, from every federation's books (each read inside its
 * own federation-bound transaction, so row-level security holds for the central association's job as
 * for anyone): whether the month is closed, the rows it settles with other federations (its own
 * postings of claims of other prefectures' insurers), and the copies earlier runs made in its books.
 */
import { isPrefectureCode, type FederationCode, type YearMonth } from '@kokuho/core/common';
import { FEDERATION_CODES, isSettledRow, SETTLEMENT_KEY_PREFIX } from '@kokuho/core/settlement';
import type { ClaimAmounts } from '@kokuho/core/ledger';
import type { KokuhoDb } from '../db/database.ts';
import { claimAmountsOf } from '../ledger/post-claims.ts';
import { isClosed } from '../ledger/post-entries.ts';

export interface FederationMonthBooks {
  federation: FederationCode;
  closed: boolean;
  /** Its own postings of other prefectures' insurers' claims, in posting-key order. */
  settled: ClaimAmounts[];
  /** Rows naming an insurer whose prefecture is no prefecture code: not settled, counted to be seen. */
  unsettled: number;
  /** Copies of other federations' rows that settlement runs posted in its books, in posting-key order. */
  copies: ClaimAmounts[];
}

export async function readMonthBooks(k: KokuhoDb, month: YearMonth): Promise<FederationMonthBooks[]> {
  const out: FederationMonthBooks[] = [];
  for (const federation of FEDERATION_CODES) {
    out.push(await k.withFederation(federation, async (trx) => {
      const rows = await trx.selectFrom('ledger_claim_amounts').selectAll()
        .where('posting_month', '=', month)
        .where((eb) => eb.or([eb('insurer_prefecture', '<>', eb.ref('provider_federation')), eb('posting_key', 'like', `${SETTLEMENT_KEY_PREFIX}%`)]))
        .orderBy('posting_key').execute();
      const amounts = rows.map((r) => claimAmountsOf(r));
      const own = amounts.filter((a) => a.providerFederation === federation && !a.postingKey.startsWith(SETTLEMENT_KEY_PREFIX));
      return {
        federation,
        closed: await isClosed(trx, month),
        settled: own.filter((a) => isSettledRow(a, federation)),
        unsettled: own.filter((a) => a.insurerNumber.trim() !== '' && !isPrefectureCode(a.insurerPrefecture)).length,
        copies: amounts.filter((a) => a.postingKey.startsWith(SETTLEMENT_KEY_PREFIX)),
      };
    }));
  }
  return out;
}
