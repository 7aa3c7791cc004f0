/**
 * 調剤 / 歯科 claims (uke-format.md §6.1, §6.2): lenient field checks on the unverified layouts and the
 * HO / KO 合計点数 against the point items (§4). Each case mutates a finding-free file and expects
 * exactly one code at one line. Also the レセプト種別 age classes of 医科 claims (UKE-E058, §5.1).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageClassOf } from './claim-checks.ts';
import { baseLines, errorsOf, fileBytes, setField } from './files.test-support.ts';

const days = (day1: number): string => `,${day1}${','.repeat(30)}`;

/** 調剤: 剤 = 50 × 4 + 24 (CZ) = 224 with 負担区分 2 (医保 + 第1公費), KI 45 × 1 with 1 (医保). */
const pharmacy = (): string[] => [
  'YK,2,13,4,1234567,,テスト薬局,202506,00,03-1234-5678',
  'RE,1,4122,202505,山田　太郎,1,19800101,70,13,1,1234567,,,,,,000123,,,,ヤマダタロウ,',
  'HO,  138057,１２,３４５,1,269,,,,,,,,,',
  'KO,54136015,1234566,,1,224,,,,,,',
  'SN,1,01,,,,01,,',
  'SH,1,1,,,50',
  'CZ,1,0501,0501,1,4,2,,410001110,24,',
  'IY,2,620000001,3,,',
  `KI,1,410000110,45,1${days(1)}`,
  'GO,2,269,99',
];

/** 歯科: SS 267 × 1 + SS 58 × 2 = 383, 負担区分 1. */
const dental = (): string[] => [
  'UK,2,13,3,1234567,,テスト歯科,202506,,00',
  'IR,2,13,3,1234567,,202506,03-1234-5678,',
  'RE,1,3112,202505,鈴木　花子,2,19900515,70,,,,000456,,,,20250501,1,,,スズキハナコ,',
  'HO,  138057,１２,３４５,2,383,,,,,,,,,',
  'SN,1,01,,,,01,,',
  'HS,20250501,1,8843836,,,,,,01,',
  `SS,11,1,301000110${','.repeat(72)},267,1${days(1)}`,
  `SS,12,1,301001610${','.repeat(72)},58,2,,,1${','.repeat(26)},1,,`,
  'GO,1,383,99',
];

const found = (lines: string[]): string[] => errorsOf(fileBytes(lines)).map((e) => `${e.code}@${e.line}`);

test('the 調剤 and 歯科 base files have no findings', () => {
  assert.deepEqual(found(pharmacy()), []);
  assert.deepEqual(found(dental()), []);
});

const CASES: { name: string; lines: () => string[]; want: string }[] = [
  { name: '調剤 RE 生年月日 2月30日', lines: () => setField(pharmacy(), 2, 6, '19800230'), want: 'UKE-E027@2' },
  { name: '歯科 RE 生年月日 2月30日', lines: () => setField(dental(), 3, 6, '19900230'), want: 'UKE-E027@3' },
  { name: '調剤 RE 生年月日 和暦 (R 13月)', lines: () => setField(pharmacy(), 2, 6, '5011301'), want: 'UKE-E027@2' },
  { name: '歯科 RE 診療年月 13月', lines: () => setField(dental(), 3, 3, '202513'), want: 'UKE-E028@3' },
  { name: '調剤 HO 実日数 全角', lines: () => setField(pharmacy(), 3, 4, '１'), want: 'UKE-E021@3' },
  { name: '調剤 RE 男女区分 not 別表6', lines: () => setField(pharmacy(), 2, 5, '3'), want: 'UKE-E034@2' },
  { name: '歯科 RE レセプト種別 固定4桁', lines: () => setField(dental(), 3, 2, '311'), want: 'UKE-E026@3' },
  { name: '歯科 RE 氏名 over 40 bytes (unverified: warning)', lines: () => setField(dental(), 3, 4, 'あ'.repeat(21)), want: 'UKE-W009@3' },
  { name: '調剤 RE 調剤録番号 over 20 bytes (unverified: warning)', lines: () => setField(pharmacy(), 2, 16, '1'.repeat(21)), want: 'UKE-W009@2' },
  { name: '調剤 HO 合計点数', lines: () => setField(setField(pharmacy(), 3, 5, '270'), 10, 2, '270'), want: 'UKE-E054@3' },
  { name: '調剤 KO 合計点数 (KI 医保 only is not the 公費’s)', lines: () => setField(pharmacy(), 4, 5, '269'), want: 'UKE-E055@4' },
  { name: '歯科 HO 合計点数', lines: () => setField(setField(dental(), 4, 5, '390'), 9, 2, '390'), want: 'UKE-E054@4' },
];

for (const c of CASES) {
  test(`${c.want} ${c.name}`, () => assert.deepEqual(found(c.lines()), [c.want]));
}

test('UKE-E058 age classes: 未就学 to the first 3/31 after the 6th birthday, 高齢受給者 from the month after the 70th', () => {
  // rules-reference.md §1.1, as the generator (isPreschool / isElderlyRecipient) reads it.
  assert.equal(ageClassOf('2019-03-31', '2025-03'), 'preschool');
  assert.equal(ageClassOf('2019-03-31', '2025-04'), 'other');
  // Born on 1 April: 6 is reached on 31 March (年齢計算ニ関スル法律), so 未就学 ends that day.
  assert.equal(ageClassOf('2019-04-01', '2025-03'), 'preschool');
  assert.equal(ageClassOf('2019-04-01', '2025-04'), 'other');
  assert.equal(ageClassOf('2019-04-02', '2026-03'), 'preschool');
  assert.equal(ageClassOf('2019-04-02', '2026-04'), 'other');
  assert.equal(ageClassOf('1955-05-15', '2025-05'), 'other'); // 70th birthday month
  assert.equal(ageClassOf('1955-05-15', '2025-06'), 'elderly');
  assert.equal(ageClassOf('1955-05-01', '2025-05'), 'elderly'); // born on the 1st: from the birthday month
  assert.equal(ageClassOf('1955-04-30', '2025-05'), 'elderly');
  assert.equal(ageClassOf('1955-12-10', '2026-01'), 'elderly');
  assert.equal(ageClassOf('1955-12-10', '2025-12'), 'other');
});

const AGE_CASES: { name: string; type: string; birth: string; want: string[] }[] = [
  { name: '本人 at 45', type: '1112', birth: '19800101', want: [] },
  { name: '高齢受給者 at 45', type: '1118', birth: '19800101', want: ['UKE-E058@2'] },
  { name: '未就学者 at 45', type: '1114', birth: '19800101', want: ['UKE-E058@2'] },
  { name: '本人 at 5', type: '1112', birth: '20200101', want: ['UKE-E058@2'] },
  { name: '未就学者 at 5 (入院)', type: '1113', birth: '20200101', want: [] },
  { name: '家族 at 72', type: '1116', birth: '19530101', want: ['UKE-E058@2'] },
  { name: '高齢受給者7割 at 72', type: '1110', birth: '19530101', want: [] },
];

for (const c of AGE_CASES) {
  test(`UKE-E058 レセプト種別${c.type} ${c.name}`, () => {
    const l = setField(setField(baseLines(), 2, 2, c.type), 2, 6, c.birth);
    assert.deepEqual(found(l), c.want);
  });
}
