/**
 * The two rounding rules of window pricing, in integer arithmetic (rules-reference.md §1.2, Appendix A).
 */

/**
 * 一部負担金 at the window: 5円未満切捨て, 5円以上切上げ to 10 yen (国保法42条の2; 健保法75条; §1.2(3)).
 * 3,702 → 3,700; 3,705 → 3,710.
 */
export function roundCopayTo10Yen(yen: number): number {
  return Math.floor((yen + 5) / 10) * 10;
}

/**
 * The 1% term of a limit formula, (医療費 − threshold) × 1%, to the yen: 50銭未満切捨て, 50銭以上切上げ
 * (健保令42条 and 国保令; §1.2(5)). 0 when 医療費 does not exceed the threshold.
 */
export function onePercentOver(medicalCost: number, threshold: number): number {
  return medicalCost <= threshold ? 0 : Math.floor((medicalCost - threshold + 50) / 100);
}

/** '1,234,567' without locale data. */
export function formatYen(n: number): string {
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `−${s}` : s;
}
