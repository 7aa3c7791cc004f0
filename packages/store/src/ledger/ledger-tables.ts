/** Kysely row types of migration 0012 (the ledger). */
import type { ColumnType, Generated } from 'kysely';

export interface LedgerEntryTable {
  federation_code: string;
  entry_id: Generated<number>;
  posting_month: string;
  service_month: string;
  file_id: number | null;
  seq: number | null;
  account: string;
  debtor_type: string;
  debtor_code: string;
  creditor_type: string;
  creditor_code: string;
  amount: number;
  posting_key: string;
  reverses: string | null;
  reason: string;
  posted_by: string;
  posted_at: ColumnType<Date, never, never>;
}

export interface LedgerClosingTable {
  federation_code: string;
  posting_month: string;
  entries: number;
  totals: unknown;
  digest: string;
  closed_by: string;
  closed_at: ColumnType<Date, never, never>;
}

/** Migration 0013: what each posted claim came to (bigint columns read back as strings on PostgreSQL). */
export interface LedgerClaimAmountTable {
  federation_code: string;
  amount_id: Generated<number>;
  posting_month: string;
  service_month: string;
  file_id: number;
  seq: number;
  posting_key: string;
  reverses: string | null;
  category: string;
  insurer_number: string;
  insurer_prefecture: string;
  provider_federation: string;
  provider_code: string;
  claims: number;
  points: number;
  medical_cost: number;
  copay: number;
  insurer_pays: number;
  public_expense_pays: number;
  meal_cost: number;
  review_fee: number;
  reason: string;
  posted_by: string;
  posted_at: ColumnType<Date, never, never>;
}

export interface LedgerTables {
  ledger_entries: LedgerEntryTable;
  ledger_closings: LedgerClosingTable;
  ledger_claim_amounts: LedgerClaimAmountTable;
}
