/** The database as Kysely sees it: one interface per capability, merged here. */
import type { Generated } from 'kysely';

export interface FederationTable {
  federation_code: string;
  name: string;
}

export interface CoreTables {
  federations: FederationTable;
}

export interface Schema extends CoreTables {}
export type { Generated };
