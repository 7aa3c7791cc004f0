import type { Kysely } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { registryError, validateProvider, type Provider } from '@kokuho/core/registry';
import type { Schema } from '../schema.ts';
import { boundFederation, inBoundFederation } from './bound-federation.ts';
import { bulkUpsert } from './bulk-upsert.ts';
import type { ProviderTable } from './registry-tables.ts';
import { validateRows, type UpsertReport } from './upsert-report.ts';

export function providerToRow(federation: FederationCode, p: Provider): ProviderTable {
  return {
    federation_code: federation,
    provider_code: p.code,
    fee_table: p.feeTable,
    kind: p.kind,
    name: p.name,
    beds: p.beds ?? null,
    valid_from: p.validFrom,
    valid_to: p.validTo ?? null,
  };
}

export function providerFromRow(r: ProviderTable): Provider {
  return {
    code: r.provider_code,
    feeTable: r.fee_table,
    kind: r.kind,
    name: r.name,
    beds: r.beds ?? undefined,
    validFrom: r.valid_from,
    validTo: r.valid_to ?? undefined,
  };
}

/** Inserts or updates providers; a provider of another prefecture is refused (it bills its own federation). */
export async function upsertProviders(trx: Kysely<Schema>, providers: readonly Provider[]): Promise<UpsertReport> {
  const federation = await boundFederation(trx);
  const { valid, rejected } = validateRows(providers, validateProvider);
  const ours = valid.filter((v) => {
    if (v.value.code.startsWith(federation)) return true;
    rejected.push({ index: v.index, errors: [registryError('inconsistent', 'providerCode', v.value.code)] });
    return false;
  });
  const written = await bulkUpsert(trx, 'providers', ours.map((v) => providerToRow(federation, v.value)), ['federation_code', 'provider_code']);
  rejected.sort((a, b) => a.index - b.index);
  return { written, rejected };
}

/** By the 10-digit code (IR: 都道府県 + 点数表 + 医療機関コード). */
export async function findProvider(trx: Kysely<Schema>, providerCode: string): Promise<Provider | undefined> {
  const r = await trx.selectFrom('providers').selectAll().where(inBoundFederation()).where('provider_code', '=', providerCode.trim()).executeTakeFirst();
  return r && providerFromRow(r);
}
