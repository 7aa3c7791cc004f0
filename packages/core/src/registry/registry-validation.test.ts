import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  validateEligibilityPeriod,
  validateHousehold,
  validateInsuredPerson,
  validateInsurer,
  validateProvider,
  validatePublicExpenseProgram,
} from './registry-validation.ts';
import { REGISTRY_ERROR_MESSAGES, REGISTRY_FIELD_LABELS } from './registry-errors.ts';
import type { EligibilityPeriod, InsuredPerson, Insurer, Provider } from './registry-types.ts';

const codes = (r: { ok: boolean; errors?: { code: string; field: string }[] }) => (r.ok ? [] : r.errors!.map((e) => `${e.field}:${e.code}`));

test('every error code and field has a Japanese text', () => {
  for (const m of [...Object.values(REGISTRY_ERROR_MESSAGES), ...Object.values(REGISTRY_FIELD_LABELS)]) {
    assert.match(m, /[\u3040-\u30ff\u4e00-\u9fff]/, m);
  }
});

const insurer: Insurer = { number: '138057', kind: 'municipal', lawNumber: undefined, prefecture: '13', name: '東京都某市', validFrom: '2018-04-01', validTo: undefined };

test('insurer: number, kind, 法別 and prefecture must agree', () => {
  assert.deepEqual(codes(validateInsurer(insurer)), []);
  assert.deepEqual(codes(validateInsurer({ ...insurer, number: ' 138057 ' })), []);
  assert.equal((validateInsurer({ ...insurer, number: ' 138057 ' }) as { value: Insurer }).value.number, '138057');
  const rows: [Partial<Insurer>, string[]][] = [
    [{ kind: 'nhiUnion' }, ['kind:inconsistent']],
    [{ prefecture: '27' }, ['insurerNumber:inconsistent']],
    [{ number: '39131008' }, ['kind:inconsistent', 'insurerNumber:inconsistent']],
    [{ number: '39131008', kind: 'lateElderly', lawNumber: '39' }, []],
    [{ number: '01130012' }, ['insurerNumber:employeeInsurer']],
    [{ name: ' ' }, ['name:empty']],
    [{ validFrom: '2018-02-30' }, ['validFrom:invalidDate']],
    [{ validTo: '2018-03-31' }, ['validTo:periodReversed']],
    [{ validTo: '2018-04-01' }, []], // one day, inclusive
  ];
  for (const [patch, expected] of rows) assert.deepEqual(codes(validateInsurer({ ...insurer, ...patch })), expected, JSON.stringify(patch));
});

const provider: Provider = { code: '0110113719', feeTable: '1', kind: 'clinic', name: '某診療所', beds: undefined, validFrom: '2020-01-01', validTo: undefined };

test('provider: fee table and kind follow the code and the beds', () => {
  assert.deepEqual(codes(validateProvider(provider)), []);
  const rows: [Partial<Provider>, string[]][] = [
    [{ kind: 'hospital' }, ['kind:providerKindMismatch']],
    [{ kind: 'hospital', beds: 20 }, []],
    [{ beds: 25 }, ['kind:providerKindMismatch']],
    [{ feeTable: '4', kind: 'pharmacy' }, ['feeTable:inconsistent']],
    [{ beds: -1 }, ['beds:badCount']],
    [{ code: '0110113718' }, ['providerCode:checkDigit']],
  ];
  for (const [patch, expected] of rows) assert.deepEqual(codes(validateProvider({ ...provider, ...patch })), expected, JSON.stringify(patch));
});

test('household', () => {
  assert.deepEqual(validateHousehold({ insurerNumber: '138057', householdNumber: ' 0001 ', householderName: ' ' }), {
    ok: true,
    value: { insurerNumber: '138057', householdNumber: '0001', householderName: undefined },
  });
  assert.deepEqual(codes(validateHousehold({ insurerNumber: '138058', householdNumber: '', householderName: undefined })), ['insurerNumber:checkDigit', 'householdNumber:empty']);
});

const person: InsuredPerson = {
  personId: 'P1',
  insurerNumber: '138057',
  card: { symbol: '１２', number: '３４５', branch: '０１' },
  householdNumber: 'H1',
  isHouseholder: true,
  name: '国保 太郎',
  nameKana: 'コクホ タロウ',
  sex: 'male',
  birthDate: '1980-02-29',
  incomeCategory: 'u',
  individualNumberToken: undefined,
};

test('insured person: canonical card, and no clear individual number', () => {
  const r = validateInsuredPerson(person);
  assert.ok(r.ok);
  assert.deepEqual(r.value.card, { symbol: '12', number: '345', branch: '01' });
  const rows: [Partial<InsuredPerson>, string[]][] = [
    [{ individualNumberToken: '123456789018' as never }, ['individualNumber:notToken']],
    [{ individualNumberToken: 'a'.repeat(64) as never }, []],
    [{ sex: 'x' as never }, ['sex:unknownCode']],
    [{ incomeCategory: 'z' as never }, ['incomeCategory:unknownCode']],
    [{ birthDate: '1980-13-01' }, ['birthDate:invalidDate']],
    [{ householdNumber: undefined }, ['householdNumber:inconsistent']],
    [{ card: { symbol: '', number: '', branch: '' } }, ['cardNumber:empty']],
    [{ insurerNumber: '01010016' }, ['insurerNumber:employeeInsurer']],
  ];
  for (const [patch, expected] of rows) assert.deepEqual(codes(validateInsuredPerson({ ...person, ...patch })), expected, JSON.stringify(patch));
});

const period: EligibilityPeriod = {
  personId: 'P1',
  insurerNumber: '138057',
  card: { symbol: '12', number: '345', branch: '01' },
  acquiredOn: '2020-04-01',
  lostOn: undefined,
  acquireReason: 'moveIn',
  loseReason: undefined,
};

test('eligibility period: 喪失日 after 取得日, reason with every loss', () => {
  assert.deepEqual(codes(validateEligibilityPeriod(period)), []);
  const rows: [Partial<EligibilityPeriod>, string[]][] = [
    [{ lostOn: '2020-04-02', loseReason: 'death' }, []],
    [{ lostOn: '2020-04-01', loseReason: 'death' }, ['lostOn:periodReversed']], // covers no day
    [{ lostOn: '2020-03-01', loseReason: 'moveOut' }, ['lostOn:periodReversed']],
    [{ lostOn: '2021-01-01' }, ['loseReason:inconsistent']],
    [{ loseReason: 'death' }, ['loseReason:inconsistent']],
    [{ acquireReason: 'x' as never }, ['acquireReason:unknownCode']],
    [{ acquiredOn: '2020-02-30' }, ['acquiredOn:invalidDate']],
  ];
  for (const [patch, expected] of rows) assert.deepEqual(codes(validateEligibilityPeriod({ ...period, ...patch })), expected, JSON.stringify(patch));
});

test('public expense programme', () => {
  const p = { payerNumber: '54016027', lawNumber: '54', prefecture: '01' as const, name: '特定医療費', validFrom: '2015-01-01', validTo: undefined };
  assert.deepEqual(codes(validatePublicExpenseProgram(p)), []);
  assert.deepEqual(codes(validatePublicExpenseProgram({ ...p, lawNumber: '51' })), ['payerNumber:inconsistent']);
  assert.deepEqual(codes(validatePublicExpenseProgram({ ...p, payerNumber: '54016028' })), ['payerNumber:checkDigit']);
});
