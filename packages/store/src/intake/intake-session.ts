/**
 * What intake reads once per run and keeps in memory: the masters of each service month met (Map
 * lookups, not queries), the codes' last days in force (to tell abolished codes from unknown ones),
 * and the federation's insurers and providers. Masters are national and read with the unrestricted
 * handle, before any tenant transaction: on PGlite one connection serves both, so reading them
 * inside a bound transaction would wait for itself.
 */
import { sql } from 'kysely';
import type { FederationCode, IsoDate, YearMonth } from '@kokuho/core/common';
import type { MasterKind, MasterSnapshot } from '@kokuho/core/masters';
import type { KokuhoDb } from '../db/database.ts';
import { loadMasterSnapshot } from '../masters/load-master-snapshot.ts';
import { inBoundFederation } from '../registry/bound-federation.ts';

export interface IntakeSession {
  readonly k: KokuhoDb;
  readonly federation: FederationCode;
  /** No master rows at all: codes and points are not judged (a warning for the operator). */
  readonly mastersMissing: boolean;
  snapshotFor(month: YearMonth): MasterSnapshot | undefined;
  /** Loads the snapshots of these months if not yet held (call outside a tenant transaction). */
  ensureMonths(months: Iterable<YearMonth>): Promise<void>;
  lastInForce(kind: MasterKind, code: string): IsoDate | undefined;
  insurerRegistered(insurerNumber: string): boolean;
  providerRegistered(providerCode: string): boolean;
}

export async function openIntakeSession(k: KokuhoDb, federation: FederationCode): Promise<IntakeSession> {
  const any = await k.db.selectFrom('master_versions').select('code').limit(1).executeTakeFirst();
  // Codes whose every version has ended, with the day after the last one (valid_to is exclusive).
  const ended = await sql<{ kind: string; code: string; end: string }>`
    select kind, code, max(valid_to)::text as end from master_versions
    group by kind, code having bool_and(valid_to is not null)`.execute(k.db);
  const lastDay = new Map<string, IsoDate>();
  for (const r of ended.rows) lastDay.set(`${r.kind}:${r.code}`, dayBefore(r.end));
  const { insurers, providers } = await k.withFederation(federation, async (trx) => ({
    insurers: await trx.selectFrom('insurers').select('insurer_number').where(inBoundFederation()).execute(),
    providers: await trx.selectFrom('providers').select('provider_code').where(inBoundFederation()).execute(),
  }));
  const insurerSet = new Set(insurers.map((r) => r.insurer_number));
  const providerSet = new Set(providers.map((r) => r.provider_code));
  const snapshots = new Map<YearMonth, MasterSnapshot>();
  return {
    k, federation,
    mastersMissing: any === undefined,
    snapshotFor: (m) => snapshots.get(m),
    async ensureMonths(months) {
      if (any === undefined) return;
      for (const m of months) if (!snapshots.has(m)) snapshots.set(m, await loadMasterSnapshot(k.db, m));
    },
    lastInForce: (kind, code) => lastDay.get(`${kind}:${code}`),
    insurerRegistered: (n) => insurerSet.has(n),
    providerRegistered: (c) => providerSet.has(c),
  };
}

function dayBefore(d: string): IsoDate {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}
