/**
 * 一部負担金の割合 by age band and 所得区分 (rules-reference.md §1.1; 国保法42条, 高確法67条).
 * Returned in tenths (割): 2 = 2割.
 */
import type { YearMonth } from '../common/dates.ts';
import type { AgeBracket, WindowIncomeCategory } from './window-copay-types.ts';

/** 後期 一般Ⅱ (2割) exists from 2022-10 (§1.1). */
export const LATE_ELDERLY_GENERAL_II_FROM: YearMonth = '2022-10';

const ACTIVE: ReadonlySet<WindowIncomeCategory> = new Set(['現役並みⅢ', '現役並みⅡ', '現役並みⅠ']);

export function isActiveIncome(c: WindowIncomeCategory): boolean {
  return ACTIVE.has(c);
}

export function copayRatioTenths(bracket: AgeBracket, category: WindowIncomeCategory): number {
  switch (bracket) {
    case 'preschool':
      return 2; // 未就学 2割
    case 'under70':
      return 3; // 3割
    case 'age70to74':
      return isActiveIncome(category) ? 3 : 2; // 現役並み 3割, otherwise 2割
    case 'lateElderly':
      if (isActiveIncome(category)) return 3; // 現役並み 3割
      return category === '一般Ⅱ' ? 2 : 1; // 一定以上所得 2割, otherwise 1割
  }
}
