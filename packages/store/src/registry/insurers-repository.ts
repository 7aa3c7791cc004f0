import type { Kysely } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { validateInsurer, type Insurer } from '@kokuho/core/registry';
import type { Schema } from '../schema.ts';
import { boundFederation, inBoundFederation } from './bound-federation.ts';
import { bulkUpsert } from './bulk-upsert.ts';
import type { InsurerTable } from './registry-tables.ts';
import { validateRows, type UpsertReport } from './upsert-report.ts';

export function insurerToRow(federation: FederationCode, i: Insurer): InsurerTable {
  return {
    federation_code: federation,
    insurer_number: i.number,
    kind: i.kind,
    law_number: i.lawNumber ?? null,
    prefecture_code: i.prefecture,
    name: i.name,
    valid_from: i.validFrom,
    valid_to: i.validTo ?? null,
  };
}

export function insurerFromRow(r: InsurerTable): Insurer {
  return {
    number: r.insurer_number,
    kind: r.kind,
    lawNumber: (r.law_number ?? undefined) as Insurer['lawNumber'],
    prefecture: r.prefecture_code as Insurer['prefecture'],
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to ?? undefined,
  };
}

/** Inserts or updates insurers of the bound federation. */
export async function upsertInsurers(trx: Kysely<Schema>, insurers: readonly Insurer[]): Promise<UpsertReport> {
  const federation = await boundFederation(trx);
  const { valid, rejected } = validateRows(insurers, validateInsurer);
  const written = await bulkUpsert(trx, 'insurers', valid.map((v) => insurerToRow(federation, v.value)), ['federation_code', 'insurer_number']);
  return { written, rejected };
}

export async function findInsurer(trx: Kysely<Schema>, insurerNumber: string): Promise<Insurer | undefined> {
  const r = await trx.selectFrom('insurers').selectAll().where(inBoundFederation()).where('insurer_number', '=', insurerNumber.trim()).executeTakeFirst();
  return r && insurerFromRow(r);
}
