/** Kysely row types of migration 0007 (accounts, sessions). */
import type { ColumnType } from 'kysely';

export interface AccountTable {
  federation_code: string;
  account_id: string;
  login: string;
  display_name: string;
  role: string;
  insurer_number: string | null;
  provider_code: string | null;
  password_hash: string;
  created_at: ColumnType<Date, never, never>;
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface SessionTable {
  federation_code: string;
  session_hash: string;
  account_id: string;
  created_at: ColumnType<Date, never, never>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface AccountTables {
  accounts: AccountTable;
  sessions: SessionTable;
}
