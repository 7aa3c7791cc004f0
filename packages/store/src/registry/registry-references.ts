/**
 * Which referenced rows exist, asked once per batch, so that a row pointing at an unknown insurer,
 * household or person is reported as `notRegistered` instead of failing the whole statement on its
 * foreign key.
 */
import type { Kysely } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import type { Schema } from '../schema.ts';

export async function registeredInsurers(trx: Kysely<Schema>, federation: FederationCode, numbers: Iterable<string>): Promise<Set<string>> {
  const wanted = [...new Set(numbers)];
  if (!wanted.length) return new Set();
  const rows = await trx.selectFrom('insurers').select('insurer_number').where('federation_code', '=', federation).where('insurer_number', 'in', wanted).execute();
  return new Set(rows.map((r) => r.insurer_number));
}

export const householdKey = (insurerNumber: string, householdNumber: string): string => `${insurerNumber}\u0000${householdNumber}`;

export async function registeredHouseholds(
  trx: Kysely<Schema>,
  federation: FederationCode,
  refs: Iterable<{ insurerNumber: string; householdNumber: string }>,
): Promise<Set<string>> {
  const list = [...refs];
  if (!list.length) return new Set();
  // A superset by the two columns separately, narrowed to the exact pairs here.
  const rows = await trx
    .selectFrom('households')
    .select(['insurer_number', 'household_number'])
    .where('federation_code', '=', federation)
    .where('insurer_number', 'in', [...new Set(list.map((r) => r.insurerNumber))])
    .where('household_number', 'in', [...new Set(list.map((r) => r.householdNumber))])
    .execute();
  return new Set(rows.map((r) => householdKey(r.insurer_number, r.household_number)));
}

/**
 * Locks the persons' rows for the rest of the transaction and returns those that exist. Writers of
 * the same person's coverage then run one after the other, which is what makes the overlap check
 * of eligibility periods hold under concurrency.
 */
export async function lockPersons(trx: Kysely<Schema>, federation: FederationCode, personIds: Iterable<string>): Promise<Set<string>> {
  const wanted = [...new Set(personIds)].sort(); // one lock order for everyone: no deadlocks between batches
  if (!wanted.length) return new Set();
  const rows = await trx
    .selectFrom('insured_persons')
    .select('person_id')
    .where('federation_code', '=', federation)
    .where('person_id', 'in', wanted)
    .orderBy('person_id')
    .forUpdate()
    .execute();
  return new Set(rows.map((r) => r.person_id));
}
