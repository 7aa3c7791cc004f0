/**
 * The 拠出 basis of the 特別高額医療費共同事業, as far as the sources state it:
 *   - rules-reference.md §6: "拠出金 is based on each prefecture's 交付金 over the past 3 years. 国
 *     subsidises part (40–50% per MHLW). If a prefecture's 拠出金 minus the 国庫補助 falls below 150万,
 *     a 150万 floor applies." (150万 floor [V2]; the row's 420万 [V].)
 *   - seed 001: 国保中央会 bills 拠出金 to the 都道府県 and 後期高齢者医療広域連合 「本事業の対象となる
 *     医療費・件数の実績に基づき」.
 * Implemented: the basis of a prefecture (国保) or of its 広域連合 (後期) is the Σ of its counted parts
 * (the 交付 they drew) over the given 年度, by default the 3 before the target 年度. Which 3 years, and
 * whether 交付金 equals the counted part before any adjustment, are not stated: our reading [U].
 * {@link apportionByBasis} splits a total 拠出 in proportion to the basis; proportionality is our
 * reading of "based on" [U]. The 国庫補助 and the 150万 floor are NOT applied: the sources do not say
 * how the subsidy is divided between prefectures.
 */
import { fail, ok, type Result } from '../common/result.ts';
import type { PrefectureCode } from '../common/prefectures.ts';
import { yen, type Yen } from '../common/money.ts';
import { FEDERATION_CODES } from '../settlement/settlement-input.ts';
import type { PoolingScheme } from './pooling-rules.ts';
import { poolingError, type PoolingError, type PrefectureYearPooling } from './pooling-types.ts';

export interface ContributionBasisRow {
  prefecture: PrefectureCode;
  /** Claims that counted for 特別高額 over the years. */
  claims: number;
  /** Σ counted parts over the years. */
  countedPart: Yen;
}

export interface ContributionBasis {
  scheme: PoolingScheme;
  fiscalYears: number[];
  /** All 47 prefectures in code order (zero when none counted). */
  rows: ContributionBasisRow[];
  total: Yen;
}

/** From per-prefecture 年度 aggregates (possibly of several {@link summarisePooling} runs). */
export function extraHighCostContributionBasis(
  rows: readonly PrefectureYearPooling[], scheme: PoolingScheme, fiscalYears: readonly number[],
): Result<ContributionBasis, PoolingError> {
  const years = [...new Set(fiscalYears)].sort((a, b) => a - b);
  if (!years.length || years.some((y) => !Number.isInteger(y))) return fail(poolingError('badYears'));
  const sums = new Map<PrefectureCode, { claims: number; counted: bigint }>(FEDERATION_CODES.map((p) => [p, { claims: 0, counted: 0n }]));
  let total = 0n;
  for (const r of rows) {
    if (r.scheme !== scheme || !years.includes(r.fiscalYear)) continue;
    const s = sums.get(r.prefecture)!;
    s.claims += r.extraHighCost.claims;
    s.counted += BigInt(r.extraHighCost.countedPart);
    total += BigInt(r.extraHighCost.countedPart);
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) return fail(poolingError('tooLarge'));
  return ok({
    scheme, fiscalYears: years, total: yen(Number(total)),
    rows: FEDERATION_CODES.map((prefecture) => {
      const s = sums.get(prefecture)!;
      return { prefecture, claims: s.claims, countedPart: yen(Number(s.counted)) };
    }),
  });
}

export interface Apportionment {
  prefecture: PrefectureCode;
  amount: Yen;
}

/**
 * Splits `total` yen (a non-negative safe integer) in proportion to the basis, in whole yen that sum
 * to `total` exactly: each gets ⌊total × basis / Σbasis⌋, and the yen left over go one each to the
 * largest remainders (ties: lower prefecture code first). The products are taken in bigint (total ×
 * basis can pass 2^53). Rows in code order, all 47.
 */
export function apportionByBasis(total: number, basis: ContributionBasis): Result<Apportionment[], PoolingError> {
  if (!Number.isSafeInteger(total) || total < 0) return fail(poolingError('badAmount'));
  const sum = BigInt(basis.total);
  if (sum === 0n) return fail(poolingError('noBasis'));
  const t = BigInt(total);
  const parts = basis.rows.map((r, i) => {
    const product = t * BigInt(r.countedPart);
    return { i, prefecture: r.prefecture, amount: product / sum, remainder: product % sum };
  });
  let left = t - parts.reduce((s, p) => s + p.amount, 0n);
  const order = [...parts].sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const p of order) {
    if (left === 0n) break;
    p.amount += 1n;
    left -= 1n;
  }
  return ok(parts.map((p) => ({ prefecture: p.prefecture, amount: yen(Number(p.amount)) })));
}
