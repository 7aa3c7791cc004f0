/**
 * What a claim says about the patient's 所得区分: RE レセプト特記事項 (別表9) and 一部負担金・食事療養費・
 * 生活療養費標準負担額区分 (別表8), from the category the registry holds (benefit.ts). Every patient is
 * taken to show the 証 of their category (高齢受給者証, 限度額適用（・標準負担額減額）認定証):
 * - 70歳以上 (高齢受給者 and 後期), every claim — 医科 入院・入院外, 調剤, 歯科: 26 区ア 現役並みⅢ, 27 区イ
 *   現役並みⅡ, 28 区ウ 現役並みⅠ, 29 区エ 一般, 30 区オ 低所得Ⅰ・Ⅱ (医学通信社「レセプト請求の全知識」p.18;
 *   uke-format.md §5.4 別表9); 後期 from 2022-10: 41 区カ 一般Ⅱ, 42 区キ 一般Ⅰ (別表9 注3).
 * - 70歳未満: 区ア〜オ on 入院 claims only (a 限度額適用認定証 at the window is what the inpatient claim
 *   records; outpatient claims here pay the ratio).
 * - 別表8 (記録条件仕様 医科 別表8; uke-format.md §5.4): 1 低所得 (70未満 オ, 70以上 Ⅱ) 入院90日以下 and
 *   外来 70以上 Ⅱ, 3 70以上 Ⅰ. 入院外 claims record it only when 高額療養費 was paid in kind (別表8 注),
 *   i.e. when the ratio amount passes the 外来 limit of 低所得 (rules-reference.md §2.2: 8,000). 2
 *   (90日超) and 4 (老齢福祉年金) are not modelled.
 */
import type { YearMonth } from '@kokuho/core/common';
import { FROM70_OUTPATIENT_LIMITS, LATE_ELDERLY_GENERAL_II_FROM } from '@kokuho/core/pricing';
import { INCOME_CATEGORY_BANDS, type IncomeCategory } from '@kokuho/core/registry';
import type { LowIncomeClassCode, SpecialNoteCode } from '@kokuho/core/uke';
import { incomeCategoryOf } from '../population/benefit.ts';
import type { Person } from '../population/population-types.ts';
import type { Payer } from './payer.ts';

export interface IncomeNotes {
  /** The 区 code, or nothing. */
  specialNotes: SpecialNoteCode[];
  lowIncomeClass: LowIncomeClassCode | undefined;
}

const NOTE_OF: Readonly<Record<IncomeCategory, SpecialNoteCode>> = {
  a: '26', i: '27', u: '28', e: '29', o: '30',
  activeIII: '26', activeII: '27', activeI: '28', general: '29', generalI: '42', generalII: '41', lowIncomeII: '30', lowIncomeI: '30',
};
const CLASS_OF: Partial<Record<IncomeCategory, LowIncomeClassCode>> = { o: '1', lowIncomeII: '1', lowIncomeI: '3' };

export interface ClaimIncomeFacts {
  inpatient: boolean;
  /** HO 合計点数: an outpatient claim records 別表8 only when its ratio amount passes the limit. */
  points: number;
  /** Insurance copay in tenths (benefit.ts copayTenths). */
  copayTenths: number;
}

export function incomeNotes(person: Person, payer: Payer, month: YearMonth, c: ClaimIncomeFacts): IncomeNotes {
  if (!payer.coverage) return { specialNotes: [], lowIncomeClass: undefined };
  const category = incomeCategoryOf(person, payer.coverage, month);
  const from70 = INCOME_CATEGORY_BANDS[category] === 'from70';
  if (!from70 && !c.inpatient) return { specialNotes: [], lowIncomeClass: undefined };
  // 一般Ⅰ・Ⅱ exist from 2022-10; before, 後期 一般 was 29 区エ
  const general = (category === 'generalI' || category === 'generalII') && month < LATE_ELDERLY_GENERAL_II_FROM;
  const note = general ? '29' : NOTE_OF[category];
  const lowClass = CLASS_OF[category];
  // 点数 × 10 yen × tenths / 10 against the 外来 limit of 低所得 (the same for Ⅰ and Ⅱ)
  const inKind = c.inpatient || c.points * c.copayTenths > (FROM70_OUTPATIENT_LIMITS['低所得Ⅱ'] ?? 0);
  return { specialNotes: [note], lowIncomeClass: lowClass && inKind ? lowClass : undefined };
}
