/** Kysely row types of migration 0008 (review queues). */
import type { ColumnType } from 'kysely';

export interface ReviewItemTable {
  federation_code: string;
  file_id: number;
  seq: number;
  service_month: string;
  queue: string;
  priority: number;
  sorting_row: number;
  reason: string;
  status: ColumnType<string, string | undefined, string>;
  sorted_at: ColumnType<Date, never, Date>;
}

export interface ReviewTables {
  review_items: ReviewItemTable;
  review_decisions: ReviewDecisionTable;
  audit_log: AuditLogTable;
}

export interface ReviewDecisionTable {
  federation_code: string;
  decision_id: ColumnType<number, never, never>;
  file_id: number;
  seq: number;
  decision: 'adjust' | 'return' | 'confirm' | 'hold' | 'note';
  line: number | null;
  code: string | null;
  points_before: number | null;
  points_after: number | null;
  reason_code: ColumnType<string, string | undefined, never>;
  reason_text: ColumnType<string, string | undefined, never>;
  account_id: string;
  decided_at: ColumnType<Date, never, never>;
}

export interface AuditLogTable {
  federation_code: string;
  entry_no: number;
  at: ColumnType<Date, Date | string, never>;
  account_id: string;
  action: string;
  target: ColumnType<unknown, string, never>;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  prev_hash: string;
  hash: string;
}
