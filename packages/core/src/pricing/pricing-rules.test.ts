/**
 * The building blocks of window pricing, each as a table: age bands at a month, the two rounding
 * rules, and properties of the limit tables. Sources: ../shared/docs/rules-reference.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthEnd } from '../common/dates.ts';
import {
  ageAtMonth, dayOfReaching, FROM70_HOUSEHOLD_LIMITS, FROM70_OUTPATIENT_LIMITS, lateElderlyFrom, onePercentOver,
  PUBLIC_EXPENSE_PROGRAMMES, roundCopayTo10Yen, SUPPORTED_PUBLIC_EXPENSE_LAWS, UNDER70_LIMITS,
} from './index.ts';

test('age band at a service month (§1.1, §2.5; 年齢計算ニ関スル法律: one reaches an age the day before the birthday)', () => {
  const rows: [birth: string, month: string, bracket: string, turning75: boolean][] = [
    ['2019-04-01', '2025-03', 'preschool', false], // reaches 6 on 2025-03-31
    ['2019-04-01', '2025-04', 'under70', false],
    ['2019-04-02', '2026-03', 'preschool', false], // reaches 6 on 2025-04-01 → until 2026-03-31
    ['2019-04-02', '2026-04', 'under70', false],
    ['2020-02-29', '2026-03', 'preschool', false], // 6th birthday 2026-03-01 (common year), reaches 6 on 02-28
    ['2020-02-29', '2026-04', 'under70', false],
    ['1955-05-01', '2025-04', 'under70', false], // reaches 70 on 2025-04-30
    ['1955-05-01', '2025-05', 'age70to74', false],
    ['1955-05-02', '2025-05', 'under70', false], // reaches 70 on 2025-05-01 → from 2025-06
    ['1955-05-02', '2025-06', 'age70to74', false],
    ['1950-05-01', '2025-04', 'age70to74', false],
    ['1950-05-01', '2025-05', 'lateElderly', false], // 後期 from 2025-05-01: no split month
    ['1950-05-02', '2025-05', 'age70to74', true], // split month: 国保 until 05-01, 後期 from 05-02
    ['1950-05-31', '2025-05', 'age70to74', true],
    ['1950-05-31', '2025-06', 'lateElderly', false],
  ];
  for (const [birth, month, bracket, turning75] of rows) {
    const a = ageAtMonth(birth, month, monthEnd(month));
    assert.deepEqual([a.bracket, a.turning75Month], [bracket, turning75], `${birth} in ${month}`);
  }
  assert.equal(dayOfReaching('1955-05-01', 70), '2025-04-30');
  assert.equal(lateElderlyFrom('1952-02-29'), '2027-03-01'); // 2027 is a common year
});

test('10-yen rounding of the window copay (§1.2(3): 5円未満切捨て・5円以上切上げ)', () => {
  const rows: [number, number][] = [[0, 0], [1, 0], [4, 0], [5, 10], [9, 10], [10, 10], [3_702, 3_700], [3_705, 3_710], [3_709, 3_710], [57_597, 57_600], [1_234_564, 1_234_560]];
  for (const [yen, rounded] of rows) assert.equal(roundCopayTo10Yen(yen), rounded, String(yen));
});

test('the 1% term, to the yen at 50銭 (§1.2(5), Appendix A pct1)', () => {
  const rows: [cost: number, threshold: number, pct: number][] = [
    [267_000, 267_000, 0], [266_990, 267_000, 0], [267_010, 267_000, 0], // 0.1 yen
    [267_040, 267_000, 0], [267_050, 267_000, 1], // 0.4 / 0.5 yen
    [400_000, 267_000, 1_330], [400_040, 267_000, 1_330], [400_050, 267_000, 1_331],
    [1_000_000, 842_000, 1_580], [500_000, 279_000, 2_210],
  ];
  for (const [cost, threshold, pct] of rows) assert.equal(onePercentOver(cost, threshold), pct, `${cost} over ${threshold}`);
});

test('every amount of the limit tables can be halved to the yen (§2.5 75歳到達月)', () => {
  const amounts = [
    ...Object.values(UNDER70_LIMITS).flatMap((r) => [r.base, r.threshold ?? 0, r.repeated ?? 0]),
    ...Object.values(FROM70_HOUSEHOLD_LIMITS).flatMap((r) => [r.base, r.threshold ?? 0, r.repeated ?? 0]),
    ...Object.values(FROM70_OUTPATIENT_LIMITS),
  ];
  for (const a of amounts) assert.equal(a % 2, 0, String(a));
});

test('the supported 公費 list and the programme table agree', () => {
  assert.deepEqual([...SUPPORTED_PUBLIC_EXPENSE_LAWS].sort(), Object.keys(PUBLIC_EXPENSE_PROGRAMMES).sort());
});
