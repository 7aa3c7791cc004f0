import type { Kysely } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { registryError, validateInsuredPerson, type IndividualNumberToken, type InsuredPerson, type RegistryError } from '@kokuho/core/registry';
import type { Schema } from '../schema.ts';
import { boundFederation, inBoundFederation } from './bound-federation.ts';
import { bulkUpsert } from './bulk-upsert.ts';
import { chunksOf, lastPerKey, ROWS_PER_STATEMENT } from './batches.ts';
import { householdKey, registeredHouseholds, registeredInsurers } from './registry-references.ts';
import type { InsuredPersonTable } from './registry-tables.ts';
import { validateRows, type UpsertReport } from './upsert-report.ts';

export function insuredPersonToRow(federation: FederationCode, p: InsuredPerson): InsuredPersonTable {
  return {
    federation_code: federation,
    person_id: p.personId,
    insurer_number: p.insurerNumber,
    card_symbol: p.card.symbol,
    card_number: p.card.number,
    branch: p.card.branch,
    household_number: p.householdNumber ?? null,
    is_householder: p.isHouseholder,
    name: p.name,
    name_kana: p.nameKana ?? null,
    sex: p.sex,
    birth_date: p.birthDate,
    income_category: p.incomeCategory ?? null,
    individual_number_token: p.individualNumberToken ?? null,
  };
}

export function insuredPersonFromRow(r: InsuredPersonTable): InsuredPerson {
  return {
    personId: r.person_id,
    insurerNumber: r.insurer_number,
    card: { symbol: r.card_symbol, number: r.card_number, branch: r.branch },
    householdNumber: r.household_number ?? undefined,
    isHouseholder: r.is_householder,
    name: r.name,
    nameKana: r.name_kana ?? undefined,
    sex: r.sex,
    birthDate: r.birth_date,
    incomeCategory: r.income_category ?? undefined,
    individualNumberToken: (r.individual_number_token ?? undefined) as IndividualNumberToken | undefined,
  };
}

/**
 * Inserts or updates insured persons. Their insurer and household must be registered first
 * (order of a load: insurers → households → persons → eligibility periods).
 */
export async function upsertInsuredPersons(trx: Kysely<Schema>, persons: readonly InsuredPerson[]): Promise<UpsertReport> {
  const federation = await boundFederation(trx);
  const { valid, rejected } = validateRows(persons, validateInsuredPerson);
  let written = 0;
  for (const chunk of chunksOf(lastPerKey(valid, (v) => v.value.personId), ROWS_PER_STATEMENT)) {
    const insurers = await registeredInsurers(trx, federation, chunk.map((v) => v.value.insurerNumber));
    const households = await registeredHouseholds(
      trx,
      federation,
      chunk.flatMap((v) => (v.value.householdNumber === undefined ? [] : [{ insurerNumber: v.value.insurerNumber, householdNumber: v.value.householdNumber }])),
    );
    const ok = chunk.filter((v) => {
      const errors: RegistryError[] = [];
      const p = v.value;
      if (!insurers.has(p.insurerNumber)) errors.push(registryError('notRegistered', 'insurerNumber', p.insurerNumber));
      else if (p.householdNumber !== undefined && !households.has(householdKey(p.insurerNumber, p.householdNumber))) {
        errors.push(registryError('notRegistered', 'householdNumber', p.householdNumber));
      }
      if (errors.length) rejected.push({ index: v.index, errors });
      return errors.length === 0;
    });
    written += await bulkUpsert(trx, 'insured_persons', ok.map((v) => insuredPersonToRow(federation, v.value)), ['federation_code', 'person_id']);
  }
  rejected.sort((a, b) => a.index - b.index);
  return { written, rejected };
}

export async function findInsuredPerson(trx: Kysely<Schema>, personId: string): Promise<InsuredPerson | undefined> {
  const r = await trx.selectFrom('insured_persons').selectAll().where(inBoundFederation()).where('person_id', '=', personId).executeTakeFirst();
  return r && insuredPersonFromRow(r);
}

/** The person holding an individual number, found through its token (see individual-number-token.ts). */
export async function findInsuredPersonByToken(trx: Kysely<Schema>, token: IndividualNumberToken): Promise<InsuredPerson | undefined> {
  const r = await trx.selectFrom('insured_persons').selectAll().where(inBoundFederation()).where('individual_number_token', '=', token).executeTakeFirst();
  return r && insuredPersonFromRow(r);
}
