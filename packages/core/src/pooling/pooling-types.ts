/**
 * Inputs, outputs and errors of the 共同事業 aggregates. Amounts are integer yen.
 */
import type { PrefectureCode } from '../common/prefectures.ts';
import type { Yen } from '../common/money.ts';
import type { PoolingScheme } from './pooling-rules.ts';

/** A priced claim as the pooling programmes see it. */
export interface PoolingClaim {
  claimKey?: string;
  /** 保険者番号: 6 digits for 国保 (市町村・国保組合), 8 digits starting 39 for 後期 (広域連合). */
  insurerNumber: string;
  /** 都道府県番号 whose finances the claim falls on (国保: the 都道府県; 後期: the 広域連合's prefecture). */
  prefecture: string;
  /** 診療年月 'YYYY-MM': the month and 年度 the claim is counted in. */
  serviceMonth: string;
  /** 医療費 (総医療費 = 請求点数 × 10円), the claim's total after review, in yen; ≥ 0. */
  medicalCost: number;
  scheme: PoolingScheme;
}

export interface ProgrammeTotals {
  /** Claims that count for the programme. */
  claims: number;
  /** Their 医療費. */
  medicalCost: Yen;
  /** Σ of the counted parts. */
  countedPart: Yen;
}

export interface HighCostTotals extends ProgrammeTotals {
  /** ¼ of countedPart, borne by 国 and (the same amount) by the 都道府県 — reference §6 marks ¼ + ¼ [U]. */
  quarterShare: Yen;
}

export interface PoolingTotals {
  /** Every claim of the group, counted or not. */
  claims: number;
  medicalCost: Yen;
  /** 高額医療費共同事業 (国保 only; zero for 後期). */
  highCost: HighCostTotals;
  /** 特別高額医療費共同事業. */
  extraHighCost: ProgrammeTotals;
}

export interface InsurerMonthPooling extends PoolingTotals { insurerNumber: string; prefecture: PrefectureCode; scheme: PoolingScheme; month: string }
export interface InsurerYearPooling extends PoolingTotals { insurerNumber: string; prefecture: PrefectureCode; scheme: PoolingScheme; fiscalYear: number; fiscalYearLabel: string }
export interface PrefectureMonthPooling extends PoolingTotals { prefecture: PrefectureCode; scheme: PoolingScheme; month: string }
export interface PrefectureYearPooling extends PoolingTotals { prefecture: PrefectureCode; scheme: PoolingScheme; fiscalYear: number; fiscalYearLabel: string }
export interface NationalMonthPooling extends PoolingTotals { scheme: PoolingScheme; month: string }
export interface NationalYearPooling extends PoolingTotals { scheme: PoolingScheme; fiscalYear: number; fiscalYearLabel: string }

/**
 * Every aggregate of a list of claims. Rows exist for each group with at least one claim, ordered by
 * prefecture code, scheme (国保 before 後期), insurer number, then month or 年度.
 */
export interface PoolingSummary {
  byInsurerMonth: InsurerMonthPooling[];
  byInsurerFiscalYear: InsurerYearPooling[];
  byPrefectureMonth: PrefectureMonthPooling[];
  byPrefectureFiscalYear: PrefectureYearPooling[];
  nationalByMonth: NationalMonthPooling[];
  nationalByFiscalYear: NationalYearPooling[];
}

export type PoolingErrorCode =
  | 'emptyInsurer' | 'unknownPrefecture' | 'badMonth' | 'badAmount' | 'unknownScheme'
  | 'schemeMismatch' | 'inconsistentInsurer' | 'tooLarge' | 'noBasis' | 'badYears';

export const POOLING_ERROR_MESSAGES: Record<PoolingErrorCode, string> = {
  emptyInsurer: '保険者番号がありません',
  unknownPrefecture: '都道府県番号が正しくありません（01〜47）',
  badMonth: '診療年月が正しくありません（YYYY-MM）',
  badAmount: '医療費が0以上の整数（円）ではありません',
  unknownScheme: '制度が正しくありません（国保 または 後期）',
  schemeMismatch: '保険者番号の形が制度と一致しません（国保は6桁、後期は39で始まる8桁）',
  inconsistentInsurer: '同じ保険者番号に異なる都道府県または制度があります',
  tooLarge: '医療費の合計が安全に扱える整数の範囲（2^53−1円）を超えます',
  noBasis: '按分の基礎となる額がありません（対象年度の交付対象額が0円）',
  badYears: '年度の指定が正しくありません',
};

export interface PoolingError {
  code: PoolingErrorCode;
  /** Position of the claim in the input (0-based); -1 for the input as a whole. */
  index: number;
  message: string;
}

export function poolingError(code: PoolingErrorCode, index = -1): PoolingError {
  return { code, index, message: `${index >= 0 ? `${index + 1}件目 ` : ''}${POOLING_ERROR_MESSAGES[code]}` };
}
