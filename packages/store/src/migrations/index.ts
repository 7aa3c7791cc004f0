/**
 * Versioned migrations, in order. A migration is never edited once it has shipped: add a new one.
 * Each file exports `up(db)`; they run on PGlite and PostgreSQL alike.
 */
import { Migrator, type Kysely, type Migration } from 'kysely';
import * as m0001 from './0001-federations.ts';
import * as m0002 from './0002-registries.ts';
import * as m0003 from './0003-masters.ts';
import * as m0004 from './0004-intake.ts';
import * as m0005 from './0005-api-tokens.ts';
import * as m0006 from './0006-rules.ts';
import * as m0007 from './0007-accounts.ts';
import * as m0008 from './0008-review.ts';
import * as m0009 from './0009-decisions-audit.ts';
import * as m0010 from './0010-review-risk.ts';
import * as m0011 from './0011-review-section.ts';
import * as m0012 from './0012-ledger.ts';
import * as m0013 from './0013-ledger-claim-amounts.ts';
import * as m0014 from './0014-corrections.ts';
import * as m0015 from './0015-settlement.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-federations': m0001,
  '0002-registries': m0002,
  '0003-masters': m0003,
  '0004-intake': m0004,
  '0005-api-tokens': m0005,
  '0006-rules': m0006,
  '0007-accounts': m0007,
  '0008-review': m0008,
  '0009-decisions-audit': m0009,
  '0010-review-risk': m0010,
  '0011-review-section': m0011,
  '0012-ledger': m0012,
  '0013-ledger-claim-amounts': m0013,
  '0014-corrections': m0014,
  '0015-settlement': m0015,
};

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
