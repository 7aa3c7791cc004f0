/** Kysely row types of migrations 0008 (review queues), 0009 (decisions, audit log), 0010 (risk stage) and 0011 (部会). */
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
  /** Migration 0010: 1 the sorting table put it there, 2 the risk ranking (second stage). */
  stage: ColumnType<number, number | undefined, number>;
  /** The risk score that sent it (stage 2), else null. */
  risk_score: ColumnType<number | null, number | null | undefined, number | null>;
  /** Migration 0011: the label of the 審査委員会の部会 (committee-sections.csv), null when sorted without that table. */
  section: ColumnType<string | null, string | null | undefined, string | null>;
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
