/**
 * Kysely row types of migration 0003 (the 基本マスター). DATE columns come back as ISO strings;
 * bigint as number (db/type-parsers.ts).
 */
import type { ChangeType, MasterKind } from '@kokuho/core/masters';
import type { Generated } from 'kysely';

export interface MasterImportTable {
  file_name: string;
  sha256: string;
  kind: MasterKind;
  file_date: string;
  full_file: boolean;
  row_count: number;
  error_count: number;
  imported_at: Generated<Date>;
}

export interface MasterRowTable {
  file_name: string;
  line: number;
  kind: MasterKind;
  code: string;
  change_type: ChangeType;
  file_date: string;
  full_file: boolean;
  cols: string[];
}

export interface MasterVersionTable {
  kind: MasterKind;
  code: string;
  valid_from: string | null;
  valid_to: string | null;
  name: string;
  /** 点数 or 金額 × 100 (医科診療行為, 医薬品, 特定器材); null for the other masters. */
  amount100: number | null;
  unit_code: number | null;
  changed_on: string | null;
  abolished_on: string | null;
  cols: string[];
  source_file: string;
  source_line: number;
}

export interface MasterTables {
  master_imports: MasterImportTable;
  master_rows: MasterRowTable;
  master_versions: MasterVersionTable;
}
