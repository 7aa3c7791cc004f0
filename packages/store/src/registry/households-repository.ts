import type { Kysely } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { registryError, validateHousehold, type Household } from '@kokuho/core/registry';
import type { Schema } from '../schema.ts';
import { boundFederation, inBoundFederation } from './bound-federation.ts';
import { bulkUpsert } from './bulk-upsert.ts';
import { chunksOf, lastPerKey, ROWS_PER_STATEMENT } from './batches.ts';
import { registeredInsurers } from './registry-references.ts';
import type { HouseholdTable } from './registry-tables.ts';
import { validateRows, type UpsertReport } from './upsert-report.ts';

export function householdToRow(federation: FederationCode, h: Household): HouseholdTable {
  return { federation_code: federation, insurer_number: h.insurerNumber, household_number: h.householdNumber, householder_name: h.householderName ?? null };
}

export function householdFromRow(r: HouseholdTable): Household {
  return { insurerNumber: r.insurer_number, householdNumber: r.household_number, householderName: r.householder_name ?? undefined };
}

/** Inserts or updates households; their insurer must be registered first. */
export async function upsertHouseholds(trx: Kysely<Schema>, households: readonly Household[]): Promise<UpsertReport> {
  const federation = await boundFederation(trx);
  const { valid, rejected } = validateRows(households, validateHousehold);
  let written = 0;
  for (const chunk of chunksOf(lastPerKey(valid, (v) => `${v.value.insurerNumber}\u0000${v.value.householdNumber}`), ROWS_PER_STATEMENT)) {
    const insurers = await registeredInsurers(trx, federation, chunk.map((v) => v.value.insurerNumber));
    const ok = chunk.filter((v) => {
      if (insurers.has(v.value.insurerNumber)) return true;
      rejected.push({ index: v.index, errors: [registryError('notRegistered', 'insurerNumber', v.value.insurerNumber)] });
      return false;
    });
    written += await bulkUpsert(trx, 'households', ok.map((v) => householdToRow(federation, v.value)), ['federation_code', 'insurer_number', 'household_number']);
  }
  rejected.sort((a, b) => a.index - b.index);
  return { written, rejected };
}

export async function findHousehold(trx: Kysely<Schema>, insurerNumber: string, householdNumber: string): Promise<Household | undefined> {
  const r = await trx
    .selectFrom('households')
    .selectAll()
    .where(inBoundFederation())
    .where('insurer_number', '=', insurerNumber.trim())
    .where('household_number', '=', householdNumber.trim())
    .executeTakeFirst();
  return r && householdFromRow(r);
}
