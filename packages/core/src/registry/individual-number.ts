/**
 * 個人番号 (individual number, マイナンバー): 11 digits + 1 check digit. Validated here so that garbage is
 * refused before tokenisation; it is never stored in clear (see @kokuho/store registry tokenisation).
 *
 * Check digit (番号法施行令 §8 and 総務省令 §5, as quoted at xn--u9jwfseya1eugsc9884bqx0c.com/math):
 *   11 − (Σ_{n=1..11} Pn × Qn mod 11), or 0 when that remainder is ≤ 1,
 *   Pn = n-th digit counted from the lowest digit before the check digit, Qn = n + 1 (n ≤ 6), n − 5 (n ≥ 7).
 */
import { fail, ok, type Result } from '../common/result.ts';
import { isAsciiDigits } from './check-digit.ts';
import { registryError, type RegistryError } from './registry-errors.ts';

declare const individualNumberBrand: unique symbol;
/** A validated individual number in clear: only ever held in memory on its way to the tokeniser. */
export type IndividualNumber = string & { readonly [individualNumberBrand]: true };

export function individualNumberCheckDigit(body11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = body11.charCodeAt(11 - n) - 48;
    sum += p * (n <= 6 ? n + 1 : n - 5);
  }
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

export function parseIndividualNumber(raw: string): Result<IndividualNumber, RegistryError> {
  // Errors never echo the input: it is personal data even when mistyped.
  const s = raw.trim();
  if (s === '') return fail(registryError('empty', 'individualNumber'));
  if (!isAsciiDigits(s)) return fail(registryError('notDigits', 'individualNumber'));
  if (s.length !== 12) return fail(registryError('badLength', 'individualNumber'));
  if (individualNumberCheckDigit(s.slice(0, 11)) !== s.charCodeAt(11) - 48) return fail(registryError('checkDigit', 'individualNumber'));
  return ok(s as IndividualNumber);
}
