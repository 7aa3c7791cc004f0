/** Kysely row types of migration 0005 (HTTP API tokens). */
import type { Generated } from 'kysely';

/** 'provider': a 保険医療機関・薬局 uploading its own claim files. Staff roles come later. */
export type ApiTokenRole = 'provider';

export interface ApiTokenTable {
  federation_code: string;
  /** '13-' + 16 hex digits: shown to people, safe to log; not a credential. */
  token_id: string;
  /** 10 digits; null for federation staff (later). */
  provider_code: string | null;
  role: ApiTokenRole;
  /** SHA-256 of the secret, hex. */
  token_hash: string;
  label: Generated<string>;
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

export interface ApiTokenTables {
  api_tokens: ApiTokenTable;
}
