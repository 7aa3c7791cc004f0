/**
 * 所得区分 that set copay ratios and high-cost limits (rules-reference.md §1–2).
 * Under 70: 区分ア–オ (§2.1). From 70 and in 後期: 現役並みⅢ/Ⅱ/Ⅰ, 一般 (後期: 一般Ⅰ 1割 / 一般Ⅱ 2割),
 * 低所得Ⅱ/Ⅰ (§2.2). An income that is unknown is not a category: it is treated as ア / 現役並みⅢ by the
 * benefit rules, so the registry keeps `undefined` and lets those rules decide.
 */
export const INCOME_CATEGORIES = {
  a: 'ア',
  i: 'イ',
  u: 'ウ',
  e: 'エ',
  o: 'オ',
  activeIII: '現役並みⅢ',
  activeII: '現役並みⅡ',
  activeI: '現役並みⅠ',
  general: '一般',
  generalI: '一般Ⅰ',
  generalII: '一般Ⅱ',
  lowIncomeII: '低所得Ⅱ',
  lowIncomeI: '低所得Ⅰ',
} as const;
export type IncomeCategory = keyof typeof INCOME_CATEGORIES;

/** Which age band a category belongs to: 'under70' (区分ア–オ) or 'from70' (70–74 and 後期). */
export const INCOME_CATEGORY_BANDS: Record<IncomeCategory, 'under70' | 'from70'> = {
  a: 'under70', i: 'under70', u: 'under70', e: 'under70', o: 'under70',
  activeIII: 'from70', activeII: 'from70', activeI: 'from70',
  general: 'from70', generalI: 'from70', generalII: 'from70',
  lowIncomeII: 'from70', lowIncomeI: 'from70',
};

export function isIncomeCategory(s: string): s is IncomeCategory {
  return Object.prototype.hasOwnProperty.call(INCOME_CATEGORIES, s);
}
