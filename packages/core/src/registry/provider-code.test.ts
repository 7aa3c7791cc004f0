import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProviderCode, providerCodeOf, providerKindOf, type ProviderFeeTable, type ProviderKind } from './provider-code.ts';
import type { RegistryErrorCode } from './registry-errors.ts';

test('real 10-digit provider codes decompose and check over prefecture + fee table + local code', () => {
  const rows: [raw: string, pref: string, table: string, local: string, area: string, inst: string, source: string][] = [
    ['0110113719', '01', '1', '0113719', '01', '1371', 'Wikipedia「処方箋発行医療機関コード」example'],
    ['3618010015', '36', '1', '8010015', '80', '1001', '徳島大学病院 (厚生局 listing 80-10015 in 徳島市, quoted by myozai119.jp)'],
  ];
  for (const [raw, pref, table, local, area, inst, source] of rows) {
    const r = parseProviderCode(raw);
    assert.ok(r.ok, `${raw}: ${source}`);
    assert.deepEqual(r.value, { value: raw, prefecture: pref, feeTable: table, localCode: local, areaNumber: area, institutionNumber: inst });
    assert.deepEqual(providerCodeOf(pref, table, local), r);
  }
});

test('the 7 digits alone do not carry a valid check digit: prefecture and fee table take part', () => {
  // Over the 6 local digits 011371 the check digit would be 2, not 9; over 801001 it would be 9, not 5.
  const local = providerCodeOf('01', '1', '0113712');
  assert.equal(local.ok, false);
  // The same local code under another fee table or prefecture is a different (here invalid) code.
  for (const [pref, table] of [['01', '3'], ['02', '1'], ['36', '4']] as const) {
    const r = providerCodeOf(pref, table, '0113719');
    assert.equal(!r.ok && r.errors.map((e) => e.code).join(), 'checkDigit', `${pref}${table}`);
  }
});

test('bad provider codes', () => {
  const rows: [string, RegistryErrorCode[]][] = [
    ['', ['empty']],
    ['011011371', ['badLength']],
    ['01101137１9', ['notDigits']],
    ['0110113718', ['checkDigit']],
    ['4810113719', ['unknownPrefecture', 'checkDigit']],
    ['0120113710', ['unknownFeeTable', 'checkDigit']],
  ];
  for (const [raw, codes] of rows) {
    const r = parseProviderCode(raw);
    assert.equal(r.ok, false, raw);
    if (!r.ok) assert.deepEqual(r.errors.map((e) => e.code), codes, raw);
  }
  const r = providerCodeOf('01', '1', '113719');
  assert.equal(!r.ok && r.errors[0]!.code, 'badLength');
});

test('provider kind from fee table and beds (医療法: a hospital has 20 beds or more)', () => {
  const rows: [ProviderFeeTable, number | undefined, ProviderKind][] = [
    ['1', undefined, 'clinic'],
    ['1', 0, 'clinic'],
    ['1', 19, 'clinic'],
    ['1', 20, 'hospital'],
    ['1', 600, 'hospital'],
    ['3', undefined, 'dental'],
    ['3', 40, 'dental'],
    ['4', undefined, 'pharmacy'],
    ['6', undefined, 'homeNursing'],
  ];
  for (const [table, beds, kind] of rows) assert.equal(providerKindOf(table, beds), kind, `${table}/${beds}`);
});
