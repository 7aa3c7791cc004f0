import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDigitOf, hasValidCheckDigit } from './check-digit.ts';

// Numbers printed in public sources, each with the check digit the 設定要領 algorithm must give.
const REAL_NUMBERS: [string, string][] = [
  ['33120015', 'worked example of the 設定要領 algorithm (千葉県 警察共済), biglobe.ne.jp/~h-it/mlcont/mc0124.htm'],
  ['54016027', 'worked 公費 example (法別54 北海道), nanbyo.ukure.com/kiten'],
  ['01010016', 'HO of shared/data/samples/RECEIPTC_GAIRAI_SAMPLE.UKE (協会けんぽ 北海道)'],
  ['01130012', 'HO of the sample UKE (協会けんぽ 東京)'],
  ['01350016', 'HO of the sample UKE (協会けんぽ 山口)'],
  ['34130021', 'HO of the sample UKE (公立学校共済 東京)'],
  ['83123067', 'KO of the sample UKE (local programme, 千葉)'],
  ['12143210', 'KO of the sample UKE (生活保護, 神奈川)'],
  ['54147012', 'KO of the sample UKE (難病, 神奈川)'],
  ['52148020', 'KO of the sample UKE (小児慢性, 神奈川)'],
  ['28140507', 'KO of the sample UKE (感染症入院, 神奈川)'],
  ['138057', '6-digit 国保 example of uke-format.md §3 HO'],
  ['1111111', '受給者番号 of a KO record of the sample UKE'],
  ['0110113719', '医療機関コード example of Wikipedia「処方箋発行医療機関コード」'],
];

test('the check digit of numbers printed in public sources', () => {
  for (const [n, source] of REAL_NUMBERS) {
    assert.equal(checkDigitOf(n.slice(0, -1)), Number(n.at(-1)), `${n}: ${source}`);
    assert.ok(hasValidCheckDigit(n), n);
  }
});

test('the worked example step by step: 3312001 → products 6 3 2 2 0 0 2 → 15 → 10 − 5 = 5', () => {
  assert.equal(checkDigitOf('3312001'), 5);
});

test('two-digit products count as the sum of their digits; a sum ending in 0 gives 0', () => {
  // 8312306: 6×2=12→3, 0, 3×2=6, 2, 1×2=2, 3, 8×2=16→7 → 23 → 7.
  assert.equal(checkDigitOf('8312306'), 7);
  // 1214321: 2+2+6+4+2+2+2 = 20 → 0.
  assert.equal(checkDigitOf('1214321'), 0);
});

test('mistyped digits and most swaps are caught', () => {
  const rows = ['01010026', '01100016', '33120051', '83136019'];
  // 83136019 is in the sample UKE as a KO 負担者番号 (fictitious data): its check digit should be 0.
  for (const n of rows) assert.equal(hasValidCheckDigit(n), false, n);
  assert.equal(checkDigitOf('8313601'), 0);
});

test('known blind spot of the Luhn scheme: swapping adjacent 0 and 9 keeps the check digit', () => {
  // Why the registry also matches names and birth dates: a check digit alone is not identity.
  assert.equal(checkDigitOf('1309001'), checkDigitOf('1390001'));
});
