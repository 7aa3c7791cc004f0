/** Kysely row types of migration 0014 (correction cases and their events). */
import type { ColumnType } from 'kysely';

export interface CorrectionCaseTable {
  federation_code: string;
  case_id: ColumnType<number, never, never>;
  kind: string;
  timing: string | null;
  requester_type: string;
  requester_code: string;
  entered_by: string;
  file_id: number;
  seq: number;
  new_file_id: number | null;
  new_seq: number | null;
  reason_code: string;
  reason_text: string;
  requested_on: string;
  deadline: string | null;
  deadline_basis: string;
  state: string;
  /** JSON of the CaseOutcome once decided. */
  outcome: unknown;
  posting_month: string | null;
  decided_on: string | null;
  created_at: ColumnType<Date, never, never>;
}

export interface CorrectionEventTable {
  federation_code: string;
  case_id: number;
  event_no: number;
  action: string;
  from_state: string | null;
  to_state: string;
  account_id: string;
  on_date: string;
  reason: string;
  detail: unknown;
  at: ColumnType<Date, never, never>;
}

export interface CorrectionTables {
  correction_cases: CorrectionCaseTable;
  correction_events: CorrectionEventTable;
}
