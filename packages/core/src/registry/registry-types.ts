/**
 * The registries a federation keeps: who insures, who bills, who is covered and when.
 * The tenant (federation) is not a field of these records: storage binds it per transaction.
 *
 * Date conventions: `validFrom`/`validTo` are inclusive days (validTo undefined = open). Coverage
 * uses the domain's own pair: `acquiredOn` (資格取得年月日, first covered day) and `lostOn`
 * (資格喪失年月日, the first day NOT covered — e.g. the day after death or after moving out),
 * so a period is the half-open range [acquiredOn, lostOn).
 */
import type { IsoDate } from '../common/dates.ts';
import type { FederationCode, PrefectureCode } from '../common/prefectures.ts';
import type { AcquireReason, LoseReason } from './eligibility-reasons.ts';
import type { IncomeCategory } from './income-categories.ts';
import type { InsuranceCard } from './insurance-card.ts';
import type { InsurerKind } from './insurer-number.ts';
import type { ProviderFeeTable, ProviderKind } from './provider-code.ts';

export interface Federation {
  code: FederationCode;
  name: string;
}

export interface Insurer {
  /** 保険者番号, 6 digits (国保, 国保組合) or 8 (後期, 法別 39). */
  number: string;
  kind: InsurerKind;
  /** '39' for 後期高齢者医療; 国保 numbers carry no 法別番号. */
  lawNumber: '39' | undefined;
  prefecture: PrefectureCode;
  name: string;
  validFrom: IsoDate;
  validTo: IsoDate | undefined;
}

export interface Provider {
  /** 10-digit national code: prefecture + fee table + 7-digit local code. */
  code: string;
  feeTable: ProviderFeeTable;
  kind: ProviderKind;
  name: string;
  /** 許可病床数; undefined for pharmacies and home nursing. */
  beds: number | undefined;
  validFrom: IsoDate;
  validTo: IsoDate | undefined;
}

/** 世帯: the unit of premiums and of high-cost benefit aggregation, within one insurer. */
export interface Household {
  insurerNumber: string;
  /** 世帯番号, assigned by the insurer. */
  householdNumber: string;
  /**
   * 世帯主 name. Kept on the household because the householder may be outside the insurance
   * (擬制世帯主: e.g. an employee whose family is in 国保).
   */
  householderName: string | undefined;
}

export type Sex = 'male' | 'female';
/** 別表6 男女区分. */
export const SEX_LABELS: Record<Sex, string> = { male: '男', female: '女' };
export const SEX_UKE_CODES: Record<Sex, '1' | '2'> = { male: '1', female: '2' };

declare const tokenBrand: unique symbol;
/**
 * Keyed HMAC-SHA256 of the 個人番号 (64 lowercase hex). The brand keeps a clear number from being
 * stored where a token belongs; only the store's tokeniser makes one.
 */
export type IndividualNumberToken = string & { readonly [tokenBrand]: true };

export interface InsuredPerson {
  /** The federation-wide person id (都道府県被保険者ID): stable across moves within the prefecture. */
  personId: string;
  /** Current insurer and card; the coverage history with each period's card is in EligibilityPeriod. */
  insurerNumber: string;
  card: InsuranceCard;
  householdNumber: string | undefined;
  isHouseholder: boolean;
  /** 'ヤマダ タロウ'-style names as on the card; full-width kana for nameKana. */
  name: string;
  nameKana: string | undefined;
  sex: Sex;
  birthDate: IsoDate;
  /** Current 所得区分; undefined while not determined (treated by the benefit rules). */
  incomeCategory: IncomeCategory | undefined;
  individualNumberToken: IndividualNumberToken | undefined;
}

/** One continuous coverage of a person by one insurer under one card. */
export interface EligibilityPeriod {
  personId: string;
  insurerNumber: string;
  card: InsuranceCard;
  acquiredOn: IsoDate;
  /** First day without coverage; undefined while covered. */
  lostOn: IsoDate | undefined;
  acquireReason: AcquireReason;
  loseReason: LoseReason | undefined;
}

/** A 公費負担者 (payer of a public expense programme) known to the federation. */
export interface PublicExpenseProgram {
  /** 公費負担者番号 (8 digits). */
  payerNumber: string;
  lawNumber: string;
  prefecture: PrefectureCode;
  name: string;
  validFrom: IsoDate;
  validTo: IsoDate | undefined;
}
