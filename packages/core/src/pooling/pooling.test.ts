import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  apportionByBasis, assessPoolingClaim, extraHighCostContributionBasis, fiscalYearLabel, fiscalYearOf, precedingFiscalYears,
  summarisePooling, type PoolingClaim, type PoolingErrorCode, type PoolingScheme, type PoolingSummary, type PoolingTotals,
} from './index.ts';
import { prng, shuffled } from '../settlement/settlement.test-support.ts';

// Sources (quoted in pooling-rules.ts):
//   HC  = 高額医療費: seed 001 「高額な医療費（１件80万円超）… 国と都道府県が高額医療費の１/４ずつを負担」;
//         rules-reference.md §6: 80万 [V2], ¼ + ¼ of the portion above 80万 [U].
//   XK  = 特別高額 国保: seed 001 「レセプト１件当たり 420 万円を超える医療費のうち、200 万円を超える額」;
//         rules-reference.md §6: 420万 [V], the 200万 base (医療費 or 保険者負担) [U] — we measure on 医療費.
//   XL  = 特別高額 後期: seed 001 「レセプト 1 件当たり 400 万円を超える医療費のうち、200 万円を超える額」
//         (not in rules-reference.md).
test('thresholds: worked examples at and around each one', () => {
  const rows: [scheme: PoolingScheme, medicalCost: number, highCost: number | null, extraHighCost: number | null, source: string][] = [
    ['国保', 0, null, null, 'HC'],
    ['国保', 799_999, null, null, 'HC'],
    ['国保', 800_000, null, null, 'HC: 80万円「超」 — exactly 80万 does not count'],
    ['国保', 800_001, 1, null, 'HC: the part above 80万 [U]'],
    ['国保', 1_000_000, 200_000, null, 'HC'],
    ['国保', 2_000_000, 1_200_000, null, 'HC; XK: 200万 is the deductible, not the threshold'],
    ['国保', 4_000_001, 3_200_001, null, 'XK: the 後期 threshold does not apply to 国保'],
    ['国保', 4_199_999, 3_399_999, null, 'XK'],
    ['国保', 4_200_000, 3_400_000, null, 'XK: 420万円「を超える」 — exactly 420万 does not count'],
    ['国保', 4_200_001, 3_400_001, 2_200_001, 'XK: counts the part above 200万 (step of 2,200,001 at the threshold)'],
    ['国保', 5_000_000, 4_200_000, 3_000_000, 'XK'],
    ['国保', 38_000_000, 37_200_000, 36_000_000, 'XK: a 特別審査-sized claim (380万点)'],
    ['後期', 800_001, null, null, 'HC is 国保 only in the sources'],
    ['後期', 3_999_999, null, null, 'XL'],
    ['後期', 4_000_000, null, null, 'XL: 400万円「を超える」 — exactly 400万 does not count'],
    ['後期', 4_000_001, null, 2_000_001, 'XL: the part above 200万'],
    ['後期', 4_200_000, null, 2_200_000, 'XL'],
    ['後期', 4_200_001, null, 2_200_001, 'XL'],
  ];
  for (const [scheme, medicalCost, hc, xh, source] of rows) {
    const a = assessPoolingClaim({ scheme, medicalCost });
    const why = `${scheme} ${medicalCost}: ${source}`;
    assert.deepEqual(a.highCost, { counts: hc !== null, countedPart: hc ?? 0 }, why);
    assert.deepEqual(a.extraHighCost, { counts: xh !== null, countedPart: xh ?? 0 }, why);
  }
});

test('年度 runs April to March', () => {
  const rows: [month: string, fy: number, label: string][] = [
    ['2025-03', 2024, '令和6年度'],
    ['2025-04', 2025, '令和7年度'],
    ['2026-03', 2025, '令和7年度'],
    ['2019-04', 2019, '平成31年度'], // the 年度 is named by the era of its April (令和 began 2019-05-01)
    ['2020-01', 2019, '平成31年度'],
    ['2020-04', 2020, '令和2年度'],
  ];
  for (const [month, fy, label] of rows) {
    assert.equal(fiscalYearOf(month), fy, month);
    assert.equal(fiscalYearLabel(fy), label, month);
  }
  assert.deepEqual(precedingFiscalYears(2025), [2022, 2023, 2024]);
});

/** A worked list of claims, totals computed by hand below. */
const WORKED: PoolingClaim[] = [
  { claimKey: '1', insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2025-03', medicalCost: 900_000 },
  { claimKey: '2', insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2025-04', medicalCost: 4_200_001 },
  { claimKey: '3', insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2025-04', medicalCost: 800_000 },
  { claimKey: '4', insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2026-03', medicalCost: 5_000_000 },
  { claimKey: '5', insurerNumber: '133033', prefecture: '13', scheme: '国保', serviceMonth: '2025-04', medicalCost: 800_001 },
  { claimKey: '6', insurerNumber: '39131008', prefecture: '13', scheme: '後期', serviceMonth: '2025-04', medicalCost: 4_000_001 },
  { claimKey: '7', insurerNumber: '39131008', prefecture: '13', scheme: '後期', serviceMonth: '2025-05', medicalCost: 4_000_000 },
  { claimKey: '8', insurerNumber: '270017', prefecture: '27', scheme: '国保', serviceMonth: '2025-05', medicalCost: 1_200_000 },
];

type Brief = [claims: number, medicalCost: number, hcClaims: number, hcCounted: number, quarter: number, xhClaims: number, xhCounted: number];
const brief = (t: PoolingTotals): Brief => [t.claims, t.medicalCost, t.highCost.claims, t.highCost.countedPart, t.highCost.quarterShare, t.extraHighCost.claims, t.extraHighCost.countedPart];

function summaryOf(claims: readonly PoolingClaim[]): PoolingSummary {
  const s = summarisePooling(claims);
  assert.ok(s.ok, JSON.stringify(!s.ok && s.errors));
  return s.value;
}

test('worked aggregates per insurer, prefecture and nation, per month and 年度', () => {
  const s = summaryOf(WORKED);
  assert.deepEqual(s.byInsurerMonth.map((r) => [r.prefecture, r.scheme, r.insurerNumber, r.month, ...brief(r)]), [
    ['13', '国保', '133033', '2025-04', 1, 800_001, 1, 1, 0, 0, 0],
    ['13', '国保', '138057', '2025-03', 1, 900_000, 1, 100_000, 25_000, 0, 0],
    ['13', '国保', '138057', '2025-04', 2, 5_000_001, 1, 3_400_001, 850_000, 1, 2_200_001],
    ['13', '国保', '138057', '2026-03', 1, 5_000_000, 1, 4_200_000, 1_050_000, 1, 3_000_000],
    ['13', '後期', '39131008', '2025-04', 1, 4_000_001, 0, 0, 0, 1, 2_000_001],
    ['13', '後期', '39131008', '2025-05', 1, 4_000_000, 0, 0, 0, 0, 0],
    ['27', '国保', '270017', '2025-05', 1, 1_200_000, 1, 400_000, 100_000, 0, 0],
  ]);
  assert.deepEqual(s.byInsurerFiscalYear.map((r) => [r.insurerNumber, r.fiscalYear, r.fiscalYearLabel, ...brief(r)]), [
    ['133033', 2025, '令和7年度', 1, 800_001, 1, 1, 0, 0, 0],
    ['138057', 2024, '令和6年度', 1, 900_000, 1, 100_000, 25_000, 0, 0],
    // claims 2, 3, 4: ¼ of 7,600,001 is 1,900,000.25 — cut to the yen, on the total
    ['138057', 2025, '令和7年度', 3, 10_000_001, 2, 7_600_001, 1_900_000, 2, 5_200_001],
    ['39131008', 2025, '令和7年度', 2, 8_000_001, 0, 0, 0, 1, 2_000_001],
    ['270017', 2025, '令和7年度', 1, 1_200_000, 1, 400_000, 100_000, 0, 0],
  ]);
  assert.deepEqual(s.byPrefectureMonth.map((r) => [r.prefecture, r.scheme, r.month, ...brief(r)]), [
    ['13', '国保', '2025-03', 1, 900_000, 1, 100_000, 25_000, 0, 0],
    ['13', '国保', '2025-04', 3, 5_800_002, 2, 3_400_002, 850_000, 1, 2_200_001],
    ['13', '国保', '2026-03', 1, 5_000_000, 1, 4_200_000, 1_050_000, 1, 3_000_000],
    ['13', '後期', '2025-04', 1, 4_000_001, 0, 0, 0, 1, 2_000_001],
    ['13', '後期', '2025-05', 1, 4_000_000, 0, 0, 0, 0, 0],
    ['27', '国保', '2025-05', 1, 1_200_000, 1, 400_000, 100_000, 0, 0],
  ]);
  assert.deepEqual(s.byPrefectureFiscalYear.map((r) => [r.prefecture, r.scheme, r.fiscalYear, ...brief(r)]), [
    ['13', '国保', 2024, 1, 900_000, 1, 100_000, 25_000, 0, 0],
    ['13', '国保', 2025, 4, 10_800_002, 3, 7_600_002, 1_900_000, 2, 5_200_001],
    ['13', '後期', 2025, 2, 8_000_001, 0, 0, 0, 1, 2_000_001],
    ['27', '国保', 2025, 1, 1_200_000, 1, 400_000, 100_000, 0, 0],
  ]);
  assert.deepEqual(s.nationalByFiscalYear.map((r) => [r.scheme, r.fiscalYear, ...brief(r)]), [
    ['国保', 2024, 1, 900_000, 1, 100_000, 25_000, 0, 0],
    ['国保', 2025, 5, 12_000_002, 4, 8_000_002, 2_000_000, 2, 5_200_001],
    ['後期', 2025, 2, 8_000_001, 0, 0, 0, 1, 2_000_001],
  ]);
  assert.deepEqual(s.nationalByMonth.map((r) => [r.scheme, r.month, r.claims]), [
    ['国保', '2025-03', 1], ['国保', '2025-04', 3], ['国保', '2025-05', 1], ['国保', '2026-03', 1], ['後期', '2025-04', 1], ['後期', '2025-05', 1],
  ]);
});

function generatedClaims(seed: number, n: number): PoolingClaim[] {
  const r = prng(seed);
  const months = ['2024-03', '2024-04', '2024-12', '2025-01', '2025-03', '2025-04', '2025-09', '2026-03', '2026-04'];
  const costs = [0, 799_999, 800_000, 800_001, 4_000_000, 4_000_001, 4_200_000, 4_200_001];
  return Array.from({ length: n }, (_, i) => {
    const pref = String(1 + Math.floor(r() * 47)).padStart(2, '0');
    const late = r() < 0.4;
    const serial = String(Math.floor(r() * 5)).padStart(3, '0');
    return {
      claimKey: String(i),
      insurerNumber: late ? `39${pref}1000` : `${pref}${serial}0`,
      prefecture: pref,
      scheme: late ? '後期' : '国保',
      serviceMonth: months[Math.floor(r() * months.length)]!,
      medicalCost: r() < 0.5 ? costs[Math.floor(r() * costs.length)]! : Math.floor(r() * 8_000_000),
    } satisfies PoolingClaim;
  });
}

const add = (a: Brief, b: Brief): Brief => a.map((x, i) => x + b[i]!) as Brief;
const ZERO: Brief = [0, 0, 0, 0, 0, 0, 0];

test('generated claims: every level adds up to the next, whatever the input order', () => {
  const claims = generatedClaims(3, 10_000);
  const s = summaryOf(claims);
  assert.deepEqual(summaryOf(shuffled(claims, 5)), s, 'order of the input does not matter');
  // Every claim assessed one by one, summed straight.
  const direct = new Map<PoolingScheme, Brief>([['国保', ZERO], ['後期', ZERO]]);
  for (const c of claims) {
    const a = assessPoolingClaim(c);
    direct.set(c.scheme, add(direct.get(c.scheme)!, [1, c.medicalCost, a.highCost.counts ? 1 : 0, a.highCost.countedPart, 0, a.extraHighCost.counts ? 1 : 0, a.extraHighCost.countedPart]));
  }
  const noQuarter = (b: Brief): Brief => [b[0], b[1], b[2], b[3], 0, b[5], b[6]];
  const sumBy = (rows: (PoolingTotals & { scheme: PoolingScheme })[], scheme: PoolingScheme) =>
    rows.filter((x) => x.scheme === scheme).reduce((acc, x) => add(acc, noQuarter(brief(x))), ZERO);
  for (const scheme of ['国保', '後期'] as const) {
    for (const rows of [s.byInsurerMonth, s.byInsurerFiscalYear, s.byPrefectureMonth, s.byPrefectureFiscalYear, s.nationalByMonth, s.nationalByFiscalYear]) {
      assert.deepEqual(sumBy(rows, scheme), direct.get(scheme), scheme);
    }
  }
  assert.equal(direct.get('後期')![3], 0, '後期 has no 高額医療費 part');
  for (const r of s.byPrefectureFiscalYear) assert.equal(r.highCost.quarterShare, Math.floor(r.highCost.countedPart / 4));
  const keys = s.byInsurerMonth.map((r) => `${r.prefecture}|${r.scheme === '国保' ? 0 : 1}|${r.insurerNumber}|${r.month}`);
  assert.deepEqual(keys, [...keys].sort(), 'rows ordered by prefecture, scheme, insurer, month');
});

test('bad claims are refused with Japanese messages, never thrown', () => {
  const good: PoolingClaim = { insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2025-04', medicalCost: 900_000 };
  const rows: [Partial<PoolingClaim>, PoolingErrorCode[]][] = [
    [{ insurerNumber: ' ' }, ['emptyInsurer']],
    [{ prefecture: '48' }, ['unknownPrefecture']],
    [{ serviceMonth: '2025-4' }, ['badMonth']],
    [{ medicalCost: -10 }, ['badAmount']],
    [{ medicalCost: 900_000.5 }, ['badAmount']],
    [{ scheme: '健保' as never }, ['unknownScheme']],
    [{ scheme: '後期' }, ['schemeMismatch']],
    [{ insurerNumber: '39131008' }, ['schemeMismatch']],
    [{ prefecture: '14' }, ['inconsistentInsurer']],
  ];
  for (const [change, codes] of rows) {
    const r = summarisePooling([good, { ...good, ...change }]);
    assert.equal(r.ok, false, JSON.stringify(change));
    if (r.ok) continue;
    assert.deepEqual(r.errors.map((e) => e.code), codes, JSON.stringify(change));
    assert.ok(r.errors.every((e) => e.index === 1 && e.message.startsWith('2件目 ')));
  }
  const huge = summarisePooling([{ ...good, medicalCost: Number.MAX_SAFE_INTEGER }, { ...good, medicalCost: 1 }]);
  assert.ok(!huge.ok && huge.errors[0]!.code === 'tooLarge');
});

// 拠出 basis: rules-reference.md §6 "拠出金 is based on each prefecture's 交付金 over the past 3 years"
// (status not marked separately; the 150万 floor [V2] is not applied) and seed 001 「対象となる医療費・件数の
// 実績に基づき」. Which 3 years, and proportional shares, are our reading [U].
test('特別高額 拠出 basis: the counted parts of the 3 年度 before, and a proportional split in whole yen', () => {
  const claims: PoolingClaim[] = [
    { insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2022-04', medicalCost: 5_000_000 }, // FY2022: 3,000,000
    { insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2025-03', medicalCost: 4_200_001 }, // FY2024: 2,200,001
    { insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2025-04', medicalCost: 9_000_000 }, // FY2025: outside
    { insurerNumber: '138057', prefecture: '13', scheme: '国保', serviceMonth: '2022-03', medicalCost: 9_000_000 }, // FY2021: outside
    { insurerNumber: '270017', prefecture: '27', scheme: '国保', serviceMonth: '2023-10', medicalCost: 6_000_000 }, // FY2023: 4,000,000
    { insurerNumber: '010014', prefecture: '01', scheme: '国保', serviceMonth: '2024-01', medicalCost: 4_200_000 }, // not over 420万
    { insurerNumber: '39131008', prefecture: '13', scheme: '後期', serviceMonth: '2023-10', medicalCost: 6_000_000 }, // other scheme
  ];
  const s = summaryOf(claims);
  const b = extraHighCostContributionBasis(s.byPrefectureFiscalYear, '国保', precedingFiscalYears(2025));
  assert.ok(b.ok);
  assert.deepEqual(b.value.fiscalYears, [2022, 2023, 2024]);
  assert.equal(b.value.rows.length, 47);
  const nonZero = b.value.rows.filter((r) => r.countedPart > 0).map((r) => [r.prefecture, r.claims, r.countedPart]);
  assert.deepEqual(nonZero, [['13', 2, 5_200_001], ['27', 1, 4_000_000]]);
  assert.equal(b.value.total, 9_200_001);

  const split = apportionByBasis(1_000, b.value);
  assert.ok(split.ok);
  // 1000 × 5,200,001 / 9,200,001 = 565.21…, 1000 × 4,000,000 / 9,200,001 = 434.78…: floors 565 + 434, the last yen to 27 (.78 > .21)
  assert.deepEqual(split.value.filter((x) => x.amount > 0).map((x) => [x.prefecture, x.amount]), [['13', 565], ['27', 435]]);

  // seed 001: 特別高額医療費共同事業特別会計 177億3,657万円 (令和2年度). total × basis passes 2^53: bigint.
  const total = 17_736_570_000;
  const big = apportionByBasis(total, { ...b.value, rows: b.value.rows.map((r) => ({ ...r, countedPart: (r.countedPart * 1000) as typeof r.countedPart })), total: (b.value.total * 1000) as typeof b.value.total });
  assert.ok(big.ok);
  assert.equal(big.value.reduce((n, x) => n + x.amount, 0), total, 'whole yen that sum to the total exactly');
  assert.deepEqual(big.value.filter((x) => x.amount > 0).map((x) => [x.prefecture, x.amount]), [['13', 10_025_018_664], ['27', 7_711_551_336]]);
  // exact shares 10,025,018,664.299… and 7,711,551,335.700…: floors, then the one leftover yen to 27 (.70 > .29)

  // Equal bases: the leftover yen go to the lower codes first.
  const even = apportionByBasis(1_000, { scheme: '国保', fiscalYears: [2024], total: 3 as never, rows: b.value.rows.map((r) => ({ ...r, countedPart: (['01', '02', '03'].includes(r.prefecture) ? 1 : 0) as never })) });
  assert.ok(even.ok);
  assert.deepEqual(even.value.slice(0, 4).map((x) => x.amount), [334, 333, 333, 0]);

  const none = extraHighCostContributionBasis(s.byPrefectureFiscalYear, '国保', [2030]);
  assert.ok(none.ok);
  const r = apportionByBasis(1_000, none.value);
  assert.ok(!r.ok && r.errors[0]!.code === 'noBasis');
  const bad = extraHighCostContributionBasis(s.byPrefectureFiscalYear, '国保', []);
  assert.ok(!bad.ok && bad.errors[0]!.code === 'badYears');
});
