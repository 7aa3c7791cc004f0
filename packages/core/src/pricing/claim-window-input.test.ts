/**
 * A claim's window-pricing input from its レセプト種別 and 特記事項. Sources: uke-format.md 別表5
 * (レセプト種別: last digit odd = 入院; 7/8 高齢受給者・後期 一般, 9/0 7割給付) and 別表9 (特記事項 26 区ア …
 * 35 多オ, 41 区カ … 44 多キ); 医学通信社「レセプト請求の全知識」p.18 (70歳以上: 3割 26区ア, 2割・1割
 * 29区エ, 現役並Ⅱ 27区イ, 現役並Ⅰ 28区ウ, 低所得 30区オ). 低所得Ⅰ and Ⅱ from RE 一部負担金区分: 記録条件仕様 医科
 * 別表8 (docs/official/kiroku-joken-shiyo-ika-R0404.txt; uke-format.md §5.4): 1 70歳以上 低所得者の世帯
 * (適用区分Ⅱ) 入院90日以下 and 外来, 2 the same 入院90日超, 3 70歳以上 適用区分Ⅰ, 4 適用区分Ⅰ 老齢福祉年金受給;
 * 注: 入院外レセプトは高額療養費が現物給付された者に限り記録する.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimWindowInput, type ClaimWindowFacts } from './claim-window-input.ts';

const facts = (o: Partial<ClaimWindowFacts>): ClaimWindowFacts => ({ points: 1_000, serviceMonth: '2025-05', birthDate: '1980-06-15', receiptType: '1112', specialNotes: [], lowIncomeClass: '', ageBracket: 'under70', ...o });

const CASES: [string, Partial<ClaimWindowFacts>, string, boolean, boolean, boolean][] = [
  // name, facts, category, inpatient, repeatedHighCost, ratioOnly
  ['70歳未満・入院外・区分なし（認定証なし）', {}, 'ア', false, false, true],
  ['70歳未満・入院・28 区ウ', { receiptType: '1111', specialNotes: ['28'] }, 'ウ', true, false, false],
  ['70歳未満・入院・33 多ウ', { receiptType: '1111', specialNotes: ['33'] }, 'ウ', true, true, false],
  ['70歳未満・30 区オ と 01 公 が並ぶ', { specialNotes: ['01', '30'] }, 'オ', false, false, false],
  ['未就学・26 区ア', { ageBracket: 'preschool', receiptType: '1114', specialNotes: ['26'] }, 'ア', false, false, false],
  ['70〜74歳・26 区ア', { ageBracket: 'age70to74', receiptType: '1120', specialNotes: ['26'] }, '現役並みⅢ', false, false, false],
  ['70〜74歳・27 区イ', { ageBracket: 'age70to74', receiptType: '1120', specialNotes: ['27'] }, '現役並みⅡ', false, false, false],
  ['70〜74歳・29 区エ', { ageBracket: 'age70to74', receiptType: '1118', specialNotes: ['29'] }, '一般', false, false, false],
  ['70〜74歳・入院・35 多オ・別表8 1', { ageBracket: 'age70to74', receiptType: '1117', specialNotes: ['35'], lowIncomeClass: '1' }, '低所得Ⅱ', true, true, false],
  ['70〜74歳・入院・30 区オ・別表8 1（Ⅱ、90日以下）', { ageBracket: 'age70to74', receiptType: '1117', specialNotes: ['30'], lowIncomeClass: '1' }, '低所得Ⅱ', true, false, false],
  ['70〜74歳・入院・30 区オ・別表8 2（Ⅱ、90日超）', { ageBracket: 'age70to74', receiptType: '1117', specialNotes: ['30'], lowIncomeClass: '2' }, '低所得Ⅱ', true, false, false],
  ['70〜74歳・入院・30 区オ・別表8 3（Ⅰ）', { ageBracket: 'age70to74', receiptType: '1117', specialNotes: ['30'], lowIncomeClass: '3' }, '低所得Ⅰ', true, false, false],
  ['70〜74歳・入院・30 区オ・別表8 4（Ⅰ、老齢福祉年金）', { ageBracket: 'age70to74', receiptType: '1117', specialNotes: ['30'], lowIncomeClass: '4' }, '低所得Ⅰ', true, false, false],
  ['70〜74歳・外来・30 区オ・別表8 3（現物給付あり）', { ageBracket: 'age70to74', receiptType: '1118', specialNotes: ['30'], lowIncomeClass: '3' }, '低所得Ⅰ', false, false, false],
  ['70〜74歳・外来・30 区オ・別表8 なし（外来の限度額は Ⅰ・Ⅱ とも 8,000）', { ageBracket: 'age70to74', receiptType: '1118', specialNotes: ['30'] }, '低所得Ⅱ', false, false, false],
  ['後期・入院・30 区オ・別表8 3', { ageBracket: 'lateElderly', receiptType: '1317', specialNotes: ['30'], lowIncomeClass: '3' }, '低所得Ⅰ', true, false, false],
  ['後期・入院・30 区オ・別表8 1', { ageBracket: 'lateElderly', receiptType: '1317', specialNotes: ['30'], lowIncomeClass: '1' }, '低所得Ⅱ', true, false, false],
  ['70歳未満・入院・30 区オ・別表8 1（オ のまま）', { receiptType: '1111', specialNotes: ['30'], lowIncomeClass: '1' }, 'オ', true, false, false],
  ['70〜74歳・入院・29 区エ（別表8 は区オのときだけ読む）', { ageBracket: 'age70to74', receiptType: '1117', specialNotes: ['29'] }, '一般', true, false, false],
  ['70〜74歳・特記なし・種別 8（一般）', { ageBracket: 'age70to74', receiptType: '1118' }, '一般', false, false, false],
  ['70〜74歳・特記なし・種別 0（7割給付）', { ageBracket: 'age70to74', receiptType: '1120' }, '現役並みⅢ', false, false, false],
  ['後期・41 区カ', { ageBracket: 'lateElderly', receiptType: '1318', specialNotes: ['41'] }, '一般Ⅱ', false, false, false],
  ['後期・44 多キ', { ageBracket: 'lateElderly', receiptType: '1317', specialNotes: ['44'] }, '一般Ⅰ', true, true, false],
  ['後期・特記なし・種別 8', { ageBracket: 'lateElderly', receiptType: '1318' }, '一般', false, false, false],
];

for (const [name, f, category, inpatient, repeated, ratioOnly] of CASES) {
  test(`窓口負担の入力: ${name} → ${category}`, () => {
    const r = claimWindowInput(facts(f));
    assert.ok(r.ok, !r.ok ? r.reason : '');
    assert.deepEqual([r.input.incomeCategory, r.input.inpatient, r.input.repeatedHighCost, r.ratioOnly], [category, inpatient, repeated, ratioOnly]);
  });
}

test('what a claim cannot say is refused with a reason', () => {
  const cases: Partial<ClaimWindowFacts>[] = [
    { specialNotes: ['41'] },
    { ageBracket: 'age70to74', receiptType: '1120', specialNotes: ['42'] },
    { ageBracket: 'age70to74', receiptType: '1112' },
    { ageBracket: 'age70to74', receiptType: '1318', specialNotes: ['41'] }, // 後期 by 障害認定 at 72
    { ageBracket: 'age70to74', receiptType: '1117', specialNotes: ['30'] }, // 入院: 別表8 is recorded with the 認定証; Ⅰ 15,000 or Ⅱ 24,600?
    { ageBracket: 'lateElderly', receiptType: '1317', specialNotes: ['30'] },
    { ageBracket: 'age70to74', receiptType: '1117', specialNotes: ['30'], lowIncomeClass: '5' }, // not a 別表8 code
  ];
  for (const c of cases) {
    const r = claimWindowInput(facts(c));
    assert.ok(!r.ok && r.reason.length > 0, JSON.stringify(c));
  }
});
