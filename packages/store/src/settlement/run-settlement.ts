/**
 * 全国決済, the central association's monthly job for a posting month M, run before the federations
 * close M: every federation's rows of M for other prefectures' insurers are settled (matrix, one
 * transfer per federation) and copied into the books of each insurer's federation (see the core's
 * settlement-postings.ts), then the run is recorded with the digest of its CSV files.
 *
 * Refused when any federation involved has closed M (the postings would be refused anyway, and a
 * provider federation that has closed its month would be settled on figures no longer its to change).
 * Each insurer federation's postings are one transaction; the federations are not one transaction
 * together, so a run cut short leaves some federations posted: rerunning completes it, since a
 * posting key already there is not written again (its fee read back, not recomputed), and the run is
 * recorded only after every posting. A rerun after rows were added (a late claim, a 過誤) posts their
 * copies at the fee of the rerun and leaves the copies already there as they were.
 */
import { federationName, type FederationCode, type YearMonth } from '@kokuho/core/common';
import type { ClaimAmounts, ClaimCategory, ClaimPosting } from '@kokuho/core/ledger';
import { insurerFederationPosting, settlementKey, type SettlementReport } from '@kokuho/core/settlement';
import type { KokuhoDb } from '../db/database.ts';
import { postClaims } from '../ledger/post-claims.ts';
import { readMonthBooks } from './month-books.ts';
import type { FileDigest } from './settlement-digest.ts';
import { SettlementRunError } from './settlement-errors.ts';
import { settlementOfBooks } from './settlement-of-books.ts';
import { recordSettlement, type StoredSettlement } from './settlement-runs.ts';

/** 審査支払手数料 the insurer's federation charges its insurer for a claim (yen, ≥ 0). */
export type SettlementReviewFee = (federation: FederationCode, insurerNumber: string, category: ClaimCategory, month: YearMonth) => number;

export interface SettlementRunOptions {
  runBy: string;
  /** Default: no fee. */
  reviewFee?: SettlementReviewFee;
}

export interface FederationPostings {
  /** The insurer federation whose books took the copies. */
  federation: FederationCode;
  postings: number;
  inserted: number;
  existing: number;
}

export interface SettlementRunResult {
  month: YearMonth;
  report: SettlementReport;
  files: FileDigest[];
  digest: string;
  /** Rows settled (claims and reversals). */
  records: number;
  /** Rows naming an insurer of no known prefecture, left unsettled. */
  unsettled: number;
  posted: FederationPostings[];
  stored: StoredSettlement;
  /** False when the last stored run had the same digest (nothing new was recorded). */
  recorded: boolean;
}

const BATCH = 500;

export async function runSettlement(k: KokuhoDb, month: YearMonth, o: SettlementRunOptions): Promise<SettlementRunResult> {
  const books = await readMonthBooks(k, month);
  const computed = settlementOfBooks(books);
  const byInsurerFederation = new Map<FederationCode, ClaimAmounts[]>();
  for (const a of computed.settled) {
    const f = a.insurerPrefecture as FederationCode;
    const list = byInsurerFederation.get(f);
    if (list) list.push(a);
    else byInsurerFederation.set(f, [a]);
  }
  const involved = new Set<string>([...byInsurerFederation.keys(), ...computed.settled.map((a) => a.providerFederation)]);
  const closed = books.filter((b) => b.closed && involved.has(b.federation)).map((b) => federationName(b.federation));
  if (closed.length) throw new SettlementRunError('MONTH_CLOSED', `${month}（${closed.join('、')}）`);

  const posted: FederationPostings[] = [];
  for (const federation of [...byInsurerFederation.keys()].sort()) {
    const rows = byInsurerFederation.get(federation)!;
    posted.push(await k.withFederation(federation, async (trx) => {
      // The fee a copy was charged is part of the copy: a copy already in these books keeps the fee it
      // was posted with, read back here, whatever the fee is now. Otherwise a rerun after the fee table
      // changed (or with another fee) would compute the old copies anew, find them different from what
      // is booked and refuse the whole federation (CONFLICT), leaving the copies still missing unposted.
      // A reversal not yet copied takes back the fee charged on the copy it reverses.
      const keys = new Set<string>();
      for (const a of rows) {
        keys.add(settlementKey(a.providerFederation, a.postingKey));
        if (a.reverses !== undefined) keys.add(settlementKey(a.providerFederation, a.reverses));
      }
      const charged = new Map<string, number>();
      const wanted = [...keys];
      for (let i = 0; i < wanted.length; i += BATCH) {
        const found = await trx.selectFrom('ledger_claim_amounts').select(['posting_key', 'review_fee']).where('posting_key', 'in', wanted.slice(i, i + BATCH)).execute();
        for (const r of found) charged.set(r.posting_key, Number(r.review_fee));
      }
      const feeOf = (a: ClaimAmounts): number => {
        const booked = charged.get(settlementKey(a.providerFederation, a.postingKey));
        if (booked !== undefined) return booked;
        const now = o.reviewFee?.(federation, a.insurerNumber.trim(), a.category, month) ?? 0;
        // (0 − …: a fee of 0 taken back is 0, not −0)
        return a.reverses === undefined ? now : 0 - (charged.get(settlementKey(a.providerFederation, a.reverses)) ?? now);
      };
      const postings: ClaimPosting[] = rows.map((a) => insurerFederationPosting(a, feeOf(a)));
      const r = { federation, postings: postings.length, inserted: 0, existing: 0 };
      for (let i = 0; i < postings.length; i += BATCH) {
        const n = await postClaims(trx, federation, postings.slice(i, i + BATCH), o.runBy);
        r.inserted += n.inserted;
        r.existing += n.existing;
      }
      return r;
    }));
  }
  const { stored, recorded } = await recordSettlement(k, month, computed.report, computed.files, computed.digest, o.runBy);
  return { month, report: computed.report, files: computed.files, digest: computed.digest, records: computed.settled.length, unsettled: computed.unsettled, posted, stored, recorded };
}
