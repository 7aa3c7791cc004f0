/**
 * 医療機関コード / 薬局コード / 訪問看護ステーションコード (providerCode).
 *
 * The 7 digits on a claim (IR 医療機関コード) are 郡市区番号 2 + 医療機関番号 4 + 検証番号 1. The check digit
 * is computed over the 9 digits 都道府県 2 + 点数表 1 + 郡市区 2 + 機関番号 4, so the 7 digits cannot be
 * checked alone; the full national form is those 10 digits (処方箋, IR 都道府県 + 点数表 + 医療機関コード).
 * Source: Wikipedia「処方箋発行医療機関コード」(「末尾の検証番号は2桁の都道府県番号および1桁の点数表番号
 * （または算定表番号）と合わせて算出する」, citing the 設定要領; example 0110113719), with the same weighted
 * algorithm as the 保険者番号 (its check digit 9 holds only over 9 digits, not over 6). A second real code,
 * 徳島大学病院 (徳島県, 郡市区 80, 機関番号 1001, 検証番号 5 in the 厚生局 listing quoted by myozai119.jp),
 * checks over 3618010015 and fails over the 6 local digits alone.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { isPrefectureCode, type PrefectureCode } from '../common/prefectures.ts';
import { hasValidCheckDigit, isAsciiDigits } from './check-digit.ts';
import { registryError, type RegistryError } from './registry-errors.ts';

/** 点数表番号 / 算定表番号 of the providers whose claims a federation reviews. */
export const PROVIDER_FEE_TABLES = { '1': '医科', '3': '歯科', '4': '調剤', '6': '訪問看護' } as const;
export type ProviderFeeTable = keyof typeof PROVIDER_FEE_TABLES;

export type ProviderKind = 'clinic' | 'hospital' | 'dental' | 'pharmacy' | 'homeNursing';
export const PROVIDER_KINDS: Record<ProviderKind, string> = {
  clinic: '診療所',
  hospital: '病院',
  dental: '歯科',
  pharmacy: '保険薬局',
  homeNursing: '訪問看護ステーション',
};

/** 医療法 §1-5: a hospital has 20 or more beds; below that it is a clinic (診療所). */
export const HOSPITAL_MIN_BEDS = 20;

export function isProviderFeeTable(s: string): s is ProviderFeeTable {
  return Object.prototype.hasOwnProperty.call(PROVIDER_FEE_TABLES, s);
}

export interface ProviderCode {
  /** The 10-digit national form: prefecture + fee table + local code. */
  value: string;
  prefecture: PrefectureCode;
  feeTable: ProviderFeeTable;
  /** The 7 digits written on claims. */
  localCode: string;
  /** 郡市区番号 (2 digits). */
  areaNumber: string;
  /** 医療機関番号 (4 digits). */
  institutionNumber: string;
}

/** Parses the 10-digit form. */
export function parseProviderCode(raw: string): Result<ProviderCode, RegistryError> {
  const s = raw.trim();
  if (s === '') return fail(registryError('empty', 'providerCode', raw));
  if (!isAsciiDigits(s)) return fail(registryError('notDigits', 'providerCode', raw));
  if (s.length !== 10) return fail(registryError('badLength', 'providerCode', raw));
  const errors: RegistryError[] = [];
  const prefecture = s.slice(0, 2);
  const feeTable = s[2]!;
  if (!isPrefectureCode(prefecture)) errors.push(registryError('unknownPrefecture', 'providerCode', raw));
  if (!isProviderFeeTable(feeTable)) errors.push(registryError('unknownFeeTable', 'providerCode', raw));
  if (!hasValidCheckDigit(s)) errors.push(registryError('checkDigit', 'providerCode', raw));
  if (errors.length) return fail(...errors);
  return ok({
    value: s,
    prefecture: prefecture as PrefectureCode,
    feeTable: feeTable as ProviderFeeTable,
    localCode: s.slice(3),
    areaNumber: s.slice(3, 5),
    institutionNumber: s.slice(5, 9),
  });
}

/** Builds and checks the code from the parts a claim file carries (IR: 都道府県, 点数表, 医療機関コード). */
export function providerCodeOf(prefecture: string, feeTable: string, localCode: string): Result<ProviderCode, RegistryError> {
  const local = localCode.trim();
  if (local === '') return fail(registryError('empty', 'providerCode', localCode));
  if (!isAsciiDigits(local)) return fail(registryError('notDigits', 'providerCode', localCode));
  if (local.length !== 7) return fail(registryError('badLength', 'providerCode', localCode));
  return parseProviderCode(`${prefecture}${feeTable}${local}`);
}

/** The kind a provider of this fee table and bed count is. */
export function providerKindOf(feeTable: ProviderFeeTable, beds: number | undefined): ProviderKind {
  switch (feeTable) {
    case '1':
      return (beds ?? 0) >= HOSPITAL_MIN_BEDS ? 'hospital' : 'clinic';
    case '3':
      return 'dental';
    case '4':
      return 'pharmacy';
    case '6':
      return 'homeNursing';
  }
}
