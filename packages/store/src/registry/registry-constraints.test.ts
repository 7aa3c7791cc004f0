/**
 * The database's own guards, exercised without the repositories' validation: migration 0002's CHECK
 * lists equal the core's code lists, and malformed rows are refused by the tables themselves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { ACQUIRE_REASONS, INCOME_CATEGORIES, LOSE_REASONS, type IncomeCategory } from '@kokuho/core/registry';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import type { Schema } from '../schema.ts';
import { eligibilityPeriodToRow } from './eligibility-repository.ts';
import { insuredPersonToRow } from './insured-persons-repository.ts';
import { insurerToRow } from './insurers-repository.ts';
import { providerToRow } from './providers-repository.ts';
import { loadRegistryFixture, registryFixture, withCheckDigit } from './registry-fixtures.test-support.ts';

/** Runs `fn` in a savepoint-like transaction of its own so that a refused row does not end the test. */
const attempt = (db: { withFederation: (f: '13', fn: (trx: Kysely<Schema>) => Promise<unknown>) => Promise<unknown> }, fn: (trx: Kysely<Schema>) => Promise<unknown>) =>
  db.withFederation('13', fn);

for (const engine of testEngines()) {
  test(`[${engine}] registry tables refuse malformed rows by themselves`, async (t) => {
    const db = await createTestDatabase(engine);
    try {
      const fx = registryFixture('13');
      await db.withFederation('13', (trx) => loadRegistryFixture(trx, fx));
      const [municipal] = fx.insurers;
      const person = fx.persons[1]!;
      const period = fx.periods[1]!;

      await t.test('every core income category, acquire and lose reason is accepted', async () => {
        await db.withFederation('13', async (trx) => {
          for (const c of Object.keys(INCOME_CATEGORIES) as IncomeCategory[]) {
            await trx.insertInto('insured_persons').values(insuredPersonToRow('13', { ...person, personId: `13-IC-${c}`, isHouseholder: false, incomeCategory: c })).execute();
          }
          let day = 1;
          for (const a of Object.keys(ACQUIRE_REASONS) as (keyof typeof ACQUIRE_REASONS)[]) {
            for (const l of Object.keys(LOSE_REASONS) as (keyof typeof LOSE_REASONS)[]) {
              const from = new Date(Date.UTC(1990, 0, day++)).toISOString().slice(0, 10);
              const to = new Date(Date.UTC(1990, 0, day)).toISOString().slice(0, 10);
              await trx.insertInto('eligibility_periods').values(eligibilityPeriodToRow('13', { ...period, personId: '13-IC-a', acquiredOn: from, lostOn: to, acquireReason: a, loseReason: l })).execute();
            }
          }
        });
      });

      const refused: [string, string, (trx: Kysely<Schema>) => Promise<unknown>][] = [
        ['unknown income category', 'insured_persons_income_category', (trx) => trx.insertInto('insured_persons').values({ ...insuredPersonToRow('13', { ...person, personId: '13-X1', isHouseholder: false }), income_category: 'x' as never }).execute()],
        ['unknown sex', 'insured_persons_sex', (trx) => trx.insertInto('insured_persons').values({ ...insuredPersonToRow('13', { ...person, personId: '13-X2', isHouseholder: false }), sex: '1' as never }).execute()],
        ['a second householder', 'insured_persons_one_householder', (trx) => trx.insertInto('insured_persons').values(insuredPersonToRow('13', { ...person, personId: '13-X3', isHouseholder: true })).execute()],
        ['a one-digit 枝番', 'insured_persons_branch', (trx) => trx.insertInto('insured_persons').values({ ...insuredPersonToRow('13', { ...person, personId: '13-X4', isHouseholder: false }), branch: '1' }).execute()],
        ['a period losing on its first day', 'eligibility_periods_range', (trx) => trx.insertInto('eligibility_periods').values(eligibilityPeriodToRow('13', { ...period, acquiredOn: '2030-01-01', lostOn: '2030-01-01', loseReason: 'death' })).execute()],
        ['a loss without reason', 'eligibility_periods_lose_reason_given', (trx) => trx.insertInto('eligibility_periods').values({ ...eligibilityPeriodToRow('13', { ...period, acquiredOn: '2030-01-01' }), lost_on: '2030-02-01' }).execute()],
        ['a period of a person of no federation row', 'eligibility_periods_federation_code_person_id_fkey', (trx) => trx.insertInto('eligibility_periods').values(eligibilityPeriodToRow('13', { ...period, personId: '13-NOBODY' })).execute()],
        ['an employees\' insurer', 'insurers_number_format', (trx) => trx.insertInto('insurers').values({ ...insurerToRow('13', municipal!), insurer_number: '01130012', kind: 'lateElderly', law_number: '39' }).execute()],
        ['a 国保組合 number as municipal', 'insurers_kind', (trx) => trx.insertInto('insurers').values(insurerToRow('13', { ...municipal!, number: withCheckDigit('13300') })).execute()],
        ['an insurer whose prefecture disagrees', 'insurers_prefecture', (trx) => trx.insertInto('insurers').values({ ...insurerToRow('13', municipal!), insurer_number: withCheckDigit('27001') }).execute()],
        ['a provider of another prefecture', 'providers_own_prefecture', (trx) => trx.insertInto('providers').values(providerToRow('13', { ...fx.providers[0]!, code: withCheckDigit('271010009') })).execute()],
        ['a hospital with 10 beds', 'providers_hospital_beds', (trx) => trx.insertInto('providers').values(providerToRow('13', { ...fx.providers[1]!, code: withCheckDigit('131010009'), beds: 10 })).execute()],
        ['a pharmacy under 点数表 1', 'providers_kind', (trx) => trx.insertInto('providers').values(providerToRow('13', { ...fx.providers[0]!, code: withCheckDigit('131010008'), kind: 'pharmacy' })).execute()],
        ['validity ending before it starts', 'insurers_validity', (trx) => trx.insertInto('insurers').values(insurerToRow('13', { ...municipal!, number: withCheckDigit('13009'), validTo: '2018-03-31' })).execute()],
      ];
      for (const [name, constraint, fn] of refused) {
        await t.test(`refused: ${name} (${constraint})`, async () => {
          await assert.rejects(attempt(db, fn), (e: Error) => e.message.includes(`constraint "${constraint}"`));
        });
      }
    } finally {
      await db.dispose();
    }
  });
}
