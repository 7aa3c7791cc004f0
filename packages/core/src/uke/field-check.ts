/**
 * Checks one record's fields against its layout (uke-format.md §1 field modes; spec 第1章3(3)ウ).
 * This runs on every field of every claim, so it is one charCode loop per field, computing mode and
 * Shift_JIS byte length together, and allocates only when it reports something.
 */
import { warekiToIsoDate, warekiToYearMonth } from '../common/dates.ts';
import { CODE_TABLES, type CodeTableName } from './code-tables.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { UkeErrorCode } from './error-codes.ts';
import type { FieldDef, RecordLayout } from './layout-types.ts';
import type { LineFields } from './line-fields.ts';
import type { UkeError } from './types.ts';

const CODE_ERROR: Partial<Record<CodeTableName, UkeErrorCode>> = {
  treatmentCategory: 'UKE-E032',
  burden: 'UKE-E033',
  sex: 'UKE-E034',
  outcome: 'UKE-E035',
};

/**
 * Codes of each 別表 as numbers built from their characters (all codes are ASCII, ≤ 4 chars), so a
 * membership test reads the line in place instead of cutting a substring.
 */
const CODE_KEYS = new Map<CodeTableName, Set<number>>(
  (Object.keys(CODE_TABLES) as CodeTableName[]).map((t) => [t, new Set(Object.keys(CODE_TABLES[t].codes).map((c) => codeKey(c, 0, c.length)))]),
);

function codeKey(t: string, a: number, b: number): number {
  if (b - a > 4) return -1;
  let k = 0;
  for (let p = a; p < b; p++) {
    const c = t.charCodeAt(p);
    if (c >= 0x80) return -1;
    k = k * 128 + c;
  }
  return k * 8 + (b - a);
}

/**
 * Fields 1..given-1 of the line → errors appended to `out`. Missing fields were reported by the caller.
 * `lenient` (unverified 調剤 / 歯科 layouts, whose lengths come from older editions): any value longer
 * than its maximum is the warning UKE-W009; modes, fixed lengths, dates and codes stay errors.
 */
export function checkFields(layout: RecordLayout, lf: LineFields, given: number, line: number, diag: Diagnostics, out: UkeError[], lenient = false): void {
  const defs = layout.fields;
  const n = Math.min(defs.length, given);
  const t = lf.text;
  for (let i = 1; i < n; i++) {
    const a = lf.start[i]!, b = lf.end[i]!;
    const d = defs[i]!;
    if (a === b) {
      if (d.required) out.push(diag.make('UKE-E020', line, layout.id, d.name, d.ja));
      continue;
    }
    // Fast path for the commonest field, a plain 数字 count or amount (回数, 点数, the 31 days):
    // digits only, within length, no leading zero. Anything else goes through the full check.
    if (d.plainNumber && b - a <= d.bytes && (b - a === 1 || t.charCodeAt(a) !== 0x30)) {
      let p = a;
      while (p < b) {
        const c = t.charCodeAt(p);
        if (c < 0x30 || c > 0x39) break;
        p++;
      }
      if (p === b) continue;
    }
    checkValue(layout.id, d, t, a, b, line, diag, out, lenient);
  }
}

function checkValue(record: string, d: FieldDef, t: string, a: number, b: number, line: number, diag: Diagnostics, out: UkeError[], lenient: boolean): void {
  const len = b - a;
  let bytes = 0;
  let half = 0;
  let bad = -1;
  let dots = 0;
  let gaiji = -1;
  switch (d.mode) {
    case 'N':
      for (let i = a; i < b; i++) {
        const c = t.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) continue;
        if (c === 0x2e && d.decimal !== undefined && dots++ === 0) continue;
        bad = c;
        break;
      }
      // U+FFFD (undecodable bytes) is reported once per line as UKE-E011, not again here.
      if (bad >= 0) return void (bad !== 0xfffd && out.push(diag.make('UKE-E021', line, record, d.name, `${d.ja}: ${t.slice(a, b)}`)));
      bytes = len;
      break;
    case 'A':
      for (let i = a; i < b; i++) {
        const c = t.charCodeAt(i);
        if ((c >= 0x20 && c <= 0x7e) || (c >= 0xff61 && c <= 0xff9f)) continue;
        bad = c;
        break;
      }
      if (bad >= 0) return void (bad !== 0xfffd && out.push(diag.make('UKE-E022', line, record, d.name, `${d.ja}: ${t.slice(a, b)}`)));
      bytes = len;
      break;
    case 'K':
      for (let i = a; i < b; i++) {
        const c = t.charCodeAt(i);
        if (c < 0x80 || (c >= 0xff61 && c <= 0xff9f)) {
          bad = c;
          break;
        }
        if (c >= 0xe000 && c <= 0xf8ff) gaiji = c;
      }
      bytes = len * 2;
      if (bad >= 0) return void out.push(diag.make('UKE-E023', line, record, d.name, `${d.ja}: ${t.slice(a, b)}`));
      if (gaiji >= 0) return void out.push(diag.make('UKE-E013', line, record, d.name, `${d.ja}: U+${gaiji.toString(16).toUpperCase()}`));
      break;
    case 'AK':
      for (let i = a; i < b; i++) {
        const c = t.charCodeAt(i);
        if (c < 0x80 || (c >= 0xff61 && c <= 0xff9f)) {
          if (c < 0x20 || c === 0x7f) bad = c;
          half++;
        } else if (c >= 0xe000 && c <= 0xf8ff) gaiji = c;
      }
      bytes = half + (len - half) * 2;
      if (bad >= 0) return void out.push(diag.make('UKE-E022', line, record, d.name, `${d.ja}: ${t.slice(a, b)}`));
      if (gaiji >= 0) return void out.push(diag.make('UKE-E013', line, record, d.name, `${d.ja}: U+${gaiji.toString(16).toUpperCase()}`));
      if (half !== 0 && half !== len) return void out.push(diag.make('UKE-E024', line, record, d.name, `${d.ja}: ${t.slice(a, b)}`));
      break;
  }
  if (d.bytes > 0 && bytes > d.bytes) {
    // Text (漢字 / 英数又は漢字) gets its own code: producers in use write longer names (UKE-W009).
    const code = lenient || d.mode === 'K' || d.mode === 'AK' ? 'UKE-W009' : 'UKE-E025';
    out.push(diag.make(code, line, record, d.name, `${d.ja}: ${bytes}バイト（最大${d.bytes}バイト）`));
    return;
  }
  if (d.date !== undefined) return checkCalendar(record, d, t.slice(a, b), line, diag, out);
  if (d.fixed && bytes !== d.bytes) {
    out.push(diag.make('UKE-E026', line, record, d.name, `${d.ja}: ${t.slice(a, b)}（${d.bytes}桁）`));
    return;
  }
  if (d.decimal !== undefined && dots > 0) {
    const dot = t.indexOf('.', a);
    const intDigits = dot - a;
    const fracDigits = b - dot - 1;
    if (intDigits > d.decimal[0] || fracDigits > d.decimal[1] || intDigits === 0 || fracDigits === 0) {
      out.push(diag.make('UKE-E030', line, record, d.name, `${d.ja}: ${t.slice(a, b)}（整数部${d.decimal[0]}桁・小数部${d.decimal[1]}桁）`));
      return;
    }
  } else if (d.decimal !== undefined && len > d.decimal[0]) {
    out.push(diag.make('UKE-E030', line, record, d.name, `${d.ja}: ${t.slice(a, b)}（整数部${d.decimal[0]}桁・小数部${d.decimal[1]}桁）`));
    return;
  }
  if (d.codeLength > 0) {
    if (bytes % d.codeLength !== 0) {
      out.push(diag.make('UKE-E029', line, record, d.name, `${d.ja}: ${t.slice(a, b)}（${d.codeLength}の倍数）`));
      return;
    }
    if (d.code !== undefined) {
      const keys = CODE_KEYS.get(d.code)!;
      for (let i = a; i < b; i += d.codeLength) {
        if (!keys.has(codeKey(t, i, i + d.codeLength))) return reportCode(record, d, d.code, t.slice(i, i + d.codeLength), line, diag, out);
      }
    }
  } else if (d.code !== undefined && !CODE_KEYS.get(d.code)!.has(codeKey(t, a, b))) {
    return reportCode(record, d, d.code, t.slice(a, b), line, diag, out);
  }
  if (d.quantity && len > 1 && t.charCodeAt(a) === 0x30 && t.charCodeAt(a + 1) !== 0x2e) {
    out.push(diag.make('UKE-W007', line, record, d.name, `${d.ja}: ${t.slice(a, b)}`));
  }
}

function reportCode(record: string, d: FieldDef, table: CodeTableName, v: string, line: number, diag: Diagnostics, out: UkeError[]): void {
  const code = CODE_ERROR[table] ?? 'UKE-E036';
  out.push(diag.make(code, line, record, d.name, `${CODE_TABLES[table].title}: ${v}`));
}

/** 8/6 digits = 西暦; 7/5 digits = legacy 和暦 GYYMMDD / GYYMM (uke-format.md §1, detect by length). */
function checkCalendar(record: string, d: FieldDef, v: string, line: number, diag: Diagnostics, out: UkeError[]): void {
  if (d.date === 'date') {
    if (toIsoDate(v) === undefined) out.push(diag.make('UKE-E027', line, record, d.name, `${d.ja}: ${v}`));
  } else if (toYearMonth(v) === undefined) {
    out.push(diag.make('UKE-E028', line, record, d.name, `${d.ja}: ${v}`));
  }
}

export function toIsoDate(v: string): string | undefined {
  return v.length === 8 ? westernDate(v) : v.length === 7 ? warekiToIsoDate(v) : undefined;
}

export function toYearMonth(v: string): string | undefined {
  return v.length === 6 ? westernMonth(v) : v.length === 5 ? warekiToYearMonth(v) : undefined;
}

/**
 * compactToIsoDate without its regex and Date: two or three dates per claim, checked and then
 * converted, made this a visible share of the parse. Same results (pinned in field-check.test.ts).
 */
function westernDate(v: string): string | undefined {
  if (!allDigits(v)) return undefined;
  const y = num(v, 0, 4), m = num(v, 4, 6), d = num(v, 6, 8);
  if (m < 1 || m > 12 || d < 1) return undefined;
  const dim = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > dim) return undefined;
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
}

function westernMonth(v: string): string | undefined {
  if (!allDigits(v)) return undefined;
  const m = num(v, 4, 6);
  return m >= 1 && m <= 12 ? `${v.slice(0, 4)}-${v.slice(4, 6)}` : undefined;
}

function allDigits(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function num(v: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) n = n * 10 + v.charCodeAt(i) - 0x30;
  return n;
}
