/**
 * The masters as the checks read them, loaded once per run: each service month's snapshot (Map
 * lookups, not queries) and the last day in force of codes that have ended (CLR-E014). National
 * data read with the unrestricted handle, outside tenant transactions (on PGlite one connection
 * serves both, so reading them inside a bound transaction would wait for itself).
 */
import { sql } from 'kysely';
import { addDays, type IsoDate, type YearMonth } from '@kokuho/core/common';
import type { MasterKind, MasterSnapshot } from '@kokuho/core/masters';
import type { KokuhoDb } from '../db/database.ts';
import { loadMasterSnapshot } from '../masters/load-master-snapshot.ts';

export interface MasterCache {
  /** No master rows at all: codes and points are not judged (a warning for the operator). */
  readonly mastersMissing: boolean;
  snapshotFor(month: YearMonth): MasterSnapshot | undefined;
  /** Loads the snapshots of these months if not yet held (call outside a tenant transaction). */
  ensureMonths(months: Iterable<YearMonth>): Promise<void>;
  lastInForce(kind: MasterKind, code: string): IsoDate | undefined;
}

export async function openMasterCache(k: KokuhoDb): Promise<MasterCache> {
  const any = await k.db.selectFrom('master_versions').select('code').limit(1).executeTakeFirst();
  // Codes whose every version has ended, with the day after the last one (valid_to is exclusive).
  const ended = await sql<{ kind: string; code: string; end: string }>`
    select kind, code, max(valid_to)::text as end from master_versions
    group by kind, code having bool_and(valid_to is not null)`.execute(k.db);
  const lastDay = new Map<string, IsoDate>();
  for (const r of ended.rows) lastDay.set(`${r.kind}:${r.code}`, addDays(r.end, -1));
  const snapshots = new Map<YearMonth, MasterSnapshot>();
  return {
    mastersMissing: any === undefined,
    snapshotFor: (m) => snapshots.get(m),
    async ensureMonths(months) {
      if (any === undefined) return;
      for (const m of months) if (!snapshots.has(m)) snapshots.set(m, await loadMasterSnapshot(k.db, m));
    },
    lastInForce: (kind, code) => lastDay.get(`${kind}:${code}`),
  };
}
