/**
 * What intake needs to know of a claim, whatever its kind: who (insurer, card, birth date), when
 * (service month, days of treatment), what is claimed (points) and its text. 医科 claims are typed;
 * 調剤 / 歯科 claims are read from their fields at the layouts' positions.
 */
import { compactToIsoDate, compactToYearMonth, isValidIsoDate, warekiToIsoDate, warekiToYearMonth, type IsoDate, type YearMonth } from '../common/dates.ts';
import { recordLine } from '../uke/record-fields.ts';
import { normalizeCardText } from '../registry/insurance-card.ts';
import type { UkeClaim, UkeGenericClaim, UkeGenericRecord, UkeKind } from '../uke/types.ts';

export interface ClaimFacts {
  kind: UkeKind;
  receiptNumber: number;
  receiptType: string;
  serviceMonth: YearMonth | undefined;
  birthDate: IsoDate | undefined;
  reLine: number;
  ho: { insurerNumber: string; symbol: string; number: string; line: number } | undefined;
  /** 枝番 from the SN of the main payer */
  branch: string;
  ko: { payerNumber: string; beneficiaryNumber: string | undefined; line: number }[];
  /** 合計点数 of the main payer (HO, else first KO) */
  totalPoints: number | undefined;
  /** Days of the service month with treatment (from 算定日情報); empty when the claim does not say. */
  treatmentDays: IsoDate[];
  lines: { first: number; last: number };
  /** The claim's records, one line each (CRLF-free), as read */
  body: string;
}

const digits = (s: string | undefined): number | undefined => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);

function toDate(s: string | undefined): IsoDate | undefined {
  if (!s) return undefined;
  if (s.length === 8) return compactToIsoDate(s);
  if (s.length === 7) return warekiToIsoDate(s);
  return isValidIsoDate(s) ? s : undefined;
}

function toMonth(s: string | undefined): YearMonth | undefined {
  if (!s) return undefined;
  if (s.length === 6) return compactToYearMonth(s);
  if (s.length === 5) return warekiToYearMonth(s);
  return undefined;
}

function daysOf(month: YearMonth | undefined, counts: Iterable<readonly number[]>): IsoDate[] {
  if (!month) return [];
  const seen = new Set<number>();
  for (const days of counts) for (let d = 0; d < days.length; d++) if (days[d]! > 0) seen.add(d + 1);
  return [...seen].sort((a, b) => a - b).map((d) => `${month}-${String(d).padStart(2, '0')}`).filter(isValidIsoDate);
}

export function medicalFacts(c: UkeClaim): ClaimFacts {
  const re = c.re;
  const serviceMonth = /^\d{4}-\d{2}$/.test(re.serviceMonth) ? re.serviceMonth : undefined;
  const records: { line: number; text: string }[] = [];
  const push = (r: Parameters<typeof recordLine>[0]): void => void records.push({ line: r.line, text: recordLine(r) });
  for (const r of [re, c.ho, ...c.ko, ...c.sn, ...c.jd, c.mf, ...c.gr, ...(c.dpc ?? []), ...c.sy, ...c.items, ...c.sj]) if (r) push(r);
  for (const block of c.organDonor ?? []) {
    push(block.ti);
    for (const d of block.receipts) for (const r of [d.tr, d.ts, ...d.sy, ...d.items, ...d.sj]) if (r) push(r);
  }
  records.sort((a, b) => a.line - b.line);
  const mainSn = c.sn.find((s) => s.payerType === '1') ?? c.sn[0];
  return {
    kind: c.dpc ? 'dpc' : 'medical',
    receiptNumber: receiptNumberOf(re.receiptNumber),
    receiptType: re.receiptType,
    serviceMonth,
    birthDate: isValidIsoDate(re.birthDate) ? re.birthDate : undefined,
    reLine: re.line,
    ho: c.ho ? { insurerNumber: c.ho.insurerNumber, symbol: c.ho.cardSymbol ?? '', number: c.ho.cardNumber ?? '', line: c.ho.line } : undefined,
    branch: mainSn?.branchNumber ?? '',
    ko: c.ko.map((k) => ({ payerNumber: k.payerNumber, beneficiaryNumber: k.beneficiaryNumber, line: k.line })),
    totalPoints: finite(c.ho ? c.ho.totalPoints : c.ko[0]?.totalPoints),
    treatmentDays: daysOf(serviceMonth, c.items.filter((i) => i.id !== 'CO').map((i) => (i as { days: readonly number[] }).days)),
    lines: c.lines,
    body: records.map((r) => r.text).join('\n'),
  };
}

const finite = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) ? n : undefined);

/** レセプト番号 is up to 6 digits; an unreadable one (the claim carries its UKE error) is kept as 0. */
const receiptNumberOf = (n: number | undefined): number => (n !== undefined && Number.isSafeInteger(n) && n >= 0 && n <= 999_999 ? n : 0);

/** 調剤 / 歯科: RE, HO, KO and SN share the 医科 positions (pharmacy-layouts.ts, dental-layouts.ts). */
export function genericFacts(kind: UkeKind, c: UkeGenericClaim): ClaimFacts {
  const re = c.records.find((r) => r.id === 'RE');
  const ho = c.records.find((r) => r.id === 'HO');
  const ko = c.records.filter((r) => r.id === 'KO');
  const sn = c.records.find((r) => r.id === 'SN' && r.raw[1] === '1') ?? c.records.find((r) => r.id === 'SN');
  const serviceMonth = toMonth(re?.raw[3]);
  return {
    kind,
    receiptNumber: receiptNumberOf(digits(re?.raw[1])),
    receiptType: re?.raw[2] ?? '',
    serviceMonth,
    birthDate: toDate(re?.raw[6]),
    reLine: re?.line ?? c.lines.first,
    ho: ho ? { insurerNumber: ho.raw[1] ?? '', symbol: ho.raw[2] ?? '', number: ho.raw[3] ?? '', line: ho.line } : undefined,
    branch: sn?.raw[6] ?? '',
    ko: ko.map((k) => ({ payerNumber: k.raw[1] ?? '', beneficiaryNumber: k.raw[2] || undefined, line: k.line })),
    totalPoints: digits((ho ?? ko[0])?.raw[5]),
    treatmentDays: kind === 'pharmacy' ? dispensingDays(serviceMonth, c.records) : [],
    lines: c.lines,
    body: c.records.map((r) => r.raw.join(',')).join('\n'),
  };
}

/** CZ 調剤月日 (DD) of a 調剤 claim. */
function dispensingDays(month: YearMonth | undefined, records: readonly UkeGenericRecord[]): IsoDate[] {
  if (!month) return [];
  const days = new Set<string>();
  for (const r of records) {
    if (r.id !== 'CZ') continue;
    // 調剤月日 is MMDD; a day alone (DD) is read too.
    const d = r.raw[3] ?? '';
    if (/^\d{4}$/.test(d) && d.slice(0, 2) === month.slice(5, 7)) days.add(`${month}-${d.slice(2)}`);
    else if (/^\d{1,2}$/.test(d)) days.add(`${month}-${d.padStart(2, '0')}`);
  }
  return [...days].filter(isValidIsoDate).sort();
}

/**
 * Who the claim is for, as the duplicate key sees it: insurer and card (as the registry compares
 * them: NFKC, no spaces, so that `１２３` and `123` are one card), or first 公費 and 受給者番号.
 */
export function patientKey(f: ClaimFacts): string {
  const n = normalizeCardText;
  const payer = f.ho
    ? `${n(f.ho.insurerNumber)}|${n(f.ho.symbol)}|${n(f.ho.number)}|${n(f.branch)}`
    : `${n(f.ko[0]?.payerNumber ?? '')}|${n(f.ko[0]?.beneficiaryNumber ?? '')}`;
  return `${payer}|${f.birthDate ?? ''}`;
}
