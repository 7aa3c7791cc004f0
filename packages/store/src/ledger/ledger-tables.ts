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

export interface LedgerTables {
  ledger_entries: LedgerEntryTable;
  ledger_closings: LedgerClosingTable;
}
