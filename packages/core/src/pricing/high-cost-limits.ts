/**
 * 高額療養費 自己負担限度額 of one claim at the window, paid in kind (rules-reference.md §2.1–2.5, §2.7).
 *
 * The base unit is one receipt: one person × one month × one provider, 入院 and 外来 apart (§2.3).
 * At the window only that receipt is known, so what applies is:
 * - under 70: the 区分ア–オ formula (§2.1), or its 多数回 amount;
 * - 70 and over, 外来: the individual 外来 limit (一般 18,000, 低所得 8,000), no 多数回 (§2.2, §2.4);
 *   現役並み have no 外来 limit of their own: the 世帯 formula applies (§2.2);
 * - 70 and over, 入院: the 世帯 limit (§2.2), or its 多数回 amount (none for 低所得, §2.4);
 * - 75歳到達月 (birthday not on the 1st): every amount and threshold halved (§2.5);
 * - a national 公費 on the receipt: 区分ウ for every under-70 区分, 一般 for every 70+ 区分 (§2.7, [V2]).
 * 世帯合算, the 外来 年間上限 (144,000) and refunds across receipts are the insurer's later work, not the window's.
 *
 * The amounts are those in force since 2018-08 for 70+ (and since 2015-01 for under 70), unchanged through
 * 2026-07 (§2.9: the 2025-08 rise was frozen). The 2026-08 revision is not verified (§2.9, Appendix B 4),
 * so months from 2026-08 are refused rather than priced with stale limits.
 */
import type { YearMonth } from '../common/dates.ts';
import { formatYen, onePercentOver } from './copay-rounding.ts';
import type { AgeBracket, LimitKind, WindowIncomeCategory } from './window-copay-types.ts';

/**
 * Service months the ratio and limit tables cover. From 2019-04 because until 2019-03 some 70–74
 * insureds (born by 1944-04-01) still had the 1割 特例, which the reference does not describe.
 */
export const PRICING_PERIOD: { from: YearMonth; to: YearMonth } = { from: '2019-04', to: '2026-07' };

/** A monthly limit: base + (医療費 − threshold) × 1% when threshold is set; repeated = 多数回 (null: none). */
export interface LimitRow {
  base: number;
  threshold: number | null;
  repeated: number | null;
}

/** §2.1 (長野県国保連, 山口県, MHLW leaflet 000333279 via kansen-hiroba). */
export const UNDER70_LIMITS: Record<'ア' | 'イ' | 'ウ' | 'エ' | 'オ', LimitRow> = {
  ア: { base: 252_600, threshold: 842_000, repeated: 140_100 },
  イ: { base: 167_400, threshold: 558_000, repeated: 93_000 },
  ウ: { base: 80_100, threshold: 267_000, repeated: 44_400 },
  エ: { base: 57_600, threshold: null, repeated: 44_400 },
  オ: { base: 35_400, threshold: null, repeated: 24_600 },
};

type From70Group = '現役並みⅢ' | '現役並みⅡ' | '現役並みⅠ' | '一般' | '低所得Ⅱ' | '低所得Ⅰ';

/** §2.2 世帯 (外来+入院) column (Hasami, Zushi, Miyakonojo); the same amounts in 後期. */
export const FROM70_HOUSEHOLD_LIMITS: Record<From70Group, LimitRow> = {
  現役並みⅢ: { base: 252_600, threshold: 842_000, repeated: 140_100 },
  現役並みⅡ: { base: 167_400, threshold: 558_000, repeated: 93_000 },
  現役並みⅠ: { base: 80_100, threshold: 267_000, repeated: 44_400 },
  一般: { base: 57_600, threshold: null, repeated: 44_400 },
  低所得Ⅱ: { base: 24_600, threshold: null, repeated: null },
  低所得Ⅰ: { base: 15_000, threshold: null, repeated: null },
};

/** §2.2 外来（個人ごと）column; 現役並み have none. No 多数回 (§2.4). */
export const FROM70_OUTPATIENT_LIMITS: Partial<Record<From70Group, number>> = {
  一般: 18_000,
  低所得Ⅱ: 8_000,
  低所得Ⅰ: 8_000,
};

/** 後期 一般Ⅱ 外来 配慮措置 (§1.1): from 2022-10 to 2025-09. */
export const LATE_ELDERLY_CARE_MEASURE: { from: YearMonth; to: YearMonth } = { from: '2022-10', to: '2025-09' };

function from70Group(c: WindowIncomeCategory): From70Group {
  return c === '一般Ⅰ' || c === '一般Ⅱ' ? '一般' : (c as From70Group);
}

export interface LimitQuery {
  bracket: AgeBracket;
  category: WindowIncomeCategory;
  inpatient: boolean;
  repeatedHighCost: boolean;
  medicalCost: number;
  serviceMonth: YearMonth;
  turning75Month: boolean;
  /** A national 公費 is on the receipt (§2.7). */
  withPublicExpense: boolean;
}

export interface Limit {
  limit: number;
  kind: LimitKind;
  /** How the limit was found, in Japanese, e.g. '区分ウ: 80,100円 + (400,000円 − 267,000円) × 1% = 81,430円'. */
  formula: string;
  repeatedApplied: boolean;
  /** Why 多数回 was asked for and not used, if so. */
  repeatedIgnored: string | null;
}

/** Halve an amount for the 75歳到達月 (every amount in the tables is even). */
const halve = (yen: number, on: boolean): number => (on ? yen / 2 : yen);

function fromRow(row: LimitRow, label: string, q: LimitQuery, kind: LimitKind): Limit {
  const h = (y: number) => halve(y, q.turning75Month);
  const half = q.turning75Month ? '（75歳到達月のため半額）' : '';
  if (q.repeatedHighCost && row.repeated !== null) {
    const limit = h(row.repeated);
    return { limit, kind, formula: `${label} 多数回該当${half}: ${formatYen(limit)}円`, repeatedApplied: true, repeatedIgnored: null };
  }
  const repeatedIgnored = q.repeatedHighCost ? `${label}には多数回該当の額がありません（rules-reference §2.2・§2.4）` : null;
  if (row.threshold === null) {
    const limit = h(row.base);
    return { limit, kind, formula: `${label}${half}: ${formatYen(limit)}円`, repeatedApplied: false, repeatedIgnored };
  }
  const base = h(row.base), threshold = h(row.threshold);
  const pct = onePercentOver(q.medicalCost, threshold);
  const limit = base + pct;
  const formula = pct > 0
    ? `${label}${half}: ${formatYen(base)}円 + (${formatYen(q.medicalCost)}円 − ${formatYen(threshold)}円) × 1% = ${formatYen(base)}円 + ${formatYen(pct)}円 = ${formatYen(limit)}円`
    : `${label}${half}: ${formatYen(base)}円 + (医療費 − ${formatYen(threshold)}円) × 1%（医療費が ${formatYen(threshold)}円 以下なので 1% の加算なし）= ${formatYen(limit)}円`;
  return { limit, kind, formula, repeatedApplied: false, repeatedIgnored };
}

export function highCostLimit(q: LimitQuery): Limit {
  if (q.bracket === 'preschool' || q.bracket === 'under70') {
    // §2.7: with a national 公費 the receipt is limited as 区分ウ whatever the 区分.
    const cat = q.withPublicExpense ? 'ウ' : (q.category as keyof typeof UNDER70_LIMITS);
    const label = q.withPublicExpense ? `公費併用のため区分ウ（本来は区分${q.category}）` : `区分${cat}`;
    return fromRow(UNDER70_LIMITS[cat], label, q, 'under70');
  }
  const group: From70Group = q.withPublicExpense ? '一般' : from70Group(q.category);
  const label = q.withPublicExpense ? `公費併用のため一般（本来は${q.category}）` : q.category;
  if (!q.inpatient) {
    const individual = FROM70_OUTPATIENT_LIMITS[group];
    if (individual !== undefined) {
      const h = halve(individual, q.turning75Month);
      const half = q.turning75Month ? '（75歳到達月のため半額）' : '';
      const repeatedIgnored = q.repeatedHighCost ? '70歳以上の外来（個人単位）の限度額には多数回該当の額がありません（rules-reference §2.4）' : null;
      const care = q.category === '一般Ⅱ' && !q.withPublicExpense && q.serviceMonth >= LATE_ELDERLY_CARE_MEASURE.from && q.serviceMonth <= LATE_ELDERLY_CARE_MEASURE.to;
      if (care) {
        // 6,000 + (医療費 − 30,000) × 10%, 医療費 below 30,000 counted as 30,000; 医療費 is a multiple of 10.
        const measure = 6_000 + Math.max(0, q.medicalCost - 30_000) / 10;
        if (measure < h) {
          return {
            limit: measure,
            kind: 'lateElderlyCare',
            formula: `後期 一般Ⅱ 外来の配慮措置（令和4年10月〜令和7年9月）: 6,000円 + (${formatYen(Math.max(30_000, q.medicalCost))}円 − 30,000円) × 10% = ${formatYen(measure)}円（外来の限度額 ${formatYen(h)}円 より低い）`,
            repeatedApplied: false,
            repeatedIgnored,
          };
        }
      }
      return { limit: h, kind: 'outpatientIndividual', formula: `${label} 外来（個人単位）${half}: ${formatYen(h)}円`, repeatedApplied: false, repeatedIgnored };
    }
  }
  return fromRow(FROM70_HOUSEHOLD_LIMITS[group], `${label} ${q.inpatient ? '入院' : '外来'}（世帯単位の額）`, q, 'household');
}
