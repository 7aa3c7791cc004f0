/**
 * Checks a registry record before it is stored and returns it in canonical form (trimmed numbers,
 * normalised card). Storage refuses what fails here row by row instead of failing a whole batch.
 */
import { isValidIsoDate, type IsoDate } from '../common/dates.ts';
import { fail, ok, type Result } from '../common/result.ts';
import { isAcquireReason, isLoseReason } from './eligibility-reasons.ts';
import { isIncomeCategory } from './income-categories.ts';
import { parseInsuranceCard } from './insurance-card.ts';
import { parseFederationInsurerNumber } from './insurer-number.ts';
import { parseProviderCode, providerKindOf } from './provider-code.ts';
import { parsePublicExpensePayerNumber } from './public-expense-number.ts';
import { registryError, type RegistryError, type RegistryField } from './registry-errors.ts';
import type { EligibilityPeriod, Household, InsuredPerson, Insurer, Provider, PublicExpenseProgram } from './registry-types.ts';

const TOKEN = /^[0-9a-f]{64}$/;

function required(value: string, field: RegistryField, errors: RegistryError[]): string {
  const v = value.trim();
  if (v === '') errors.push(registryError('empty', field, value));
  return v;
}

function date(value: IsoDate, field: RegistryField, errors: RegistryError[]): void {
  if (!isValidIsoDate(value)) errors.push(registryError('invalidDate', field, value));
}

/** Inclusive validity: validTo may equal validFrom (one day). */
function validity(from: IsoDate, to: IsoDate | undefined, errors: RegistryError[]): void {
  date(from, 'validFrom', errors);
  if (to === undefined) return;
  date(to, 'validTo', errors);
  if (isValidIsoDate(from) && isValidIsoDate(to) && to < from) errors.push(registryError('periodReversed', 'validTo', to));
}

const done = <T>(value: T, errors: RegistryError[]): Result<T, RegistryError> => (errors.length ? fail(...errors) : ok(value));

export function validateInsurer(i: Insurer): Result<Insurer, RegistryError> {
  const errors: RegistryError[] = [];
  const n = parseFederationInsurerNumber(i.number);
  if (!n.ok) errors.push(...n.errors);
  else {
    if (n.value.scheme !== i.kind) errors.push(registryError('inconsistent', 'kind', i.kind));
    if (n.value.prefecture !== i.prefecture) errors.push(registryError('inconsistent', 'insurerNumber', i.prefecture));
    if ((n.value.lawNumber ?? undefined) !== i.lawNumber) errors.push(registryError('inconsistent', 'insurerNumber', i.lawNumber ?? ''));
  }
  const name = required(i.name, 'name', errors);
  validity(i.validFrom, i.validTo, errors);
  return done({ ...i, number: n.ok ? n.value.value : i.number, name }, errors);
}

export function validateProvider(p: Provider): Result<Provider, RegistryError> {
  const errors: RegistryError[] = [];
  const code = parseProviderCode(p.code);
  if (p.beds !== undefined && !(Number.isSafeInteger(p.beds) && p.beds >= 0)) errors.push(registryError('badCount', 'beds', String(p.beds)));
  if (!code.ok) errors.push(...code.errors);
  else {
    if (code.value.feeTable !== p.feeTable) errors.push(registryError('inconsistent', 'feeTable', p.feeTable));
    else if (providerKindOf(p.feeTable, p.beds) !== p.kind) errors.push(registryError('providerKindMismatch', 'kind', p.kind));
  }
  const name = required(p.name, 'name', errors);
  validity(p.validFrom, p.validTo, errors);
  return done({ ...p, code: code.ok ? code.value.value : p.code, name }, errors);
}

export function validateHousehold(h: Household): Result<Household, RegistryError> {
  const errors: RegistryError[] = [];
  const n = parseFederationInsurerNumber(h.insurerNumber);
  if (!n.ok) errors.push(...n.errors);
  const householdNumber = required(h.householdNumber, 'householdNumber', errors);
  const householderName = h.householderName?.trim() || undefined;
  return done({ insurerNumber: n.ok ? n.value.value : h.insurerNumber, householdNumber, householderName }, errors);
}

export function validateInsuredPerson(p: InsuredPerson): Result<InsuredPerson, RegistryError> {
  const errors: RegistryError[] = [];
  const personId = required(p.personId, 'personId', errors);
  const n = parseFederationInsurerNumber(p.insurerNumber);
  if (!n.ok) errors.push(...n.errors);
  const card = parseInsuranceCard(p.card);
  if (!card.ok) errors.push(...card.errors);
  const householdNumber = p.householdNumber?.trim() || undefined;
  if (p.isHouseholder && householdNumber === undefined) errors.push(registryError('inconsistent', 'householdNumber', ''));
  const name = required(p.name, 'name', errors);
  if (p.sex !== 'male' && p.sex !== 'female') errors.push(registryError('unknownCode', 'sex', String(p.sex)));
  date(p.birthDate, 'birthDate', errors);
  if (p.incomeCategory !== undefined && !isIncomeCategory(p.incomeCategory)) errors.push(registryError('unknownCode', 'incomeCategory', String(p.incomeCategory)));
  // A 12-digit clear number fails this: the shape of a token is the last guard before storage.
  if (p.individualNumberToken !== undefined && !TOKEN.test(p.individualNumberToken)) errors.push(registryError('notToken', 'individualNumber'));
  const nameKana = p.nameKana?.trim() || undefined;
  return done(
    { ...p, personId, insurerNumber: n.ok ? n.value.value : p.insurerNumber, card: card.ok ? card.value : p.card, householdNumber, name, nameKana },
    errors,
  );
}

export function validateEligibilityPeriod(e: EligibilityPeriod): Result<EligibilityPeriod, RegistryError> {
  const errors: RegistryError[] = [];
  const personId = required(e.personId, 'personId', errors);
  const n = parseFederationInsurerNumber(e.insurerNumber);
  if (!n.ok) errors.push(...n.errors);
  const card = parseInsuranceCard(e.card);
  if (!card.ok) errors.push(...card.errors);
  date(e.acquiredOn, 'acquiredOn', errors);
  if (e.lostOn !== undefined) {
    date(e.lostOn, 'lostOn', errors);
    // 喪失日 is the first uncovered day: a period that loses on its first day covers nothing.
    if (isValidIsoDate(e.acquiredOn) && isValidIsoDate(e.lostOn) && e.lostOn <= e.acquiredOn) errors.push(registryError('periodReversed', 'lostOn', e.lostOn));
  }
  if (!isAcquireReason(e.acquireReason)) errors.push(registryError('unknownCode', 'acquireReason', String(e.acquireReason)));
  if (e.loseReason !== undefined && !isLoseReason(e.loseReason)) errors.push(registryError('unknownCode', 'loseReason', String(e.loseReason)));
  if ((e.lostOn === undefined) !== (e.loseReason === undefined)) errors.push(registryError('inconsistent', 'loseReason', e.loseReason ?? ''));
  return done({ ...e, personId, insurerNumber: n.ok ? n.value.value : e.insurerNumber, card: card.ok ? card.value : e.card }, errors);
}

export function validatePublicExpenseProgram(p: PublicExpenseProgram): Result<PublicExpenseProgram, RegistryError> {
  const errors: RegistryError[] = [];
  const n = parsePublicExpensePayerNumber(p.payerNumber);
  if (!n.ok) errors.push(...n.errors);
  else if (n.value.lawNumber !== p.lawNumber || n.value.prefecture !== p.prefecture) errors.push(registryError('inconsistent', 'payerNumber', p.payerNumber));
  const name = required(p.name, 'name', errors);
  validity(p.validFrom, p.validTo, errors);
  return done({ ...p, payerNumber: n.ok ? n.value.value : p.payerNumber, name }, errors);
}
