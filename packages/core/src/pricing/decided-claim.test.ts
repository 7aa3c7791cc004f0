/**
 * Worked examples of pricing a stored, decided claim: 公費併用 (KO after HO), 公費単独 (KO alone) and
 * meals (HO 食事療養). Each row cites its source: sections of ../shared/docs/rules-reference.md (§),
 * uke-format.md (UKE §, 別表), the 記録条件仕様 (docs/official/kiroku-joken-shiyo-ika-R0404.txt, KO
 * 「負担金額 公費」: the patient's charge the 医療券 gives), public-expense.ts for the programmes' ratios,
 * or the real sample file ../shared/data/samples/RECEIPTC_GAIRAI_SAMPLE.UKE (receipt number given).
 * 医療費 = 点数 × 10. Amounts are worked by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimPostings } from '../ledger/claim-postings.ts';
import { priceDecidedClaim } from './decided-claim.ts';
import type { ClaimPublicExpenseFacts, DecidedClaimFacts, DecidedClaimPricing } from './decided-claim-types.ts';

const UNDER70 = '1980-06-15'; // 44 in 2025-05
const AGE72 = '1953-03-10'; // 72 in 2025-05: 高齢受給者
const AGE80 = '1945-04-10'; // 80 in 2025-05: 後期

function ko(payerNumber: string, points: number, o: Partial<ClaimPublicExpenseFacts> = {}): ClaimPublicExpenseFacts {
  return {
    payerNumber, lawNumber: payerNumber.slice(0, 2), beneficiaryNumber: '1234567', optionalBenefit: false, claimedPoints: points, decidedPoints: points,
    statedCopay: undefined, coveredOutpatientCopay: undefined, coveredInpatientCopay: undefined, mealCount: 0, mealCost: 0, ...o,
  };
}

function facts(o: Partial<DecidedClaimFacts> & { points: number }): DecidedClaimFacts {
  const { points, ...rest } = o;
  const f: DecidedClaimFacts = {
    fileId: 1, seq: 1, kind: 'medical', providerCode: '1310000045', insurerNumber: '138057', insurerPrefecture: '13', serviceMonth: '2025-05',
    birthDate: UNDER70, receiptType: '1112', claimedPoints: points, decidedPoints: points, benefitRatio: 70, lowIncomeClass: '', specialNotes: [],
    wardTypes: [], publicPayers: [], publicExpenses: [], mealCount: 0, mealsYen: 0, ...rest,
  };
  return { ...f, publicPayers: f.publicExpenses.map((k) => k.payerNumber) };
}

type Expected = Partial<Omit<DecidedClaimPricing, 'publicExpense'>> & { publicExpense?: [string, number][] };
type Row = [id: string, source: string, facts: DecidedClaimFacts, expected: Expected | { reason: string }];

const P54 = '54137012', P52 = '52138020', P21 = '21136004', P12 = '12143210';

const ROWS: Row[] = [
  // ── insurance alone, as before ──
  ['国保単独 外来 3割 1,234点', '§1.2(2)(3): 3,702 → 3,700; the insurer pays its 7割',
    facts({ points: 1_234 }),
    { medicalCost: 12_340, copay: 3_700, insurerPays: 8_638, careInsurerPays: 8_638, windowRounding: -2, publicExpense: [], mealCost: 0 }],
  ['72歳 入院 30 区オ, 別表8 3: 低所得Ⅰ', '§2.2 低所得Ⅰ 世帯 15,000 below 2割 40,000; 別表8 3 = 70歳以上 適用区分Ⅰ (記録条件仕様 別表8, UKE §5.4)',
    facts({ points: 20_000, birthDate: AGE72, receiptType: '1117', specialNotes: ['30'], lowIncomeClass: '3' }),
    { medicalCost: 200_000, copay: 15_000, insurerPays: 185_000, windowRounding: 0 }],
  ['72歳 入院 30 区オ, 別表8 1: 低所得Ⅱ', '§2.2 低所得Ⅱ 世帯 24,600 below 2割 40,000; 別表8 1 = 適用区分Ⅱ 90日以下',
    facts({ points: 20_000, birthDate: AGE72, receiptType: '1117', specialNotes: ['30'], lowIncomeClass: '1' }),
    { medicalCost: 200_000, copay: 24_600, insurerPays: 175_400, windowRounding: 0 }],
  ['80歳 後期 入院 30 区オ, 別表8 4: 低所得Ⅰ', '§2.2 (後期 the same amounts) 低所得Ⅰ 15,000 below 1割 20,000 (§1.1); 別表8 4 = 適用区分Ⅰ 老齢福祉年金受給',
    facts({ points: 20_000, birthDate: AGE80, receiptType: '1317', specialNotes: ['30'], lowIncomeClass: '4', benefitRatio: undefined }),
    { medicalCost: 200_000, copay: 15_000, insurerPays: 185_000 }],
  ['72歳 入院 30 区オ without 別表8', '記録条件仕様 RE 一部負担金区分: recorded whenever the 減額認定証 is shown (入院外 only when 高額療養費 in kind); §2.2 Ⅰ 15,000 or Ⅱ 24,600',
    facts({ points: 20_000, birthDate: AGE72, receiptType: '1117', specialNotes: ['30'] }),
    { reason: '70歳以上の入院のレセプトに区オ（特記事項 30）があり一部負担金区分（別表8）がないため、低所得Ⅰ・Ⅱが分からない' }],
  ['72歳 外来 30 区オ without 別表8', '§2.2 外来 8,000 for Ⅰ and Ⅱ alike, below 2割 10,000',
    facts({ points: 5_000, birthDate: AGE72, receiptType: '1118', specialNotes: ['30'] }),
    { medicalCost: 50_000, copay: 8_000, insurerPays: 42_000 }],

  // ── 54 難病 beside the insurance ──
  ['54 外来 区ウ: the stated 負担金額 5,000 stands for the cap', 'public-expense.ts 54 2割; §2.7 limit ウ 80,100 not reached; KO 負担金額 = the patient\'s charge (記録条件仕様)',
    facts({ points: 5_000, receiptType: '1122', specialNotes: ['28'], publicExpenses: [ko(P54, 5_000, { statedCopay: 5_000 })] }),
    // 3割 15,000 → insurer 35,000; patient min(2割 10,000, 5,000) = 5,000; 公費 15,000 − 5,000
    { medicalCost: 50_000, copay: 5_000, insurerPays: 35_000, windowRounding: 0, publicExpense: [[P54, 10_000]] }],
  ['54 入院 区ア: the 公費 receipt is limited as 区分ウ', '§2.7: 80,100 + (1,000,000 − 267,000) × 1% = 87,430 whatever the 区分 (ア alone would be 254,180, §2.1)',
    facts({ points: 100_000, receiptType: '1121', specialNotes: ['26'], publicExpenses: [ko(P54, 100_000, { statedCopay: 20_000 })] }),
    { medicalCost: 1_000_000, copay: 20_000, insurerPays: 912_570, careInsurerPays: 912_570, publicExpense: [[P54, 67_430]] }],
  ['54 from the sample file: 364点, 負担金額 728', 'RECEIPTC_GAIRAI_SAMPLE.UKE receipt 73 (1122, born 1956, no 区 code): 2割 = 728 to the yen; 3割 1,092',
    facts({ points: 364, serviceMonth: '2021-10', birthDate: '1956-05-05', receiptType: '1122', publicExpenses: [ko('54147012', 364, { statedCopay: 728 })] }),
    { medicalCost: 3_640, copay: 728, insurerPays: 2_548, publicExpense: [['54147012', 364]] }],
  ['52 from the sample file: the cap 2,500 below 2割', 'RECEIPTC_GAIRAI_SAMPLE.UKE receipt 72 (1124 未就学 2割, 区ア): 2割 2,544 → 2,540 > 2,500; §2.7 limit ウ not reached',
    facts({ points: 1_272, serviceMonth: '2021-10', birthDate: '2016-08-08', receiptType: '1124', specialNotes: ['26'], publicExpenses: [ko('52148020', 1_272, { statedCopay: 2_500 })] }),
    { medicalCost: 12_720, copay: 2_500, insurerPays: 10_176, publicExpense: [['52148020', 44]] }],
  ['54 without 負担金額: the cap is unknown', 'public-expense.ts: the 54 受給者証 always has a monthly cap; the claim does not give it',
    facts({ points: 5_000, receiptType: '1122', specialNotes: ['28'], publicExpenses: [ko(P54, 5_000)] }),
    { reason: '公費（法別番号 54 難病法 特定医療）の負担金額（患者負担）の記載がなく、自己負担上限額が分からない' }],
  ['54 on part of the items, reaching a limit', 'the reference does not say how a limit is shared between the 公費 part and the rest (§2.7 covers the 公費 receipt)',
    facts({ points: 100_000, receiptType: '1121', specialNotes: ['28'], publicExpenses: [ko(P54, 60_000, { statedCopay: 20_000 })] }),
    { reason: '公費（法別番号 54 難病法 特定医療）の対象が一部の項目で、高額療養費の限度額に達するレセプト（限度額の分け方は参照資料にない）' }],

  // ── 21 精神通院 ──
  ['21 外来 without 負担金額: 1割, no cap', 'public-expense.ts 21 1割; 記録条件仕様: no 負担金額 recorded = no charge on the 受給者証 → 上限なし',
    facts({ points: 2_000, receiptType: '1122', publicExpenses: [ko(P21, 2_000)] }),
    // 3割 6,000 → insurer 14,000; patient 1割 2,000; 公費 4,000
    { medicalCost: 20_000, copay: 2_000, insurerPays: 14_000, publicExpense: [[P21, 4_000]] }],
  ['21 外来 with 負担金額 2,500', 'public-expense.ts 21: 1割 up to the monthly cap; KO 負担金額 stands for what is left of it',
    facts({ points: 3_000, receiptType: '1122', publicExpenses: [ko(P21, 3_000, { statedCopay: 2_500 })] }),
    { medicalCost: 30_000, copay: 2_500, insurerPays: 21_000, publicExpense: [[P21, 6_500]] }],
  ['21 on part of the items: each part priced apart', 'KO 合計点数 2,000 of HO 3,001 (負担区分 2 vs 1, 別表21): 公費 part 1割 2,000 of 3割 6,000; the rest 3割 3,003 → 3,000 (§1.2(3))',
    facts({ points: 3_001, receiptType: '1122', publicExpenses: [ko(P21, 2_000)] }),
    { medicalCost: 30_010, copay: 5_000, insurerPays: 21_007, windowRounding: -3, publicExpense: [[P21, 4_000]] }],
  ['21 bearing no item this month', 'KO 合計点数 0: an insurance claim whose 公費 owes nothing (§1.2(2)(3))',
    facts({ points: 1_234, receiptType: '1122', publicExpenses: [ko(P21, 0)] }),
    { medicalCost: 12_340, copay: 3_700, insurerPays: 8_638, windowRounding: -2, publicExpense: [[P21, 0]] }],
  ['21 on an inpatient claim', 'public-expense.ts: 精神通院医療 is for 通院 only',
    facts({ points: 2_000, receiptType: '1121', publicExpenses: [ko(P21, 2_000)] }),
    { reason: '入院のレセプトに通院だけが対象の公費（法別番号 21 障害者総合支援法 精神通院医療）がある' }],

  // ── 公費単独 ──
  ['12 生活保護 単独 from the sample file', 'RECEIPTC_GAIRAI_SAMPLE.UKE receipt 4 (1212, KO 負担金額 0): no insurer; 医療扶助 pays all but the 本人支払額',
    facts({ points: 431, serviceMonth: '2021-10', birthDate: '2021-01-27', receiptType: '1212', insurerNumber: '', benefitRatio: undefined, publicExpenses: [ko(P12, 431, { statedCopay: 0 })] }),
    { medicalCost: 4_310, copay: 0, insurerPays: 0, careInsurerPays: 0, publicExpense: [[P12, 4_310]] }],
  ['12 単独 入院 with meals and a 本人支払額', 'KO 負担金額 = 本人支払額 1,000 (記録条件仕様), taken from the care; KO 食事療養 30食 20,700 borne by the 公費',
    facts({ points: 10_000, receiptType: '1211', insurerNumber: '', publicExpenses: [ko(P12, 10_000, { statedCopay: 1_000, mealCount: 30, mealCost: 20_700 })] }),
    { medicalCost: 100_000, copay: 1_000, insurerPays: 0, publicExpense: [[P12, 119_700]], mealCost: 20_700, mealPatientPays: 0, mealInsurerPays: 0, mealPublicExpensePays: 20_700 }],
  ['21 単独', 'public-expense.ts 21 1割: 1,234 → 1,230 (§1.2(3)); no insurer, the 公費 pays the rest',
    facts({ points: 1_234, receiptType: '1212', insurerNumber: '', publicExpenses: [ko(P21, 1_234)] }),
    { medicalCost: 12_340, copay: 1_230, insurerPays: 0, windowRounding: 0, publicExpense: [[P21, 11_110]] }],
  ['28 単独 from the sample file', 'RECEIPTC_GAIRAI_SAMPLE.UKE receipt 5: 感染症法 28, whose sharing the reference does not give',
    facts({ points: 343, serviceMonth: '2021-10', receiptType: '1212', insurerNumber: '', publicExpenses: [ko('28140507', 343, { statedCopay: 0 })] }),
    { reason: '公費（法別番号 28 感染症法 一類・二類感染症等の入院）の価格付けは未対応' }],

  // ── 公費 the pricing does not know ──
  ['8x 地方単独 from the sample file', 'RECEIPTC_GAIRAI_SAMPLE.UKE receipt 1 (1122, KO 83136019): local programmes are not in the reference',
    facts({ points: 13_642, serviceMonth: '2021-10', birthDate: '1991-11-21', receiptType: '1122', specialNotes: ['28'], publicExpenses: [ko('83136019', 677, { statedCopay: 1_354 })] }),
    { reason: '公費（法別番号 83 地方単独の公費負担医療（都道府県・市区町村の医療費助成））の価格付けは未対応' }],
  ['10 結核 beside the insurance', 'public-expense.ts: 結核 (10) is not among the supported programmes',
    facts({ points: 2_000, receiptType: '1122', publicExpenses: [ko('10131015', 2_000)] }),
    { reason: '公費（法別番号 10 感染症法 結核患者の適正医療）の価格付けは未対応' }],
  ['12 beside 国保', '国保法6条・高確法51条: 生活保護 recipients are not insureds',
    facts({ points: 2_000, receiptType: '1122', publicExpenses: [ko(P12, 2_000)] }),
    { reason: '公費（法別番号 12 生活保護法 医療扶助）と国保・後期の併用（生活保護の受給者は被保険者にならない。国保法6条・高確法51条）' }],
  ['two 公費', 'docs/pricing.md: one 公費 at a time',
    facts({ points: 2_000, receiptType: '1132', publicExpenses: [ko(P54, 2_000, { statedCopay: 1_000 }), ko(P21, 2_000)] }),
    { reason: '2種以上の公費の併用（法別番号 54・21）の価格付けは未対応' }],

  // ── meals (入院時食事療養) ──
  ['入院 区ウ with 30 meals, 一般', '§2.3 Takahagi 区分ウ 400,000 → limit 81,430; §1.2(7) 2025-04 一般 510 × 30 = 15,300 of the cost 20,700 (HO 合計金額, UKE §3 HO idx 8)',
    facts({ points: 40_000, receiptType: '1111', specialNotes: ['28'], mealCount: 30, mealsYen: 20_700 }),
    { medicalCost: 400_000, copay: 81_430, careInsurerPays: 318_570, mealCost: 20_700, mealPatientPays: 15_300, mealInsurerPays: 5_400, insurerPays: 323_970 }],
  ['入院 区オ, 別表8 1 (90日まで)', '§2.1 オ 35,400; §1.2(7) 住民税非課税 240 × 30 = 7,200; 別表8 1 (UKE §5.4)',
    facts({ points: 20_000, receiptType: '1111', specialNotes: ['30'], lowIncomeClass: '1', mealCount: 30, mealsYen: 20_700 }),
    { copay: 35_400, careInsurerPays: 164_600, mealPatientPays: 7_200, mealInsurerPays: 13_500, insurerPays: 178_100 }],
  ['入院 70歳以上, 別表8 3 (低所得Ⅰ)', '§1.1 2割 10,000 below every limit; §1.2(7) 低所得Ⅰ 110 × 30 = 3,300; 別表8 3',
    facts({ points: 5_000, birthDate: AGE72, receiptType: '1117', specialNotes: ['30'], lowIncomeClass: '3', mealCount: 30, mealsYen: 20_700 }),
    { copay: 10_000, careInsurerPays: 40_000, mealPatientPays: 3_300, mealInsurerPays: 17_400, insurerPays: 57_400 }],
  ['入院 2024-06 table, 90日超 (別表8 2)', '§1.2(7) 2024-06 → 2025-03: 90日超 180 × 10 = 1,800; 区オ 35,400 not reached (3割 30,000)',
    facts({ points: 10_000, serviceMonth: '2024-12', receiptType: '1111', specialNotes: ['30'], lowIncomeClass: '2', mealCount: 10, mealsYen: 6_700 }),
    { copay: 30_000, careInsurerPays: 70_000, mealPatientPays: 1_800, mealInsurerPays: 4_900, insurerPays: 74_900 }],
  ['meals with 15 更生医療 beside the insurance', 'public-expense.ts 15 1割 (no cap stated); meals priced as for any inpatient (§1.2(7) 一般 510)',
    facts({ points: 10_000, receiptType: '1121', specialNotes: ['28'], mealCount: 6, mealsYen: 4_140, publicExpenses: [ko('15136012', 10_000)] }),
    { medicalCost: 100_000, copay: 10_000, careInsurerPays: 70_000, publicExpense: [['15136012', 20_000]], mealPatientPays: 3_060, mealInsurerPays: 1_080, insurerPays: 71_080 }],
  ['meals before the first table', '§1.2(7): the reference gives the 標準負担額 from 2024-06',
    facts({ points: 10_000, serviceMonth: '2024-05', receiptType: '1111', specialNotes: ['28'], mealCount: 3, mealsYen: 2_010 }),
    { reason: '食事療養の標準負担額の表がない診療年月（2024-05）' }],
  ['meals of a 難病 patient', 'meal-charges.ts: the lower 標準負担額 of 指定難病 patients is not in the reference',
    facts({ points: 10_000, receiptType: '1121', specialNotes: ['28'], mealCount: 3, mealsYen: 2_070, publicExpenses: [ko(P54, 10_000, { statedCopay: 10_000 })] }),
    { reason: '公費（法別番号 54 難病法 特定医療）の患者の食事療養（標準負担額の減額は参照資料にない）' }],
  ['生活療養: 72, 療養病床', '65歳以上 in a 療養病床 (病棟区分 07, 別表7) pay 生活療養, not in the reference',
    facts({ points: 10_000, birthDate: AGE72, receiptType: '1117', specialNotes: ['29'], wardTypes: ['07'], mealCount: 3, mealsYen: 2_070 }),
    { reason: '入院時生活療養（65歳以上の療養病床）のレセプト（価格付けは未対応）' }],
];

for (const [id, source, f, expected] of ROWS) {
  test(`価格付け: ${id} (${source})`, () => {
    const r = priceDecidedClaim(f);
    if ('reason' in expected) {
      assert.deepEqual(r, { ok: false, reason: expected.reason });
      return;
    }
    assert.ok(r.ok, r.ok ? '' : r.reason);
    const p = r.pricing;
    const { publicExpense, ...rest } = expected;
    for (const [k, v] of Object.entries(rest)) assert.equal(p[k as keyof typeof rest], v, k);
    if (publicExpense) assert.deepEqual(p.publicExpense.map((x) => [x.payerNumber, x.pays]), publicExpense);
    // the invariants of DecidedClaimPricing
    const publicTotal = p.publicExpense.reduce((n, x) => n + x.pays, 0);
    assert.equal(p.medicalCost + p.mealCost, p.insurerPays + publicTotal + p.copay + p.mealPatientPays - p.windowRounding);
    assert.equal(p.insurerPays, p.careInsurerPays + p.mealInsurerPays);
    assert.equal(p.mealCost, p.mealInsurerPays + p.mealPublicExpensePays + p.mealPatientPays);
    assert.equal(p.medicalCost, p.careInsurerPays + publicTotal - p.mealPublicExpensePays + p.copay - p.windowRounding);
  });
}

test('the provider is paid what the insurer and the 公費 owe, meals included', () => {
  const f = facts({ points: 10_000, receiptType: '1121', specialNotes: ['28'], mealCount: 6, mealsYen: 4_140, publicExpenses: [ko('15136012', 10_000)] });
  const r = priceDecidedClaim(f);
  assert.ok(r.ok);
  const entries = claimPostings({
    fileId: 1, seq: 1, serviceMonth: '2025-05', federation: '13', providerCode: f.providerCode, insurerNumber: f.insurerNumber,
    medicalCost: r.pricing.medicalCost, copay: r.pricing.copay, insurerPays: r.pricing.insurerPays, publicExpense: r.pricing.publicExpense, reviewFee: 0,
  }, '2025-06');
  assert.deepEqual(entries.map((e) => [e.account, e.debtor.code, e.amount]), [
    ['insurer-benefit', '138057', 71_080],
    ['public-expense', '15136012', 20_000],
    ['provider-payment', '13', 91_080],
  ]);
});

test('a claim whose KO records were not read is refused, not priced as insurance alone', () => {
  const f = { ...facts({ points: 2_000, receiptType: '1122' }), publicPayers: [P21] };
  assert.deepEqual(priceDecidedClaim(f), { ok: false, reason: '公費レコード（KO）の内容が読み取られていない' });
});

// uke-format.md 別表21 負担区分: a line coded for a 公費 alone (e.g. 5 = 公費① only) is outside the HO
// 合計点数; the pricing takes each 公費's points inside the insurance's, so such a claim is refused
test('a 公費併用 claim with a line the 公費 alone bears is refused, not mispriced', () => {
  const r = priceDecidedClaim(facts({ points: 1_000, receiptType: '1112', publicExpenses: [ko(P54, 500, { statedCopay: 1_000 })], linesOutsideMainPayer: 1 }));
  assert.deepEqual(r, { ok: false, reason: '医保の対象外で公費だけが負担する行があるレセプト（価格付けは未対応）' });
});
