import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublicExpensePayerNumber, parseRecipientNumber } from './public-expense-number.ts';
import type { RegistryErrorCode } from './registry-errors.ts';

test('公費負担者番号 of public sources decompose into 法別 + prefecture + 実施機関', () => {
  const rows: [raw: string, law: string, name: string | undefined, pref: string, agency: string, source: string][] = [
    ['54016027', '54', '難病法 特定医療', '01', '602', 'nanbyo.ukure.com worked example'],
    ['12143210', '12', '生活保護法 医療扶助', '14', '321', 'sample UKE KO'],
    ['52148020', '52', '児童福祉法 小児慢性特定疾病医療支援', '14', '802', 'sample UKE KO'],
    ['83123067', '83', '地方単独の公費負担医療（都道府県・市区町村の医療費助成）', '12', '306', 'sample UKE KO'],
    ['81140048', '81', '地方単独の公費負担医療（都道府県・市区町村の医療費助成）', '14', '004', 'sample UKE KO'],
  ];
  for (const [raw, law, name, pref, agency, source] of rows) {
    const r = parsePublicExpensePayerNumber(raw);
    assert.ok(r.ok, `${raw}: ${source}`);
    assert.deepEqual(r.value, { value: raw, lawNumber: law, lawName: name, prefecture: pref, agencyNumber: agency }, source);
  }
});

test('bad 公費負担者番号', () => {
  const rows: [string, RegistryErrorCode[]][] = [
    ['', ['empty']],
    ['5401602', ['badLength']],
    ['5401602７', ['notDigits']],
    ['83136019', ['checkDigit']], // in the sample UKE (fictitious); its check digit would be 0
    ['01010016', ['notPublicExpenseLaw']], // an insurer's number in the payer field
    ['39131008', ['notPublicExpenseLaw']],
    ['12483217', ['unknownPrefecture', 'checkDigit']],
  ];
  for (const [raw, codes] of rows) {
    const r = parsePublicExpensePayerNumber(raw);
    assert.equal(r.ok, false, raw);
    if (!r.ok) assert.deepEqual(r.errors.map((e) => e.code), codes, raw);
  }
});

test('受給者番号: 7 digits with the check digit last', () => {
  const rows: [string, RegistryErrorCode | 'ok'][] = [
    ['1111111', 'ok'], // sample UKE KO
    ['0000000', 'ok'], // sample UKE KO (zero-filled)
    ['1234566', 'ok'], // 123456: 6×2→3, 5, 4×2=8, 3, 2×2=4, 1 → 24 → 6
    ['1234567', 'checkDigit'],
    ['000000', 'badLength'], // a 6-digit one in the sample UKE: the spec zero-fills to 7
    ['', 'empty'],
    ['12345a6', 'notDigits'],
  ];
  for (const [raw, expected] of rows) {
    const r = parseRecipientNumber(raw);
    if (expected === 'ok') assert.deepEqual(r, { ok: true, value: raw });
    else assert.equal(!r.ok && r.errors[0]!.code, expected, raw);
  }
});
