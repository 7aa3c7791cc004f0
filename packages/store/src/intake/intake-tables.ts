/** Kysely row types of migration 0004 (intake). */
import type { ColumnType, Generated } from 'kysely';
import type { FileError } from '@kokuho/core/intake';

export type ClaimState = 'pending' | 'current' | 'superseded' | 'withdrawn' | 'rejected';
export type ClaimOutcome = 'accepted' | 'acceptedWithFindings' | 'returned';
export type IntakeFileStatus = 'receiving' | 'accepted' | 'refused' | 'replaced';

export interface IntakeFileTable {
  federation_code: string;
  file_id: ColumnType<number, never, never>;
  sha256: string;
  service_month: string;
  file_name: string;
  bytes: number;
  kind: string | null;
  provider_code: string | null;
  status: IntakeFileStatus;
  replace_earlier: Generated<boolean>;
  claims_done: Generated<number>;
  claims: Generated<number>;
  accepted: Generated<number>;
  accepted_with_findings: Generated<number>;
  returned: Generated<number>;
  duplicates: Generated<number>;
  out_of_prefecture: Generated<number>;
  errors: ColumnType<unknown, string | undefined, string>;
  received_at: ColumnType<Date, never, never>;
  completed_at: ColumnType<Date | null, never, Date | string | null>;
}

export interface ClaimTable {
  federation_code: string;
  file_id: number;
  seq: number;
  state: ClaimState;
  outcome: ClaimOutcome;
  kind: string;
  provider_code: string;
  service_month: string;
  receipt_number: number;
  patient_key: string;
  receipt_type: string;
  insurer_number: string | null;
  insurer_prefecture: string | null;
  out_of_prefecture: boolean;
  person_id: string | null;
  birth_date: string | null;
  total_points: number | null;
  first_line: number;
  last_line: number;
  content_sha256: string;
  body: string;
  superseded_by_file: number | null;
  /** 再請求: the returned claim this one replaces once its file is accepted */
  supersedes_file: number | null;
  supersedes_seq: number | null;
}

export interface ClaimFindingTable {
  federation_code: string;
  file_id: number;
  seq: number;
  n: number;
  code: string;
  severity: 'return' | 'finding';
  line: number;
  record: string;
  field: string;
  message: string;
}

export interface IntakeTables {
  intake_files: IntakeFileTable;
  claims: ClaimTable;
  claim_findings: ClaimFindingTable;
}

/** `intake_files.errors` as read back (jsonb: parsed by the driver, or text on a driver that does not). */
export function fileErrorsOf(column: unknown): FileError[] {
  return (typeof column === 'string' ? JSON.parse(column) : column) as FileError[];
}
