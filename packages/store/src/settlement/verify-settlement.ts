/**
 * Recomputes a month's settlement from the books, read only (closed months too): the same digest as
 * the stored run, and every settled row copied into its insurer federation's books with the same
 * figures and no copy without its row. This is how a settlement is reproduced after the months close.
 */
import type { YearMonth } from '@kokuho/core/common';
import type { ClaimAmounts } from '@kokuho/core/ledger';
import { settlementKey } from '@kokuho/core/settlement';
import type { KokuhoDb } from '../db/database.ts';
import { readMonthBooks } from './month-books.ts';
import { settlementOfBooks, type ComputedSettlement } from './settlement-of-books.ts';
import { settlementOf, type StoredSettlement } from './settlement-runs.ts';

export interface SettlementVerification {
  ok: boolean;
  stored: StoredSettlement | undefined;
  computed: ComputedSettlement;
  /** Settled rows without their copy (or with other figures) in the insurer federation's books. */
  missing: string[];
  /** Copies in an insurer federation's books whose row is not settled in this month. */
  extra: string[];
}

export async function verifySettlement(k: KokuhoDb, month: YearMonth): Promise<SettlementVerification> {
  const books = await readMonthBooks(k, month);
  const computed = settlementOfBooks(books);
  const copies = new Map<string, ClaimAmounts>(books.flatMap((b) => b.copies.map((c) => [`${b.federation}|${c.postingKey}`, c] as const)));
  const missing: string[] = [];
  for (const a of computed.settled) {
    const key = `${a.insurerPrefecture}|${settlementKey(a.providerFederation, a.postingKey)}`;
    const c = copies.get(key);
    if (!c || c.insurerPays !== a.insurerPays || c.medicalCost !== a.medicalCost || c.claims !== a.claims || c.insurerNumber !== a.insurerNumber.trim()) missing.push(key);
    copies.delete(key);
  }
  const extra = [...copies.keys()];
  const stored = await settlementOf(k, month);
  return { ok: stored?.digest === computed.digest && !missing.length && !extra.length, stored, computed, missing, extra };
}
