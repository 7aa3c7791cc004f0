/**
 * What intake reads once per run and keeps in memory: the masters (master-cache.ts) and the
 * federation's insurers and providers.
 */
import type { FederationCode } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import { inBoundFederation } from '../registry/bound-federation.ts';
import { openMasterCache, type MasterCache } from './master-cache.ts';

export interface IntakeSession extends MasterCache {
  readonly k: KokuhoDb;
  readonly federation: FederationCode;
  insurerRegistered(insurerNumber: string): boolean;
  providerRegistered(providerCode: string): boolean;
}

export async function openIntakeSession(k: KokuhoDb, federation: FederationCode): Promise<IntakeSession> {
  const masters = await openMasterCache(k);
  const { insurers, providers } = await k.withFederation(federation, async (trx) => ({
    insurers: await trx.selectFrom('insurers').select('insurer_number').where(inBoundFederation()).execute(),
    providers: await trx.selectFrom('providers').select('provider_code').where(inBoundFederation()).execute(),
  }));
  const insurerSet = new Set(insurers.map((r) => r.insurer_number));
  const providerSet = new Set(providers.map((r) => r.provider_code));
  return {
    ...masters,
    k, federation,
    insurerRegistered: (n) => insurerSet.has(n),
    providerRegistered: (c) => providerSet.has(c),
  };
}
