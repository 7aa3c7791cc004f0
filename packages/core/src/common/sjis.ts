/**
 * Length in Shift_JIS (CP932) bytes, as the 記録条件仕様 measures every field.
 * ASCII and half-width katakana take one byte; everything CP932 can encode otherwise takes two.
 * Computed from code points, without encoding: this runs on every field of every claim.
 */
export function sjisByteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2;
  }
  return n;
}

/** True when every character is half-width (1 byte in Shift_JIS). */
export function isHalfWidth(s: string): boolean {
  return sjisByteLength(s) === s.length;
}

/** True when every character is full-width (2 bytes in Shift_JIS). */
export function isFullWidth(s: string): boolean {
  return sjisByteLength(s) === s.length * 2;
}
