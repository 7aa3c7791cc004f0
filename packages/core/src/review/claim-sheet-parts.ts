/** Pieces shared by the 医科 and the 調剤 / 歯科 claim sheets. */
import {
  compactToIsoDate, compactToYearMonth, formatWareki, isValidIsoDate, warekiToIsoDate, warekiToYearMonth, type IsoDate, type YearMonth,
} from '../common/dates.ts';
import { OUTCOMES, receiptTypeInfo, SPECIAL_NOTES } from '../uke/code-tables.ts';
import type { StoredClaimLines } from '../uke/read-stored-claim.ts';
import type { ClaimSheetDiagnosis, ClaimSheetHeader, ClaimSheetOtherRecord, MasterNameLookup } from './claim-sheet-types.ts';

export type Names = (code: string) => string | undefined;

export const KIND_LABELS: Readonly<Record<string, string>> = { medical: '医科', dpc: 'DPC', pharmacy: '調剤', dental: '歯科' };

export function namesOf(lookup: MasterNameLookup): Names {
  return typeof lookup === 'function' ? lookup : (code) => lookup.get(code);
}

export const finiteOrNull = (n: number | undefined): number | null => (n !== undefined && Number.isFinite(n) ? n : null);

/** A number field as recorded ('' → null). */
export const numberOrNull = (s: string | undefined): number | null => (s && /^\d+$/.test(s) ? Number(s) : null);

/** 'YYYY-MM-DD' or 'YYYY-MM' with its 和暦, '' for both when not a real date. */
export function dateAndWareki(d: string | undefined): [string, string] {
  if (!d) return ['', ''];
  if (d.length === 7 && /^\d{4}-\d{2}$/.test(d)) return [d, formatWareki(d)];
  return isValidIsoDate(d) ? [d, formatWareki(d)] : ['', ''];
}

/** A date field as recorded: YYYYMMDD, or legacy 和暦 GYYMMDD. */
export function recordedDate(s: string | undefined): IsoDate | undefined {
  if (!s) return undefined;
  return s.length === 8 ? compactToIsoDate(s) : s.length === 7 ? warekiToIsoDate(s) : undefined;
}

/** A month field as recorded: YYYYMM, or legacy 和暦 GYYMM. */
export function recordedMonth(s: string | undefined): YearMonth | undefined {
  if (!s) return undefined;
  return s.length === 6 ? compactToYearMonth(s) : s.length === 5 ? warekiToYearMonth(s) : undefined;
}

/**
 * 別表5 label. 調剤 (4…) and 歯科 (3…) codes share the structure of 医科 from digit 2 on
 * (uke-format.md §5.1), so they are read as 医科 and named after their own 点数表.
 */
export function receiptTypeLabelOf(kind: string, code: string): { label: string; inpatient: boolean } {
  const own = kind === 'pharmacy' ? '4' : kind === 'dental' ? '3' : '1';
  if (code[0] !== own) return { label: '', inpatient: false };
  const info = receiptTypeInfo(`1${code.slice(1)}`);
  if (!info) return { label: '', inpatient: false };
  return { label: own === '1' ? info.label : info.label.replace(/^医科/, KIND_LABELS[kind]!), inpatient: info.inpatient };
}

export function specialNoteLabels(codes: readonly string[]): string[] {
  return codes.map((c) => SPECIAL_NOTES[c as keyof typeof SPECIAL_NOTES] ?? c);
}

/** A header whose every field is empty, for a claim the parser no longer reads. */
export function emptyHeader(c: StoredClaimLines, providerName: string): ClaimSheetHeader {
  const [serviceMonth, serviceMonthWareki] = dateAndWareki(c.serviceMonth);
  return {
    serviceMonth, serviceMonthWareki, receiptNumber: 0, receiptType: '', receiptTypeLabel: '', inpatient: false, patientName: '', sex: '',
    birthDate: '', birthDateWareki: '', providerCode: c.providerCode, providerName, specialty: '', line: c.firstLine, kanaName: '',
    benefitRatio: null, admissionDate: '', admissionDateWareki: '', specialNotes: [],
  };
}

export interface RecordedDiagnosis {
  line: number;
  code: string;
  startDate: string | undefined;
  outcome: string;
  modifierCodes: readonly string[];
  /** 傷病名称, recorded for 0000999 (未コード化傷病名) only */
  recordedName: string | undefined;
  main: boolean;
  supplement: string | undefined;
}

/** 転帰区分 (別表18): 1 (continuing) prints nothing. */
const OUTCOME_PRINTED: Readonly<Record<string, string>> = { '2': OUTCOMES['2'], '3': OUTCOMES['3'], '4': '中止' };

/**
 * The name as printed: 接頭語 modifiers (0001–7999) before the master name, 接尾語 (8000–8999) after,
 * each side in the recorded order (修飾語マスター MSPEC (2) 項番3; uke-format.md §7.7).
 */
export function diagnosisOf(d: RecordedDiagnosis, names: Names): ClaimSheetDiagnosis {
  const modifiers = d.modifierCodes.map((m) => names(m) ?? '');
  const isSuffix = (m: string): boolean => m >= '8000' && m < '9000';
  const before = d.modifierCodes.map((m, i) => (isSuffix(m) ? '' : modifiers[i]!)).join('');
  const after = d.modifierCodes.map((m, i) => (isSuffix(m) ? modifiers[i]! : '')).join('');
  const base = d.code === '0000999' ? (d.recordedName ?? '') : (names(d.code) ?? d.recordedName ?? '');
  const [startDate, startDateWareki] = dateAndWareki(d.startDate);
  return {
    line: d.line, code: d.code, name: base ? `${before}${base}${after}` : '', startDate, startDateWareki,
    outcome: OUTCOME_PRINTED[d.outcome] ?? '', main: d.main, modifiers, modifierCodes: [...d.modifierCodes], supplement: d.supplement ?? '',
  };
}

/** The claim's lines not placed on the sheet, as read. */
export function otherRecordsOf(c: StoredClaimLines, placed: ReadonlySet<number>): ClaimSheetOtherRecord[] {
  const out: ClaimSheetOtherRecord[] = [];
  c.body.split('\n').forEach((text, i) => {
    const line = c.firstLine + i;
    if (text && !placed.has(line)) out.push({ line, record: text.slice(0, text.indexOf(',') < 0 ? text.length : text.indexOf(',')), text });
  });
  return out;
}

/** 31 day counts from recorded day fields ('' = 0). */
export function dayCounts(raw: readonly string[], from: number): number[] {
  return Array.from({ length: 31 }, (_, i) => {
    const v = raw[from + i];
    return v && /^\d+$/.test(v) ? Number(v) : 0;
  });
}
