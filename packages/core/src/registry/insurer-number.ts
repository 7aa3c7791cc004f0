/**
 * 保険者番号 (insurerNumber). Structure per system-map.md "Which claims reach a federation":
 *   市町村国保               6 digits: prefecture 2 + insurer 3 + check digit 1
 *   国民健康保険組合         6 digits, the third digit is 3
 *   後期高齢者医療広域連合   8 digits: 法別番号 39 + prefecture 2 + insurer 3 + check digit 1
 *   employees' insurers      8 digits with another 法別番号 (01, 06, 31–34 …): parsed, but not ours
 * HO records right-align the number in 8 characters (`␣␣138057`), so surrounding spaces are dropped.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { isPrefectureCode, type PrefectureCode } from '../common/prefectures.ts';
import { hasValidCheckDigit, isAsciiDigits } from './check-digit.ts';
import { isHealthInsuranceLaw, LATE_ELDERLY_LAW, NHI_RETIREE_LAW, type HealthInsuranceLaw } from './law-numbers.ts';
import { registryError, type RegistryError, type RegistryField } from './registry-errors.ts';

/** The insurers a federation handles. */
export type InsurerKind = 'municipal' | 'nhiUnion' | 'lateElderly';
export const INSURER_KINDS: Record<InsurerKind, string> = {
  municipal: '市町村国保',
  nhiUnion: '国民健康保険組合',
  lateElderly: '後期高齢者医療広域連合',
};

/** Every scheme a 保険者番号 can name; the last two never reach a federation today. */
export type InsurerScheme = InsurerKind | 'nhiRetiree' | 'employee';

export interface InsurerNumber {
  /** Digits only, without padding: '138057', '39131008'. */
  value: string;
  scheme: InsurerScheme;
  /** 法別番号 of an 8-digit number; 6-digit 国保 numbers carry none. */
  lawNumber: HealthInsuranceLaw | undefined;
  prefecture: PrefectureCode;
  /** 保険者別番号 (3 digits). */
  insurerSerial: string;
  /** True for the schemes claims bring to a federation (審査支払機関 2). */
  reachesFederation: boolean;
}

export function parseInsurerNumber(raw: string, field: RegistryField = 'insurerNumber'): Result<InsurerNumber, RegistryError> {
  const s = raw.trim();
  if (s === '') return fail(registryError('empty', field, raw));
  if (!isAsciiDigits(s)) return fail(registryError('notDigits', field, raw));
  if (s.length !== 6 && s.length !== 8) return fail(registryError('badLength', field, raw));
  const errors: RegistryError[] = [];
  const law = s.length === 8 ? s.slice(0, 2) : undefined;
  if (law !== undefined && !isHealthInsuranceLaw(law)) errors.push(registryError('notHealthInsuranceLaw', field, raw));
  const body = law === undefined ? s : s.slice(2);
  const prefecture = body.slice(0, 2);
  if (!isPrefectureCode(prefecture)) errors.push(registryError('unknownPrefecture', field, raw));
  if (!hasValidCheckDigit(s)) errors.push(registryError('checkDigit', field, raw));
  if (errors.length) return fail(...errors);
  const scheme: InsurerScheme =
    law === undefined ? (body[2] === '3' ? 'nhiUnion' : 'municipal')
    : law === LATE_ELDERLY_LAW ? 'lateElderly'
    : law === NHI_RETIREE_LAW ? 'nhiRetiree'
    : 'employee';
  return ok({
    value: s,
    scheme,
    lawNumber: law as HealthInsuranceLaw | undefined,
    prefecture: prefecture as PrefectureCode,
    insurerSerial: body.slice(2, 5),
    reachesFederation: scheme === 'municipal' || scheme === 'nhiUnion' || scheme === 'lateElderly',
  });
}

export interface FederationInsurerNumber extends InsurerNumber {
  scheme: InsurerKind;
}

/** A number of an insurer that a federation serves; employees' insurers and 退職者医療 are refused. */
export function parseFederationInsurerNumber(raw: string, field: RegistryField = 'insurerNumber'): Result<FederationInsurerNumber, RegistryError> {
  const r = parseInsurerNumber(raw, field);
  if (!r.ok) return r;
  if (r.value.scheme === 'employee') return fail(registryError('employeeInsurer', field, raw));
  if (r.value.scheme === 'nhiRetiree') return fail(registryError('abolishedScheme', field, raw));
  return ok(r.value as FederationInsurerNumber);
}
