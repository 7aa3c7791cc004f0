/**
 * 共同事業 (cost pooling): which claims each programme counts and how much of them. Pure rules on one
 * claim's 医療費 (総医療費 = 請求点数 × 10円, rules-reference.md conventions). Sources:
 *
 * 高額医療費共同事業 / 高額医療費負担金 (国保)
 *   - seed 001 「国保財政の現状」: 「高額な医療費（１件80万円超）の発生による国保財政の急激な影響の緩和を
 *     図るため、国と都道府県が高額医療費の１/４ずつを負担」.
 *   - rules-reference.md §6: "Threshold 80万円 per receipt (raised from 70万 in 2006-04). 国 and 都道府県
 *     each bear ¼ of the portion above 80万." — 80万 [V2]; ¼ + ¼ [U].
 *   Implemented: a claim counts when 医療費 > 800,000 (80万円「超」: exactly 800,000 does not); the
 *   counted part is 医療費 − 800,000, as the reference states it ([U]: the seed says only "高額医療費の
 *   1/4", not which base). Only 国保: neither source names a 後期 counterpart.
 *
 * 特別高額医療費共同事業 (国保)
 *   - seed 001 「事業概要」: 「レセプト１件当たり 420 万円を超える医療費のうち、200 万円を超える額に
 *     ついて、都道府県間で財源を再分配する事業」; 「著しく高額な医療費（１件420万円超）について、
 *     都道府県からの拠出金を財源に全国で費用負担を調整」.
 *   - rules-reference.md §6: more than 420万円 per receipt per month [V]; 交付 = the portion above 200万
 *     of each qualifying receipt, "whether the 200万 is measured on 医療費 or on 保険者負担 is
 *     unconfirmed" [U].
 *   Implemented: 医療費 > 4,200,000 counts, counted part 医療費 − 2,000,000, measured on 医療費 as the
 *   seed's wording reads (「420万円を超える医療費のうち、200万円を超える額」); the reference's [U] stands.
 *
 * 特別高額医療費共同事業 (後期)
 *   - seed 001 「事業概要」: 「レセプト 1 件当たり 400 万円を超える医療費のうち、200 万円を超える額に
 *     ついて、後期高齢者医療広域連合間で財源を再分配する事業」. system-map.md item 22 repeats it.
 *     rules-reference.md §6 does not cover the 後期 programme.
 *   Implemented: 医療費 > 4,000,000 counts, counted part 医療費 − 2,000,000.
 *
 * Note the step at each threshold, as the rules are worded: a 国保 claim of 4,200,000 counts nothing,
 * one of 4,200,001 counts 2,200,001. A claim that counts for 特別高額 also counts for 高額医療費 (国保).
 */
import { yen, type Yen } from '../common/money.ts';

export type PoolingScheme = '国保' | '後期';
export const POOLING_SCHEMES: readonly PoolingScheme[] = ['国保', '後期'];

export type PoolingProgramme = 'highCost' | 'extraHighCost';
export const POOLING_PROGRAMMES: Record<PoolingProgramme, string> = {
  highCost: '高額医療費共同事業',
  extraHighCost: '特別高額医療費共同事業',
};

export interface ThresholdRule {
  /** A claim counts when its 医療費 is strictly greater than this (「超」). */
  over: number;
  /** The counted part is 医療費 minus this. */
  deductible: number;
  source: string;
}

/** 高額医療費 (国保 only; no 後期 rule in the sources). */
export const HIGH_COST_RULES: Partial<Record<PoolingScheme, ThresholdRule>> = {
  国保: { over: 800_000, deductible: 800_000, source: 'seed 001 「１件80万円超」; rules-reference.md §6 (80万 V2, the part above 80万 U)' },
};

export const EXTRA_HIGH_COST_RULES: Record<PoolingScheme, ThresholdRule> = {
  国保: { over: 4_200_000, deductible: 2_000_000, source: 'seed 001 「420 万円を超える医療費のうち、200 万円を超える額」; rules-reference.md §6 (420万 V, 200万 base U)' },
  後期: { over: 4_000_000, deductible: 2_000_000, source: 'seed 001 「400 万円を超える医療費のうち、200 万円を超える額」 (not in rules-reference.md)' },
};

export interface ProgrammeAssessment {
  counts: boolean;
  /** The part of the claim's 医療費 the programme counts (0 when it does not count). */
  countedPart: Yen;
}

export interface ClaimPoolingAssessment {
  highCost: ProgrammeAssessment;
  extraHighCost: ProgrammeAssessment;
}

function assess(rule: ThresholdRule | undefined, medicalCost: number): ProgrammeAssessment {
  if (!rule || medicalCost <= rule.over) return { counts: false, countedPart: yen(0) };
  return { counts: true, countedPart: yen(medicalCost - rule.deductible) };
}

/** What one claim (医療費 in yen, a non-negative safe integer) counts for in each programme. */
export function assessPoolingClaim(c: { medicalCost: number; scheme: PoolingScheme }): ClaimPoolingAssessment {
  return {
    highCost: assess(HIGH_COST_RULES[c.scheme], c.medicalCost),
    extraHighCost: assess(EXTRA_HIGH_COST_RULES[c.scheme], c.medicalCost),
  };
}

/**
 * 国 and 都道府県 each bear ¼ of the 高額医療費 counted part (seed 001 「１/４ずつ」; reference §6 [U]).
 * Applied to a total, not per claim; a fraction of a yen is cut (our choice: the reference gives no
 * rounding for this; §1.2 item 6 cuts below 1円 for government cash amounts).
 */
export function highCostQuarterShare(countedPart: number): Yen {
  return yen(Math.floor(countedPart / 4));
}
