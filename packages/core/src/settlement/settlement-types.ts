/**
 * 全国決済 (national settlement), the pure core. A provider bills only its own prefecture's
 * federation, even for a patient insured in another prefecture; the central association (国保中央会)
 * then settles between federations: the federation of the insurer's prefecture owes the federation
 * where the provider is (seed 001 「診療報酬等全国決済業務の実施」, seed 000 参考資料1,
 * rules-reference.md §10.2 [V for the principle; the netting mechanics are marked U there]).
 */
import type { FederationCode } from '../common/prefectures.ts';
import type { Yen } from '../common/money.ts';

/** Where an amount comes from: a decided claim, or a later 過誤 / 再審査 that changes (reverses) one. */
export type SettlementItemKind = 'claim' | 'correction' | 'reReview';
export const SETTLEMENT_ITEM_KINDS: Record<SettlementItemKind, string> = {
  claim: '審査決定',
  correction: '過誤調整',
  reReview: '再審査',
};

/**
 * One priced claim (or one correction of a claim) of the month, as the settlement sees it. Amounts are
 * integer yen and may be negative: a reversal in a later month carries the opposite amounts.
 */
export interface SettlementClaim {
  /** Identifies the claim for the paying federation's detail; a claim and its reversal may share it. */
  claimKey: string;
  /** 都道府県番号 of the federation the provider billed (医療機関等の所在する都道府県). */
  providerFederation: string;
  /** 都道府県番号 of the federation of the insurer's prefecture (保険者の属する都道府県). */
  insurerFederation: string;
  /** 保険者番号: the paying federation bills this insurer. */
  insurerNumber: string;
  /** 保険者負担 in yen. */
  insurerPays: number;
  /**
   * 公費 share in yen that the insurer's federation collects and so owes on. Leave it out for 公費 the
   * provider's federation bills itself: the reference does not say how 公費 crosses prefectures.
   */
  publicExpensePays?: number;
  providerCode?: string;
  /** 診療年月 'YYYY-MM' (for the detail only). */
  serviceMonth?: string;
  /** 'claim' when absent. */
  kind?: SettlementItemKind;
}

/** A validated claim: known federations, integer amounts, its settled amount. */
export interface ValidSettlementClaim {
  claimKey: string;
  providerFederation: FederationCode;
  insurerFederation: FederationCode;
  insurerNumber: string;
  insurerPays: Yen;
  publicExpensePays: Yen;
  /** insurerPays + publicExpensePays: what the insurer's federation owes the provider's. */
  amount: Yen;
  providerCode: string | undefined;
  serviceMonth: string | undefined;
  kind: SettlementItemKind;
}

/** Totals of a set of settled claims. `amount` = `insurerPays` + `publicExpensePays`. */
export interface SettlementTotals {
  /** Number of records (a reversal counts as one record). */
  claims: number;
  insurerPays: Yen;
  publicExpensePays: Yen;
  amount: Yen;
}

export type SettlementErrorCode = 'emptyKey' | 'unknownFederation' | 'emptyInsurer' | 'notInteger' | 'badMonth' | 'unknownKind' | 'tooLarge';

export const SETTLEMENT_ERROR_MESSAGES: Record<SettlementErrorCode, string> = {
  emptyKey: 'レセプトの識別子がありません',
  unknownFederation: '都道府県番号が正しくありません（01〜47）',
  emptyInsurer: '保険者番号がありません',
  notInteger: '金額が整数（円）ではありません',
  badMonth: '診療年月が正しくありません（YYYY-MM）',
  unknownKind: '区分が正しくありません（claim / correction / reReview）',
  tooLarge: '金額の絶対値の合計が安全に扱える整数の範囲（2^53−1円）を超えます',
};

export type SettlementField = 'claimKey' | 'providerFederation' | 'insurerFederation' | 'insurerNumber' | 'insurerPays' | 'publicExpensePays' | 'serviceMonth' | 'kind' | 'records';

export const SETTLEMENT_FIELD_LABELS: Record<SettlementField, string> = {
  claimKey: 'レセプト',
  providerFederation: '医療機関側の連合会',
  insurerFederation: '保険者側の連合会',
  insurerNumber: '保険者番号',
  insurerPays: '保険者負担額',
  publicExpensePays: '公費負担額',
  serviceMonth: '診療年月',
  kind: '区分',
  records: '全体',
};

export interface SettlementError {
  code: SettlementErrorCode;
  /** Position of the record in the input (0-based); -1 for the input as a whole. */
  index: number;
  field: SettlementField;
  message: string;
}

export function settlementError(code: SettlementErrorCode, index: number, field: SettlementField): SettlementError {
  const where = index >= 0 ? `${index + 1}件目 ` : '';
  return { code, index, field, message: `${where}${SETTLEMENT_FIELD_LABELS[field]}: ${SETTLEMENT_ERROR_MESSAGES[code]}` };
}
