/**
 * A claim as the rules read it, whatever its kind: who (sex, birth date), where (provider, and for a
 * pharmacy claim the prescriber), the billed lines with their days, the diagnoses and comments, each
 * with its line in the file so that a finding can point at it.
 */
import type { IsoDate, YearMonth } from '../common/dates.ts';
import { compactToIsoDate, isValidIsoDate } from '../common/dates.ts';
import { receiptTypeInfo } from '../uke/code-tables.ts';
import type { UkeClaim, UkeGenericClaim } from '../uke/types.ts';

export interface RuleLine {
  record: 'SI' | 'IY' | 'TO';
  code: string;
  /** 1-based line of the file. */
  line: number;
  /** Count on each day of the month (31 entries); all 0 when the claim gives no days (pharmacy). */
  days: readonly number[];
  count: number;
  /** SI 数量データ. */
  quantity: number | undefined;
  /** IY / TO 使用量 (for 内服, the daily amount). */
  amount: number | undefined;
  /** 診療識別 (別表20) of the line's group ('21' 内服, '23' 外用 …); on a 調剤 claim '21' for a 内服 剤, else ''. */
  category: string;
  /** Days of supply of an oral drug (内服): its count on the day prescribed (医科), 調剤数量 of a 内服 剤 (調剤); undefined otherwise. */
  supplyDays: number | undefined;
}

export interface RuleClaim {
  kind: 'medical' | 'dpc' | 'pharmacy' | 'dental';
  receiptNumber: number;
  serviceMonth: YearMonth;
  inpatient: boolean;
  /** 男女区分 (別表6): '1' male, '2' female. */
  sex: string;
  birthDate: IsoDate | undefined;
  reLine: number;
  /** HO (else first KO) 診療実日数. */
  actualDays: number | undefined;
  actualDaysLine: number;
  /** 医療機関コード (7 digits) of the file, and the prescriber's on a pharmacy claim. */
  providerCode: string;
  prescriberCode: string | undefined;
  /** From the registry when known: the check of hospital-only / clinic-only items needs it. */
  providerKind: 'clinic' | 'hospital' | 'pharmacy' | undefined;
  lines: RuleLine[];
  comments: { code: string; line: number }[];
  diagnoses: { code: string; startDate: IsoDate | undefined; line: number }[];
}

export interface ProviderFacts {
  providerCode: string;
  providerKind?: RuleClaim['providerKind'];
}

export function ruleClaimOfMedical(c: UkeClaim, provider: ProviderFacts): RuleClaim {
  const lines: RuleLine[] = [];
  const comments: RuleClaim['comments'] = [];
  let category = '';
  for (const it of c.items) {
    if (it.treatmentCategory) category = it.treatmentCategory;
    if (it.id === 'CO') {
      comments.push({ code: it.code, line: it.line });
      continue;
    }
    for (const k of it.comments) comments.push({ code: k.code, line: it.line });
    lines.push({
      record: it.id, code: it.code, line: it.line, days: it.days, count: it.count,
      quantity: it.id === 'SI' ? it.quantity : undefined,
      amount: it.id === 'SI' ? undefined : it.amount,
      category,
      // a 内服 (21) drug carries the days supplied as its count on the day prescribed
      supplyDays: it.id === 'IY' && category === '21' ? Math.max(...it.days) : undefined,
    });
  }
  const payer = c.ho ?? c.ko[0];
  return {
    kind: c.dpc ? 'dpc' : 'medical',
    receiptNumber: c.re.receiptNumber,
    serviceMonth: c.re.serviceMonth,
    inpatient: receiptTypeInfo(c.re.receiptType)?.inpatient ?? false,
    sex: c.re.sex,
    birthDate: isValidIsoDate(c.re.birthDate) ? c.re.birthDate : undefined,
    reLine: c.re.line,
    actualDays: payer && Number.isFinite(payer.actualDays) ? payer.actualDays : undefined,
    actualDaysLine: payer?.line ?? c.re.line,
    providerCode: provider.providerCode,
    prescriberCode: undefined,
    providerKind: provider.providerKind,
    lines,
    comments,
    diagnoses: c.sy.map((s) => ({ code: s.diagnosisCode, startDate: isValidIsoDate(s.startDate) ? s.startDate : undefined, line: s.line })),
  };
}

const NO_DAYS: readonly number[] = new Array<number>(31).fill(0);

/** 調剤: drugs (IY) and the prescriber (RE 処方医療機関コード); 調剤月日 of the CZ before each IY. */
export function ruleClaimOfPharmacy(c: UkeGenericClaim, serviceMonth: YearMonth, provider: ProviderFacts): RuleClaim {
  const re = c.records.find((r) => r.id === 'RE');
  const ho = c.records.find((r) => r.id === 'HO') ?? c.records.find((r) => r.id === 'KO');
  const lines: RuleLine[] = [];
  let days = NO_DAYS;
  let supplyDays: number | undefined;
  let oral = false;
  for (const r of c.records) {
    if (r.id === 'SH') oral = r.raw[2] === '1'; // 剤形コード 1 内服
    else if (r.id === 'CZ') {
      const d = /^\d{4}$/.test(r.raw[3] ?? '') ? Number(r.raw[3]!.slice(2)) : Number(r.raw[3] ?? '');
      const arr = new Array<number>(31).fill(0);
      if (Number.isInteger(d) && d >= 1 && d <= 31) arr[d - 1] = 1;
      days = arr;
      const q = Number(r.raw[5]);
      supplyDays = oral && r.raw[5] && Number.isInteger(q) ? q : undefined;
    } else if (r.id === 'IY') {
      const amount = Number(r.raw[3]);
      lines.push({ record: 'IY', code: r.raw[2] ?? '', line: r.line, days, count: 1, quantity: undefined, amount: Number.isFinite(amount) ? amount : undefined, category: oral ? '21' : '', supplyDays });
    }
  }
  const actual = Number(ho?.raw[4]);
  const birth = re?.raw[6] ?? '';
  return {
    kind: 'pharmacy',
    receiptNumber: Number(re?.raw[1]) || 0,
    serviceMonth,
    inpatient: false,
    sex: re?.raw[5] ?? '',
    birthDate: birth.length === 8 ? compactToIsoDate(birth) : undefined,
    reLine: re?.line ?? c.lines.first,
    actualDays: Number.isFinite(actual) && ho?.raw[4] ? actual : undefined,
    actualDaysLine: ho?.line ?? c.lines.first,
    providerCode: provider.providerCode,
    prescriberCode: re?.raw[10] || undefined,
    providerKind: 'pharmacy',
    lines,
    comments: [],
    diagnoses: [],
  };
}

/** Days of the month (1-based) on which the line was billed. */
export function billedDays(l: RuleLine): number[] {
  const out: number[] = [];
  for (let d = 0; d < l.days.length; d++) if (l.days[d]! > 0) out.push(d + 1);
  return out;
}
