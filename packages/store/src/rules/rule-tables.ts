/** Kysely row types of migration 0006 (rules). */
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;

export interface RuleVersionTable {
  rule_id: string;
  version: number;
  kind: string;
  lamp: string;
  scope: string;
  status: string;
  effective_from: string;
  effective_to: string | null;
  definition: Json;
  table_rows: Json;
  tests: Json;
  content_sha256: string;
  loaded_at: ColumnType<Date, never, never>;
}

export interface RuleAdoptionTable {
  federation_code: string;
  rule_id: string;
  valid_from: string;
  valid_to: string | null;
  state: 'adopted' | 'disabled' | 'override';
  override: ColumnType<unknown, string | undefined, string>;
  note: Generated<string>;
  decided_at: ColumnType<Date, never, Date | string>;
}

export interface RuleRunTable {
  federation_code: string;
  run_id: ColumnType<number, never, never>;
  service_month: string;
  rules: number;
  claims: Generated<number>;
  findings: Generated<number>;
  status: 'running' | 'done';
  started_at: ColumnType<Date, never, never>;
  finished_at: ColumnType<Date | null, never, Date | string | null>;
}

export interface RuleFindingTable {
  federation_code: string;
  file_id: number;
  seq: number;
  n: number;
  service_month: string;
  rule_id: string;
  version: number;
  lamp: string;
  kind: string;
  scope: string;
  severity: string;
  action: string;
  reason_code: string;
  line: number;
  record: string;
  code: string;
  message: string;
  lines_read: Json;
  table_row: Json;
  trace: Json;
  related_receipts: ColumnType<unknown, string | null, string | null>;
  run_id: number;
}

export interface RuleTables {
  rule_versions: RuleVersionTable;
  rule_adoptions: RuleAdoptionTable;
  rule_runs: RuleRunTable;
  rule_findings: RuleFindingTable;
}
