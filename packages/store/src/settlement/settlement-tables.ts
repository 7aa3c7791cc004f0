/** Kysely row types of migration 0015 (全国決済 runs; bigint columns read back as strings on PostgreSQL). */
import type { ColumnType, Generated } from 'kysely';

export interface SettlementRunTable {
  run_id: Generated<number>;
  posting_month: string;
  records: number;
  gross: number;
  central_receives: number;
  central_pays_out: number;
  transfers: unknown;
  cells: unknown;
  federations: unknown;
  files: unknown;
  digest: string;
  run_by: string;
  run_at: ColumnType<Date, never, never>;
}

export interface SettlementTables {
  settlement_runs: SettlementRunTable;
}
