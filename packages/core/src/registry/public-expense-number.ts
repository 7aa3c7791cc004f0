/**
 * 公費負担者番号 (payerNumber) and 公費負担医療の受給者番号 (recipientNumber), per the 設定要領
 * (mhlw.go.jp/topics/2008/03/dl/tp0305-1az_0004.pdf, structure as quoted by nanbyo.ukure.com and
 * chigasaki-localtkt.com): payer = 法別番号 2 + 都道府県 2 + 実施機関 3 + 検証番号 1; recipient = 6 digits +
 * 検証番号 1. Both use the check digit of check-digit.ts (worked example 54016027 on nanbyo.ukure.com).
 * Local welfare programmes may issue recipient numbers of their own form; callers decide for those.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { isPrefectureCode, type PrefectureCode } from '../common/prefectures.ts';
import { hasValidCheckDigit, isAsciiDigits } from './check-digit.ts';
import { isHealthInsuranceLaw, publicExpenseLawName } from './law-numbers.ts';
import { registryError, type RegistryError } from './registry-errors.ts';

export interface PublicExpensePayerNumber {
  value: string;
  lawNumber: string;
  /** Name of the programme when the 法別番号 is a known one. */
  lawName: string | undefined;
  prefecture: PrefectureCode;
  /** 実施機関番号 (3 digits). */
  agencyNumber: string;
}

export function parsePublicExpensePayerNumber(raw: string): Result<PublicExpensePayerNumber, RegistryError> {
  const s = raw.trim();
  if (s === '') return fail(registryError('empty', 'payerNumber', raw));
  if (!isAsciiDigits(s)) return fail(registryError('notDigits', 'payerNumber', raw));
  if (s.length !== 8) return fail(registryError('badLength', 'payerNumber', raw));
  const errors: RegistryError[] = [];
  const law = s.slice(0, 2);
  // An insurer's 8-digit number typed into the payer field is the usual mistake this catches.
  if (law === '00' || isHealthInsuranceLaw(law)) errors.push(registryError('notPublicExpenseLaw', 'payerNumber', raw));
  const prefecture = s.slice(2, 4);
  if (!isPrefectureCode(prefecture)) errors.push(registryError('unknownPrefecture', 'payerNumber', raw));
  if (!hasValidCheckDigit(s)) errors.push(registryError('checkDigit', 'payerNumber', raw));
  if (errors.length) return fail(...errors);
  return ok({ value: s, lawNumber: law, lawName: publicExpenseLawName(law), prefecture: prefecture as PrefectureCode, agencyNumber: s.slice(4, 7) });
}

/** 受給者番号: exactly 7 digits (KO records zero-fill it), the last being the check digit. */
export function parseRecipientNumber(raw: string): Result<string, RegistryError> {
  const s = raw.trim();
  if (s === '') return fail(registryError('empty', 'recipientNumber', raw));
  if (!isAsciiDigits(s)) return fail(registryError('notDigits', 'recipientNumber', raw));
  if (s.length !== 7) return fail(registryError('badLength', 'recipientNumber', raw));
  if (!hasValidCheckDigit(s)) return fail(registryError('checkDigit', 'recipientNumber', raw));
  return ok(s);
}
