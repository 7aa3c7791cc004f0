/**
 * What a generated claim says about the window charge: the 所得区分 in RE レセプト特記事項 and
 * 一部負担金区分 (別表8), and the patient's charge under a 公費 in KO 負担金額. Sources: uke-format.md
 * §5.4 (別表8: 1 低所得 オ / 70以上 Ⅱ, 3 70以上 Ⅰ; 入院外 only when 高額療養費 was paid in kind — 記録条件仕様
 * 医科 別表8 注; 別表9: 26 区ア … 30 区オ, 41 区カ, 42 区キ for 後期 from 2022-10), 医学通信社「レセプト請求の
 * 全知識」p.18 (every 70歳以上 claim carries one of 26–30), rules-reference.md §2.2 (70歳以上 外来 低所得
 * 8,000), the 受給者証's monthly caps (population/public-expense.ts: 54 一般所得Ⅰ 10,000, 上位所得 30,000,
 * 低所得Ⅱ 5,000; 21 低所得1 2,500) and public-expense.ts of the core (54 2割, 21 1割, never above the
 * insurance ratio). KO 負担金額 is to the yen, as in the sample file (54: 364点 → 728).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { monthEnd, type YearMonth } from '@kokuho/core/common';
import { ageAtMonth, claimWindowInput } from '@kokuho/core/pricing';
import type { UkeClaim } from '@kokuho/core/uke';
import type { Coverage } from '../population/coverage.ts';
import type { Person } from '../population/population-types.ts';
import { generate, readCsv } from '../test-support/generated-month.ts';
import { incomeNotes } from './income-notes.ts';
import type { Payer, PublicExpenseGrant } from './payer.ts';
import { publicExpenseCharges, SelfPayCapSheet } from './public-expense-charge.ts';

const AGE44 = '1980-06-15', AGE72 = '1953-03-10', AGE80 = '1945-04-10';

const person = (birthDate: string, income: number): Person => ({ birthDate, relation: 'householder', household: { income } }) as unknown as Person;
const cover = (kind: 'municipal' | 'lateElderly'): Coverage => ({ insurer: { kind } }) as unknown as Coverage;
const NHI = cover('municipal'), LATE = cover('lateElderly');
const grant = (law: PublicExpenseGrant['law']): PublicExpenseGrant => ({ law, payerNumber: `${law}136012`, beneficiaryNumber: '1234567', covers: undefined });

type NotesRow = [name: string, birth: string, income: number, coverage: Coverage, month: YearMonth, inpatient: boolean, points: number, tenths: number, notes: string[], lowIncomeClass: string | undefined];
const NOTES: NotesRow[] = [
  ['72 低所得Ⅰ 入院: 30 区オ, 別表8 3', AGE72, 0.05, NHI, '2025-05', true, 2_000, 2, ['30'], '3'],
  ['72 低所得Ⅱ 入院: 30 区オ, 別表8 1', AGE72, 0.2, NHI, '2025-05', true, 2_000, 2, ['30'], '1'],
  ['72 低所得Ⅱ 外来 2割 6,000 ≤ 8,000: no 別表8', AGE72, 0.2, NHI, '2025-05', false, 3_000, 2, ['30'], undefined],
  ['72 低所得Ⅰ 外来 2割 10,000 > 8,000 (in kind): 別表8 3', AGE72, 0.05, NHI, '2025-05', false, 5_000, 2, ['30'], '3'],
  ['72 一般: 29 区エ', AGE72, 0.5, NHI, '2025-05', false, 500, 2, ['29'], undefined],
  ['72 現役並みⅠ: 28 区ウ', AGE72, 0.95, NHI, '2025-05', true, 2_000, 3, ['28'], undefined],
  ['72 現役並みⅡ: 27 区イ', AGE72, 0.98, NHI, '2025-05', false, 500, 3, ['27'], undefined],
  ['72 現役並みⅢ: 26 区ア', AGE72, 0.995, NHI, '2025-05', false, 500, 3, ['26'], undefined],
  ['後期 一般Ⅰ: 42 区キ', AGE80, 0.5, LATE, '2025-05', false, 500, 1, ['42'], undefined],
  ['後期 一般Ⅱ: 41 区カ', AGE80, 0.8, LATE, '2025-05', false, 500, 2, ['41'], undefined],
  ['後期 一般 before 2022-10: 29 区エ', AGE80, 0.5, LATE, '2022-09', false, 500, 1, ['29'], undefined],
  ['後期 低所得Ⅰ 入院: 30 区オ, 別表8 3', AGE80, 0.05, LATE, '2025-05', true, 2_000, 1, ['30'], '3'],
  ['44 区分エ 外来: nothing (ratio at the window)', AGE44, 0.5, NHI, '2025-05', false, 500, 3, [], undefined],
  ['44 区分エ 入院: 29 区エ', AGE44, 0.5, NHI, '2025-05', true, 2_000, 3, ['29'], undefined],
  ['44 区分オ 入院: 30 区オ, 別表8 1', AGE44, 0.2, NHI, '2025-05', true, 2_000, 3, ['30'], '1'],
];

for (const [name, birth, income, coverage, month, inpatient, points, tenths, notes, lowIncomeClass] of NOTES) {
  test(`所得区分の記載: ${name}`, () => {
    const r = incomeNotes(person(birth, income), { coverage, publicExpenses: [] }, month, { inpatient, points, copayTenths: tenths });
    assert.deepEqual([r.specialNotes, r.lowIncomeClass], [notes, lowIncomeClass]);
  });
}

test('所得区分の記載: 生活保護 (公費単独) has none', () => {
  const r = incomeNotes(person(AGE72, 0.05), { coverage: undefined, publicExpenses: [grant('12')] }, '2025-05', { inpatient: true, points: 2_000, copayTenths: 0 });
  assert.deepEqual([r.specialNotes, r.lowIncomeClass], [[], undefined]);
});

type ChargeRow = [name: string, birth: string, income: number, coverage: Coverage | undefined, law: PublicExpenseGrant['law'], claims: number[], charges: (number | undefined)[]];
const CHARGES: ChargeRow[] = [
  ['54 at 72 一般 (一般所得Ⅰ 10,000): 2割 to the yen', AGE72, 0.5, NHI, '54', [364], [728]],
  ['54 at 44 区分エ: 2割 until the cap 10,000, then nothing', AGE44, 0.5, NHI, '54', [3_000, 3_000, 3_000], [6_000, 4_000, 0]],
  ['54 後期 一般Ⅰ: the insurance ratio 1割 is lower', AGE80, 0.5, LATE, '54', [3_000], [3_000]],
  ['54 上位所得 30,000', AGE44, 0.95, NHI, '54', [20_000], [30_000]],
  ['54 区分オ above 本人年収 80万 (低所得Ⅱ 5,000)', AGE44, 0.2, NHI, '54', [2_000, 2_000], [4_000, 1_000]],
  ['21 区分オ 低所得1 (2,500): 1割', AGE44, 0.1, NHI, '21', [1_000, 2_000], [1_000, 1_500]],
  ['12 生活保護: no charge recorded', AGE44, 0.1, undefined, '12', [1_000], [undefined]],
];

for (const [name, birth, income, coverage, law, claims, charges] of CHARGES) {
  test(`KO 負担金額: ${name}`, () => {
    const p = person(birth, income);
    const payer: Payer = { coverage, publicExpenses: [grant(law)] };
    const sheet = new SelfPayCapSheet();
    assert.deepEqual(claims.map((points) => publicExpenseCharges(p, payer, '2025-05', '2025-05-01', [points], sheet)[0]), charges);
  });
}

test('KO 負担金額: another 受給者証 has its own cap on the sheet', () => {
  const p = person(AGE44, 0.1);
  const sheet = new SelfPayCapSheet();
  const a: Payer = { coverage: NHI, publicExpenses: [grant('21')] };
  const b: Payer = { coverage: NHI, publicExpenses: [{ ...grant('21'), beneficiaryNumber: '7654321' }] };
  assert.deepEqual([publicExpenseCharges(p, a, '2025-05', '2025-05-01', [3_000], sheet), publicExpenseCharges(p, b, '2025-05', '2025-05-01', [3_000], sheet)], [[2_500], [2_500]]);
});

// ── a generated month ──

const month = generate('2025-05', 2500, 3);

const FROM70_CATEGORY: Record<string, string[]> = {
  activeIII: ['現役並みⅢ'], activeII: ['現役並みⅡ'], activeI: ['現役並みⅠ'], general: ['一般'], generalI: ['一般Ⅰ'], generalII: ['一般Ⅱ'],
  lowIncomeII: ['低所得Ⅱ'], lowIncomeI: ['低所得Ⅰ'],
};
/** 入院外 without 別表8 (no 高額療養費 in kind) is priced as Ⅱ, whose 外来 limit is Ⅰ's. */
const allowed = (registry: string, inpatient: boolean): string[] => (registry === 'lowIncomeI' && !inpatient ? ['低所得Ⅰ', '低所得Ⅱ'] : FROM70_CATEGORY[registry] ?? []);

function medicalClaims(): { file: string; c: UkeClaim }[] {
  const planted = new Set(month.truth.filter((t) => t.claim !== null).map((t) => `${t.file}#${t.claim}`));
  const out: { file: string; c: UkeClaim }[] = [];
  for (const [file, events] of month.files) {
    for (const e of events) if (e.type === 'claim' && !planted.has(`${file}#${e.claim.re.receiptNumber}`)) out.push({ file, c: e.claim });
  }
  return out;
}

test('a generated month: 70歳以上 claims are priced by the category the registry holds', () => {
  const category = new Map(readCsv(join(month.dir, 'registry/insured.csv')).map((r) => [`${r.insurerNumber}|${r.cardSymbol}|${r.cardNumber}|${r.birthDate}`, r.incomeCategory!]));
  let checked = 0, inpatient = 0;
  const wrong: string[] = [];
  for (const { file, c } of medicalClaims()) {
    if (!c.ho) continue;
    const age = ageAtMonth(c.re.birthDate, c.re.serviceMonth, monthEnd(c.re.serviceMonth));
    // 後期 under 75 (障害認定) is not priced (claim-window-input.ts)
    if (age.bracket !== 'lateElderly' && (age.bracket !== 'age70to74' || c.re.receiptType[1] === '3')) continue;
    const registry = category.get(`${c.ho.insurerNumber.trim()}|${c.ho.cardSymbol ?? ''}|${c.ho.cardNumber}|${c.re.birthDate}`);
    const w = claimWindowInput({
      points: c.ho.totalPoints, serviceMonth: c.re.serviceMonth, birthDate: c.re.birthDate, receiptType: c.re.receiptType, specialNotes: c.re.specialNotes,
      lowIncomeClass: c.re.lowIncomeClass ?? '', ageBracket: age.bracket,
    });
    checked++;
    if (w.ok && w.input.inpatient) inpatient++;
    if (!registry || !w.ok || !allowed(registry, w.input.inpatient).includes(w.input.incomeCategory)) wrong.push(`${file} #${c.re.receiptNumber}: ${registry} → ${w.ok ? w.input.incomeCategory : w.reason}`);
  }
  assert.deepEqual(wrong.slice(0, 10), []);
  assert.ok(checked > 300 && inpatient > 0, `${checked} ${inpatient}`);
});

test('a generated month: every 54 and 21 KO states the patient\'s charge, within the cap', () => {
  const perRecipient = new Map<string, number>();
  let seen = 0;
  for (const { file, c } of medicalClaims()) {
    for (const ko of c.ko) {
      if (!['54', '21'].includes(ko.payerNumber.slice(0, 2))) continue;
      seen++;
      assert.ok(ko.copay !== undefined, `${file} #${c.re.receiptNumber}`);
      // at most the programme's ratio: 2割 (54), 1割 (21)
      assert.ok(ko.copay <= ko.totalPoints * (ko.payerNumber.startsWith('54') ? 2 : 1), `${file} #${c.re.receiptNumber}`);
      const key = `${ko.payerNumber}|${ko.beneficiaryNumber}`;
      perRecipient.set(key, (perRecipient.get(key) ?? 0) + ko.copay);
    }
  }
  assert.ok(seen > 20, `${seen}`);
  // the highest cap is 30,000 (54 上位所得)
  assert.ok([...perRecipient.values()].every((n) => n <= 30_000));
});
