/**
 * 検証番号 (check digit) shared by 保険者番号, 公費負担者番号, 受給者番号 and 医療機関コード.
 *
 * Source: 厚生労働省「保険者番号、公費負担者番号、公費負担医療の受給者番号並びに医療機関コード及び
 * 薬局コード設定要領」(mhlw.go.jp/topics/2008/03/dl/tp0305-1az_0004.pdf), as quoted with the worked example
 * 33120015 at http://www5f.biglobe.ne.jp/~h-it/mlcont/mc0124.htm and iryoujimu-blog.com (2018-05-15):
 *   (1) multiply the digits by 2 and 1 alternately, starting with 2 at the last digit before the check digit;
 *   (2) add the products, a two-digit product counting as the sum of its digits;
 *   (3) the check digit is 10 minus the last digit of that sum, or 0 when that last digit is 0.
 * This is the Luhn scheme. The worked examples in the tests are numbers printed in public sources.
 */

/** Check digit for `body` (the digits before it). `body` must be ASCII digits; no validation here. */
export function checkDigitOf(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, weight = 2; i >= 0; i--, weight = 3 - weight) {
    const p = (body.charCodeAt(i) - 48) * weight;
    sum += p > 9 ? p - 9 : p; // digits of a product ≤ 18 sum to p − 9
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `digits` is the check digit of the others. */
export function hasValidCheckDigit(digits: string): boolean {
  return digits.length >= 2 && checkDigitOf(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}

export function isAsciiDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}
