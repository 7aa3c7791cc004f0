/**
 * 事務点検 (clerical checks) of one parsed 医科 claim: pure, no I/O.
 * Only what can be judged with certainty is reported, so that a clean claim gives no finding:
 * points are checked only for billing units made of one plain procedure (点数識別 3, no 数量データ,
 * no きざみ) and for units made only of drugs priced by 金額 (金額種別 1).
 */
import { addDays, monthEnd, type IsoDate } from '../common/dates.ts';
import type { PrefectureCode } from '../common/prefectures.ts';
import type { MasterKind, MasterSnapshot } from '../masters/master-types.ts';
import type { MasterVersion } from '../masters/versioning.ts';
import { parseInsurerNumber, type InsurerNumber } from '../registry/insurer-number.ts';
import { parsePublicExpensePayerNumber, parseRecipientNumber } from '../registry/public-expense-number.ts';
import type { RegistryError } from '../registry/registry-errors.ts';
import { REGISTRY_ERROR_MESSAGES } from '../registry/registry-errors.ts';
import type { BillingLineRecord, ClaimLineRecord, DrugRecord, UkeClaim } from '../uke/types.ts';
import { receiptTypeInfo } from '../uke/code-tables.ts';
import {
  CLERICAL_FINDING_MESSAGES, CLERICAL_FINDING_SEVERITY, type ClericalFindingCode, type Finding,
} from './finding-codes.ts';

export interface ClericalContext {
  /** The masters in force in the claim's service month. */
  snapshot: MasterSnapshot;
  /** 都道府県番号 of the federation doing the check ('13'). */
  federation: string;
  /**
   * Optional: the last day in force of a code that is not in the snapshot, when the masters knew it
   * (see {@link lastDayInForce}); codes abolished before the service month are then reported as
   * CLR-E014 instead of CLR-E001.
   */
  lastInForce?: (kind: MasterKind, code: string) => IsoDate | undefined;
}

export interface ClericalResult {
  findings: Finding[];
  /** Prefecture of the HO 保険者番号 when it is valid; undefined without HO or when invalid. */
  insurerPrefecture: PrefectureCode | undefined;
  /** True when the insurer belongs to another prefecture (全国決済): information, not an error. */
  outOfPrefecture: boolean;
}

type MasterKindName = 'procedure' | 'drug' | 'device' | 'comment' | 'diagnosis' | 'modifier';

const KIND_LABEL: Record<MasterKindName, string> = {
  procedure: '診療行為',
  drug: '医薬品',
  device: '特定器材',
  comment: 'コメント',
  diagnosis: '傷病名',
  modifier: '修飾語',
};

const MASTER_KIND: Record<MasterKindName, MasterKind> = {
  procedure: 'S',
  drug: 'Y',
  device: 'T',
  comment: 'C',
  diagnosis: 'B',
  modifier: 'Z',
};

/**
 * From the versions of the masters: the last day in force of a code whose every version has ended
 * (undefined for codes still or not yet in force, and unknown codes).
 */
export function lastDayInForce(versions: Iterable<MasterVersion>): (kind: MasterKind, code: string) => IsoDate | undefined {
  const end = new Map<string, IsoDate | null>();
  for (const v of versions) {
    const key = `${v.kind}:${v.code}`;
    const prev = end.get(key);
    if (prev === null) continue;
    if (v.validTo === undefined) end.set(key, null);
    else if (prev === undefined || v.validTo > prev) end.set(key, v.validTo);
  }
  return (kind, code) => {
    const e = end.get(`${kind}:${code}`);
    return e ? addDays(e, -1) : undefined;
  };
}


const EXPECTED_KIND: Record<ClaimLineRecord['id'], MasterKindName> = {
  SI: 'procedure',
  IY: 'drug',
  TO: 'device',
  CO: 'comment',
};

const UNCODED_DIAGNOSIS = '0000999';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The findings only (see {@link clericalReview} for the insurer's prefecture). */
export function clericalCheck(claim: UkeClaim, ctx: ClericalContext): Finding[] {
  return clericalReview(claim, ctx).findings;
}

export function clericalReview(claim: UkeClaim, ctx: ClericalContext): ClericalResult {
  const findings: Finding[] = [];
  const add = collectInto(findings);
  checkCodes(claim, ctx, add);
  checkPoints(claim, ctx.snapshot, add);
  const insurer = checkInsurer(claim, add);
  checkPublicExpense(claim, add);
  checkDates(claim, add);
  findings.sort((a, b) => a.line - b.line);
  return {
    findings,
    insurerPrefecture: insurer?.prefecture,
    outOfPrefecture: insurer !== undefined && insurer.prefecture !== ctx.federation,
  };
}

/** An `Add` that appends the finding, with its message and severity, to `findings`. */
export function collectInto(findings: Finding[]): Add {
  return (code, line, record, field, detail) => {
    findings.push({
      code, line, record, field,
      message: detail ? `${CLERICAL_FINDING_MESSAGES[code]}（${detail}）` : CLERICAL_FINDING_MESSAGES[code],
      severity: CLERICAL_FINDING_SEVERITY[code],
    });
  };
}

export type Add = (code: ClericalFindingCode, line: number, record: string, field: string, detail: string) => void;

function lookup(m: MasterSnapshot, kind: MasterKindName, code: string): boolean {
  return m[kind](code) !== undefined;
}

/** The master kinds (other than `expected`) that hold `code`. */
function otherKinds(m: MasterSnapshot, expected: MasterKindName, code: string): MasterKindName[] {
  const kinds: MasterKindName[] = ['procedure', 'drug', 'device', 'comment', 'diagnosis', 'modifier'];
  return kinds.filter((k) => k !== expected && lookup(m, k, code));
}

function checkCode(ctx: ClericalContext, kind: MasterKindName, code: string, line: number, record: string, field: string, add: Add): void {
  const m = ctx.snapshot;
  if (code === '' || lookup(m, kind, code)) return;
  const others = otherKinds(m, kind, code);
  const last = ctx.lastInForce?.(MASTER_KIND[kind], code);
  if (last !== undefined && last < m.date) {
    add('CLR-E014', line, record, field, `${KIND_LABEL[kind]}コード ${code}、${last}まで`);
  } else if (others.length) {
    add('CLR-E002', line, record, field, `${code}は${others.map((k) => KIND_LABEL[k]).join('・')}のコード、${record}には${KIND_LABEL[kind]}コードを記録`);
  } else {
    add('CLR-E001', line, record, field, `${KIND_LABEL[kind]}コード ${code}、マスター ${m.date}`);
  }
}

function checkCodes(claim: UkeClaim, ctx: ClericalContext, add: Add): void {
  for (const sy of claim.sy) {
    if (sy.diagnosisCode !== UNCODED_DIAGNOSIS) checkCode(ctx, 'diagnosis', sy.diagnosisCode, sy.line, 'SY', 'diagnosisCode', add);
    for (const mc of sy.modifierCodes) checkCode(ctx, 'modifier', mc, sy.line, 'SY', 'modifierCodes', add);
  }
  for (const item of claim.items) checkCode(ctx, EXPECTED_KIND[item.id], item.code, item.line, item.id, 'code', add);
}

/** SI/IY/TO records grouped into 点数・回数算定単位: each unit ends with the record that has 点数. */
export function billingUnits(items: readonly ClaimLineRecord[]): BillingLineRecord[][] {
  const units: BillingLineRecord[][] = [];
  let cur: BillingLineRecord[] = [];
  for (const it of items) {
    if (it.id === 'CO') continue;
    cur.push(it);
    if (it.points !== undefined) {
      units.push(cur);
      cur = [];
    }
  }
  return units;
}

/** Whole points of a master value in hundredths, half up (the master's few half points). */
const wholePoints = (points100: number): number => Math.floor((points100 + 50) / 100);

/** 使用量 as written ('1', '0.5', '00002.50000') → hundred-thousandths, or undefined. */
export function parseAmount(s: string | undefined): bigint | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{1,5})(?:\.(\d{1,5}))?$/.exec(s.trim());
  if (!m) return undefined;
  return BigInt(m[1]!) * 100_000n + BigInt((m[2] ?? '').padEnd(5, '0'));
}

/** Raw 使用量 of an IY record (field 5 of the line); built-in-memory records fall back to the number. */
function rawAmount(r: DrugRecord): string | undefined {
  if (r.rawLine !== undefined) {
    const f = r.rawLine.split(',')[4];
    return f === undefined || f === '' ? undefined : f;
  }
  return r.amount === undefined ? undefined : r.amount.toFixed(5);
}

/**
 * Points of one 剤 from yen × 10^7 (price100 × amount in 1/100 000):
 * 15円以下 → 1点, otherwise 1 + ⌈(円 − 15) / 10⌉.
 */
export function drugPointsFromYen1e7(yen1e7: bigint): number {
  const limit = 15n * 10_000_000n;
  if (yen1e7 <= limit) return 1;
  const step = 10n * 10_000_000n;
  return Number(1n + (yen1e7 - limit + step - 1n) / step);
}

function checkPoints(claim: UkeClaim, m: MasterSnapshot, add: Add): void {
  for (const unit of billingUnits(claim.items)) {
    const last = unit[unit.length - 1]!;
    const points = last.points;
    if (points === undefined || !Number.isFinite(points)) continue;
    if (unit.length === 1 && last.id === 'SI') {
      const e = m.procedure(last.code);
      if (!e || e.pointsType !== 3 || e.step !== undefined || last.quantity !== undefined) continue;
      const expected = wholePoints(e.points100);
      if (expected !== points) add('CLR-E003', last.line, 'SI', 'points', `${last.code} ${e.name}：記録 ${points}点、マスター ${expected}点`);
      continue;
    }
    if (unit.every((r) => r.id === 'IY')) {
      let yen = 0n;
      let judged = true;
      for (const r of unit as DrugRecord[]) {
        const e = m.drug(r.code);
        const amount = rawAmount(r);
        const a = parseAmount(amount);
        if (!e || e.priceType !== 1 || a === undefined) { judged = false; break; }
        yen += BigInt(e.price100) * a;
      }
      if (!judged) continue;
      const expected = drugPointsFromYen1e7(yen);
      if (expected !== points) {
        add('CLR-E004', last.line, 'IY', 'points', `記録 ${points}点、薬価×使用量 ${formatYen(yen)}円 → ${expected}点`);
      }
    }
  }
}

function formatYen(yen1e7: bigint): string {
  const whole = yen1e7 / 10_000_000n;
  const frac = (yen1e7 % 10_000_000n).toString().padStart(7, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

const registryDetail = (input: string, errors: readonly RegistryError[]): string =>
  `${input}：${errors.map((e) => REGISTRY_ERROR_MESSAGES[e.code]).join('、')}`;

function checkInsurer(claim: UkeClaim, add: Add): InsurerNumber | undefined {
  return claim.ho ? checkInsurerNumber(claim.ho.insurerNumber, claim.ho.line, add) : undefined;
}

/** HO 保険者番号: well-formed (E005) and of an insurer the federation serves (E006). */
export function checkInsurerNumber(insurerNumber: string, line: number, add: Add): InsurerNumber | undefined {
  const r = parseInsurerNumber(insurerNumber);
  if (!r.ok) {
    add('CLR-E005', line, 'HO', 'insurerNumber', registryDetail(insurerNumber, r.errors));
    return undefined;
  }
  if (!r.value.reachesFederation) add('CLR-E006', line, 'HO', 'insurerNumber', `${insurerNumber}`);
  return r.value;
}

function checkPublicExpense(claim: UkeClaim, add: Add): void {
  for (const ko of claim.ko) checkPublicExpenseNumbers(ko.payerNumber, ko.beneficiaryNumber, ko.line, add);
}

/** KO 負担者番号 (E007) and, when recorded, 受給者番号 (E008). */
export function checkPublicExpenseNumbers(payerNumber: string, beneficiaryNumber: string | undefined, line: number, add: Add): void {
  const p = parsePublicExpensePayerNumber(payerNumber);
  if (!p.ok) add('CLR-E007', line, 'KO', 'payerNumber', registryDetail(payerNumber, p.errors));
  if (beneficiaryNumber !== undefined && beneficiaryNumber !== '') {
    const b = parseRecipientNumber(beneficiaryNumber);
    if (!b.ok) add('CLR-E008', line, 'KO', 'beneficiaryNumber', registryDetail(beneficiaryNumber, b.errors));
  }
}

function checkDates(claim: UkeClaim, add: Add): void {
  const re = claim.re;
  if (!/^\d{4}-\d{2}$/.test(re.serviceMonth)) return;
  const end = monthEnd(re.serviceMonth);
  let birth = ISO_DATE.test(re.birthDate) ? re.birthDate : undefined;
  if (birth && birth > end) {
    add('CLR-E009', re.line, 'RE', 'birthDate', `生年月日 ${birth}、診療年月 ${re.serviceMonth}`);
    birth = undefined; // the birth date is what is wrong: do not report every date before it again
  }
  for (const sy of claim.sy) {
    if (!ISO_DATE.test(sy.startDate)) continue;
    if (birth && sy.startDate < birth) add('CLR-E010', sy.line, 'SY', 'startDate', `診療開始日 ${sy.startDate}、生年月日 ${birth}`);
    if (sy.startDate > end) add('CLR-E011', sy.line, 'SY', 'startDate', `診療開始日 ${sy.startDate}、診療年月 ${re.serviceMonth}`);
  }
  const adm = re.admissionDate;
  // The type says 入院 (別表5): the day of admission is what the inpatient fees count from.
  if (adm === undefined && receiptTypeInfo(re.receiptType)?.inpatient) {
    add('CLR-E015', re.line, 'RE', 'admissionDate', `レセプト種別 ${re.receiptType}`);
  }
  if (adm !== undefined && ISO_DATE.test(adm)) {
    if (adm > end) add('CLR-E012', re.line, 'RE', 'admissionDate', `入院年月日 ${adm}、診療年月 ${re.serviceMonth}`);
    if (birth && adm < birth) add('CLR-E013', re.line, 'RE', 'admissionDate', `入院年月日 ${adm}、生年月日 ${birth}`);
  }
}
