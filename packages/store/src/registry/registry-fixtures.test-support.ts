/**
 * A small, valid registry for one federation, for tests: every number carries its real check digit.
 * Not a test file itself; the tests import it.
 */
import type { Kysely } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { checkDigitOf, type EligibilityPeriod, type Household, type InsuredPerson, type Insurer, type Provider, type PublicExpenseProgram } from '@kokuho/core/registry';
import type { Schema } from '../schema.ts';
import { upsertEligibilityPeriods } from './eligibility-repository.ts';
import { upsertHouseholds } from './households-repository.ts';
import { upsertInsuredPersons } from './insured-persons-repository.ts';
import { upsertInsurers } from './insurers-repository.ts';
import { upsertProviders } from './providers-repository.ts';
import { upsertPublicExpensePrograms } from './public-expense-programs-repository.ts';
import type { UpsertReport } from './upsert-report.ts';

export const withCheckDigit = (body: string): string => `${body}${checkDigitOf(body)}`;

export interface RegistryFixture {
  insurers: Insurer[];
  providers: Provider[];
  households: Household[];
  persons: InsuredPerson[];
  periods: EligibilityPeriod[];
  programs: PublicExpenseProgram[];
}

export function municipalInsurerNumber(f: FederationCode, serial = '001'): string {
  return withCheckDigit(`${f}${serial}`);
}

export function registryFixture(f: FederationCode): RegistryFixture {
  const municipal = municipalInsurerNumber(f);
  const lateElderly = withCheckDigit(`39${f}100`);
  const insurers: Insurer[] = [
    { number: municipal, kind: 'municipal', lawNumber: undefined, prefecture: f, name: `${f} 市国保`, validFrom: '2018-04-01', validTo: undefined },
    { number: lateElderly, kind: 'lateElderly', lawNumber: '39', prefecture: f, name: `${f} 後期高齢者医療広域連合`, validFrom: '2008-04-01', validTo: undefined },
  ];
  const providers: Provider[] = [
    { code: withCheckDigit(`${f}1010001`), feeTable: '1', kind: 'clinic', name: `${f} 診療所`, beds: undefined, validFrom: '2010-01-01', validTo: undefined },
    { code: withCheckDigit(`${f}1010002`), feeTable: '1', kind: 'hospital', name: `${f} 病院`, beds: 120, validFrom: '2010-01-01', validTo: undefined },
    { code: withCheckDigit(`${f}4010001`), feeTable: '4', kind: 'pharmacy', name: `${f} 薬局`, beds: undefined, validFrom: '2010-01-01', validTo: undefined },
  ];
  const households: Household[] = [{ insurerNumber: municipal, householdNumber: 'H0001', householderName: `${f} 世帯主` }];
  const person = (id: string, branch: string, householder: boolean, birthDate: string): InsuredPerson => ({
    personId: `${f}-${id}`,
    insurerNumber: municipal,
    card: { symbol: '12', number: '3456', branch },
    householdNumber: 'H0001',
    isHouseholder: householder,
    name: `国保 ${id}`,
    nameKana: 'コクホ',
    sex: householder ? 'male' : 'female',
    birthDate,
    incomeCategory: 'u',
    individualNumberToken: undefined,
  });
  const persons = [person('P1', '01', true, '1980-05-10'), person('P2', '02', false, '2015-07-15')];
  const periods: EligibilityPeriod[] = persons.map((p) => ({
    personId: p.personId,
    insurerNumber: municipal,
    card: p.card,
    acquiredOn: '2019-04-01',
    lostOn: undefined,
    acquireReason: 'moveIn',
    loseReason: undefined,
  }));
  const programs: PublicExpenseProgram[] = [
    { payerNumber: withCheckDigit(`54${f}602`), lawNumber: '54', prefecture: f, name: '特定医療費（指定難病）', validFrom: '2015-01-01', validTo: undefined },
  ];
  return { insurers, providers, households, persons, periods, programs };
}

/** Loads a fixture in dependency order and returns every report (tests assert none was rejected). */
export async function loadRegistryFixture(trx: Kysely<Schema>, fx: RegistryFixture): Promise<UpsertReport[]> {
  return [
    await upsertInsurers(trx, fx.insurers),
    await upsertProviders(trx, fx.providers),
    await upsertPublicExpensePrograms(trx, fx.programs),
    await upsertHouseholds(trx, fx.households),
    await upsertInsuredPersons(trx, fx.persons),
    await upsertEligibilityPeriods(trx, fx.periods),
  ];
}
