/**
 * One row of each registry CSV (docs/formats/registry-csv.md) → the registry record. Only the shape
 * is checked here (required values, dates, code lists, booleans); number formats and check digits are
 * the validators' job (registry-validation.ts), which storage runs on every row anyway.
 */
import { isPrefectureCode, type PrefectureCode } from '../common/prefectures.ts';
import type { Result } from '../common/result.ts';
import { isAcquireReason, isLoseReason } from './eligibility-reasons.ts';
import { isIncomeCategory } from './income-categories.ts';
import { INSURER_KINDS, type InsurerKind } from './insurer-number.ts';
import { isProviderFeeTable, PROVIDER_KINDS, type ProviderKind } from './provider-code.ts';
import type { CsvRow, CsvRowError } from './registry-csv.ts';
import { SEX_UKE_CODES, type EligibilityPeriod, type Household, type InsuredPerson, type Insurer, type Provider, type PublicExpenseProgram, type Sex } from './registry-types.ts';

export const INSURER_CSV_COLUMNS = ['insurerNumber', 'kind', 'lawNumber', 'prefecture', 'name'] as const;
export const PROVIDER_CSV_COLUMNS = ['providerCode', 'feeTable', 'kind', 'name', 'beds'] as const;
export const HOUSEHOLD_CSV_COLUMNS = ['householdId', 'insurerNumber', 'householdNumber', 'householderName'] as const;
export const INSURED_CSV_COLUMNS = [
  'personId', 'householdId', 'insurerNumber', 'cardSymbol', 'cardNumber', 'cardBranch', 'name', 'nameKana', 'sex', 'birthDate',
  'isHouseholder', 'incomeCategory', 'acquiredOn', 'lostOn', 'acquireReason', 'loseReason',
] as const;
export const RECIPIENT_CSV_COLUMNS = ['lawNumber', 'payerNumber', 'program'] as const;

/**
 * The files carry no validity dates, and the tables need a start. Rows are loaded as valid from the
 * start of their scheme, so that no claim date falls before them: 国民皆保険 (1961-04-01) for 国保
 * insurers, providers and public expense payers, the 後期高齢者医療 system (2008-04-01) for 広域連合.
 */
export const NHI_SCHEME_START = '1961-04-01';
export const LATE_ELDERLY_SCHEME_START = '2008-04-01';

const isInsurerKind = (s: string): s is InsurerKind => Object.prototype.hasOwnProperty.call(INSURER_KINDS, s);
const isProviderKind = (s: string): s is ProviderKind => Object.prototype.hasOwnProperty.call(PROVIDER_KINDS, s);
const SEX_BY_CODE: Readonly<Record<string, Sex>> = Object.fromEntries(Object.entries(SEX_UKE_CODES).map(([sex, code]) => [code, sex as Sex]));

function prefecture(row: CsvRow, column: string): PrefectureCode {
  const v = row.required(column);
  if (v !== '' && !isPrefectureCode(v)) row.error(column, `都道府県番号が正しくありません（01〜47）: ${v}`);
  return v as PrefectureCode;
}

export function insurerFromCsv(row: CsvRow): Result<Insurer, CsvRowError> {
  const kind = row.code('kind', isInsurerKind);
  const law = row.optional('lawNumber');
  if (law !== undefined && law !== '39') row.error('lawNumber', `後期高齢者医療の 39 か空です: ${law}`);
  return row.result<Insurer>({
    number: row.required('insurerNumber'),
    kind,
    lawNumber: law === '39' ? '39' : undefined,
    prefecture: prefecture(row, 'prefecture'),
    name: row.required('name'),
    validFrom: kind === 'lateElderly' ? LATE_ELDERLY_SCHEME_START : NHI_SCHEME_START,
    validTo: undefined,
  });
}

export function providerFromCsv(row: CsvRow): Result<Provider, CsvRowError> {
  return row.result<Provider>({
    code: row.required('providerCode'),
    feeTable: row.code('feeTable', isProviderFeeTable),
    kind: row.code('kind', isProviderKind),
    name: row.required('name'),
    beds: row.optionalCount('beds'),
    validFrom: NHI_SCHEME_START,
    validTo: undefined,
  });
}

/** A household row; `householdId` is the generator's id, which insured.csv refers to. */
export interface HouseholdCsvRow {
  householdId: string;
  household: Household;
}

export function householdFromCsv(row: CsvRow): Result<HouseholdCsvRow, CsvRowError> {
  return row.result({
    householdId: row.required('householdId'),
    household: { insurerNumber: row.required('insurerNumber'), householdNumber: row.required('householdNumber'), householderName: row.optional('householderName') },
  });
}

/**
 * An insured.csv row is one coverage period together with the person as of that period. The
 * person's `householdNumber` is left undefined: the file names the household by `householdId`,
 * which households.csv maps to the insurer's 世帯番号.
 */
export interface InsuredCsvRow {
  householdId: string;
  person: InsuredPerson;
  period: EligibilityPeriod;
}

export function insuredFromCsv(row: CsvRow): Result<InsuredCsvRow, CsvRowError> {
  const personId = row.required('personId');
  const insurerNumber = row.required('insurerNumber');
  const card = { symbol: row.text('cardSymbol').trim(), number: row.required('cardNumber'), branch: row.text('cardBranch').trim() };
  const sexCode = row.required('sex');
  const sex = SEX_BY_CODE[sexCode];
  if (sexCode !== '' && !sex) row.error('sex', `1（男）または 2（女）です: ${sexCode}`);
  const acquiredOn = row.date('acquiredOn');
  const lostOn = row.optionalDate('lostOn');
  const loseReason = row.optionalCode('loseReason', isLoseReason);
  if ((lostOn === undefined) !== (loseReason === undefined)) row.error(lostOn ? 'loseReason' : 'lostOn', '資格喪失年月日と喪失事由は両方あるか両方ないかです');
  return row.result({
    householdId: row.required('householdId'),
    person: {
      personId, insurerNumber, card, householdNumber: undefined,
      isHouseholder: row.bool('isHouseholder'),
      name: row.required('name'),
      nameKana: row.optional('nameKana'),
      sex: sex ?? 'male',
      birthDate: row.date('birthDate'),
      incomeCategory: row.optionalCode('incomeCategory', isIncomeCategory),
      individualNumberToken: undefined,
    },
    period: { personId, insurerNumber, card, acquiredOn, lostOn, acquireReason: row.code('acquireReason', isAcquireReason), loseReason },
  });
}

/**
 * public-expense-recipients.csv has no table of its own (recipients are not stored); what the
 * registry needs from it is the payer (公費負担者) each row names.
 */
export function publicExpenseProgramFromCsv(row: CsvRow): Result<PublicExpenseProgram, CsvRowError> {
  const payerNumber = row.required('payerNumber');
  return row.result<PublicExpenseProgram>({
    payerNumber,
    lawNumber: row.required('lawNumber'),
    prefecture: payerNumber.slice(2, 4) as PrefectureCode, // the validator checks it against the number
    name: row.required('program'),
    validFrom: NHI_SCHEME_START,
    validTo: undefined,
  });
}
