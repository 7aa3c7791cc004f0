/** The database as Kysely sees it: one interface per capability, merged here. */
import type { Generated } from 'kysely';
import type { RegistryTables } from './registry/registry-tables.ts';
import type { MasterTables } from './masters/master-tables.ts';
import type { ApiTokenTables } from './api-tokens/api-token-tables.ts';
import type { IntakeTables } from './intake/intake-tables.ts';
import type { RuleTables } from './rules/rule-tables.ts';
import type { AccountTables } from './accounts/account-tables.ts';
import type { ReviewTables } from './review/review-tables.ts';
import type { LedgerTables } from './ledger/ledger-tables.ts';
import type { CorrectionTables } from './corrections/correction-tables.ts';
import type { SettlementTables } from './settlement/settlement-tables.ts';

export interface FederationTable {
  federation_code: string;
  name: string;
}

export interface CoreTables {
  federations: FederationTable;
}

export interface Schema extends CoreTables, RegistryTables, MasterTables, IntakeTables, ApiTokenTables, RuleTables, AccountTables, ReviewTables, LedgerTables, CorrectionTables, SettlementTables {}
export type { Generated };
