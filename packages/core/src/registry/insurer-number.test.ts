import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFederationInsurerNumber, parseInsurerNumber, type InsurerScheme } from './insurer-number.ts';
import { REGISTRY_ERROR_MESSAGES, type RegistryErrorCode } from './registry-errors.ts';

// Structure: system-map.md "Which claims reach a federation". Check digits: check-digit.ts sources.
test('valid insurer numbers and what they say', () => {
  const rows: [raw: string, scheme: InsurerScheme, law: string | undefined, pref: string, serial: string, ours: boolean, note: string][] = [
    ['138057', 'municipal', undefined, '13', '805', true, 'uke-format.md §3 HO example'],
    ['  138057', 'municipal', undefined, '13', '805', true, 'as padded in a HO record'],
    ['133033', 'nhiUnion', undefined, '13', '303', true, 'third digit 3 = 国保組合 (computed check digit)'],
    ['39131008', 'lateElderly', '39', '13', '100', true, '法別 39 (computed check digit)'],
    ['01010016', 'employee', '01', '01', '001', false, 'sample UKE HO: 協会けんぽ'],
    ['34130021', 'employee', '34', '13', '002', false, 'sample UKE HO: 公立学校共済'],
    ['33120015', 'employee', '33', '12', '001', false, '設定要領 worked example: 警察共済'],
    ['67138057', 'nhiRetiree', '67', '13', '805', false, '退職者医療 (computed check digit)'],
  ];
  for (const [raw, scheme, law, pref, serial, ours, note] of rows) {
    const r = parseInsurerNumber(raw);
    assert.ok(r.ok, `${raw}: ${note}`);
    assert.equal(r.value.value, raw.trim());
    assert.equal(r.value.scheme, scheme, note);
    assert.equal(r.value.lawNumber, law, note);
    assert.equal(r.value.prefecture, pref, note);
    assert.equal(r.value.insurerSerial, serial, note);
    assert.equal(r.value.reachesFederation, ours, note);
  }
});

test('bad insurer numbers give typed errors with Japanese messages, never throw', () => {
  const rows: [raw: string, codes: RegistryErrorCode[]][] = [
    ['', ['empty']],
    ['   ', ['empty']],
    ['13805７', ['notDigits']],
    ['13-057', ['notDigits']],
    ['1380579', ['badLength']],
    ['13805', ['badLength']],
    ['138058', ['checkDigit']],
    ['488054', ['unknownPrefecture', 'checkDigit']],
    ['000000', ['unknownPrefecture']],
    ['12141156', ['notHealthInsuranceLaw']], // a 公費 (生活保護) number in the insurer field
    ['39491008', ['unknownPrefecture', 'checkDigit']],
  ];
  for (const [raw, codes] of rows) {
    const r = parseInsurerNumber(raw);
    assert.equal(r.ok, false, raw);
    if (r.ok) continue;
    assert.deepEqual(r.errors.map((e) => e.code), codes, raw);
    for (const e of r.errors) {
      assert.equal(e.field, 'insurerNumber');
      assert.equal(e.message, `保険者番号: ${REGISTRY_ERROR_MESSAGES[e.code]}`);
      assert.equal(e.input, raw);
    }
  }
});

test('a federation refuses employees\' insurers and the ended 退職者医療', () => {
  const rows: [string, RegistryErrorCode | 'ok'][] = [
    ['138057', 'ok'],
    ['133033', 'ok'],
    ['39131008', 'ok'],
    ['01010016', 'employeeInsurer'],
    ['06139992', 'employeeInsurer'],
    ['67138057', 'abolishedScheme'],
  ];
  for (const [raw, expected] of rows) {
    const r = parseFederationInsurerNumber(raw);
    if (expected === 'ok') assert.ok(r.ok, raw);
    else {
      assert.equal(r.ok, false, raw);
      if (!r.ok) assert.equal(r.errors[0]!.code, expected, raw);
    }
  }
  const r = parseFederationInsurerNumber('01010016');
  assert.ok(!r.ok && r.errors[0]!.message.includes('支払基金'));
});
