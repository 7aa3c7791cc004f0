/**
 * Checks on a complete 医科 claim: presence and counts by レセプト種別 (spec 第1章3(3)ア(カ)),
 * payers named by 負担区分 / 負担者種別, billing units and per-payer totals (uke-format.md §4).
 */
import { BURDEN_PAYERS_BY_CHAR, PAYER_INSURANCE, receiptTypeInfo } from './code-tables.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { BillingLineRecord, ClaimLineRecord, UkeClaim, UkeError } from './types.ts';

/** First service month for which SN / JD / MF are read (spec: 令和3年9月診療分以降). */
const ELIGIBILITY_RECORDS_FROM = '2021-09';
/** 診療識別 97 (食事療養・生活療養・標準負担額) carries yen, not points: kept out of 合計点数. */
const MEAL_CATEGORY = '97';
const MAX_OMITTED_CATEGORY_RUN = 98;

export interface ClaimCheckContext {
  diag: Diagnostics;
  /** 請求年月 of the file (IR), when known */
  billingMonth: string | undefined;
}

export function checkClaim(c: UkeClaim, ctx: ClaimCheckContext, out: UkeError[]): void {
  const { diag } = ctx;
  const re = c.re;
  const info = receiptTypeInfo(re.receiptType);
  if (info === undefined) {
    out.push(diag.make('UKE-E031', re.line, 'RE', 'receiptType', re.receiptType));
  } else {
    if (info.hasInsurer && !c.ho) out.push(diag.make('UKE-E041', re.line, 'RE', 'receiptType', re.receiptType));
    if (!info.hasInsurer && c.ho) out.push(diag.make('UKE-E042', c.ho.line, 'HO', '', re.receiptType));
    if (c.ko.length !== info.publicExpenseCount) {
      const at = c.ko[info.publicExpenseCount]?.line ?? re.line;
      out.push(diag.make('UKE-E043', at, c.ko[info.publicExpenseCount] ? 'KO' : 'RE', '', `レセプト種別${re.receiptType}: ${info.publicExpenseCount}件、記録${c.ko.length}件`));
    }
    if (!info.hasInsurer) for (const sn of c.sn) out.push(diag.make('UKE-E045', sn.line, 'SN', '', re.receiptType));
    if (info.insurance === 'health' && re.birthDate && re.serviceMonth) {
      checkAgeClass(re.receiptType, re.birthDate, re.serviceMonth, re.line, diag, out);
    }
  }
  if (re.serviceMonth && re.serviceMonth < ELIGIBILITY_RECORDS_FROM) {
    for (const r of [...c.sn, ...c.jd, ...(c.mf ? [c.mf] : [])]) out.push(diag.make('UKE-W008', r.line, r.id, '', re.serviceMonth));
  }
  if (ctx.billingMonth && re.serviceMonth && re.serviceMonth > ctx.billingMonth) {
    out.push(diag.make('UKE-E056', re.line, 'RE', 'serviceMonth', `診療年月${re.serviceMonth}、請求年月${ctx.billingMonth}`));
  }

  // Payers present: bit 0 = HO, bits 1–4 = KO in order (別表21 / 別表28).
  let payers = c.ho ? PAYER_INSURANCE : 0;
  for (let i = 0; i < c.ko.length && i < 4; i++) payers |= 2 << i;
  let jdSeen = 0;
  for (const r of [...c.sn, ...c.jd]) {
    const bit = 1 << (Number(r.payerType) - 1);
    if (bit > 0 && bit <= 16 && !(payers & bit)) out.push(diag.make('UKE-E046', r.line, r.id, 'payerType', `負担者種別${r.payerType}`));
    if (r.id === 'JD') {
      if (jdSeen & bit) out.push(diag.make('UKE-E057', r.line, 'JD', 'payerType', `負担者種別${r.payerType}`));
      jdSeen |= bit;
    }
  }

  if (c.sy.length === 0) out.push(diag.make('UKE-E047', re.line, 'RE', ''));
  const sums = [0, 0, 0, 0, 0];
  const billing = checkItems(c.items, payers, sums, diag, out, false);
  if (billing === 0) out.push(diag.make('UKE-E048', re.line, 'RE', ''));

  if (c.ho && !Number.isNaN(c.ho.totalPoints) && c.ho.totalPoints !== sums[0]) {
    out.push(diag.make('UKE-E054', c.ho.line, 'HO', 'totalPoints', `記録${c.ho.totalPoints}点、摘要の合計${sums[0]}点`));
  }
  for (let i = 0; i < c.ko.length && i < 4; i++) {
    const ko = c.ko[i]!;
    if (!Number.isNaN(ko.totalPoints) && ko.totalPoints !== sums[i + 1]) {
      out.push(diag.make('UKE-E055', ko.line, 'KO', 'totalPoints', `第${i + 1}公費: 記録${ko.totalPoints}点、摘要の合計${sums[i + 1]}点`));
    }
  }

  for (const block of c.organDonor ?? []) {
    for (const r of block.receipts) {
      if (!r.ts) out.push(diag.make('UKE-E005', r.tr.line, 'TR', '', '臓器提供者請求情報レコード（TS）がありません'));
      if (r.sy.length === 0) out.push(diag.make('UKE-E047', r.tr.line, 'TR', ''));
      if (checkItems(r.items, 0b11111, [0, 0, 0, 0, 0], diag, out, true) === 0) out.push(diag.make('UKE-E048', r.tr.line, 'TR', ''));
    }
  }
}

/**
 * Walks 摘要 records once: 診療識別 runs, 回数 = Σ days, billing units, and per-payer sums of
 * (unit points × 回数). Returns the number of SI/IY/TO records. A unit is the run of billing records
 * up to and including the one that carries 点数; CO records sit between them without breaking it.
 */
function checkItems(items: readonly ClaimLineRecord[], payers: number, sums: number[], diag: Diagnostics, out: UkeError[], donor: boolean): number {
  let billing = 0;
  let omittedRun = 0;
  let category = '';
  let unitFirst: BillingLineRecord | undefined;
  let unitLast: BillingLineRecord | undefined;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.treatmentCategory === undefined) {
      if (++omittedRun === MAX_OMITTED_CATEGORY_RUN + 1) out.push(diag.make('UKE-E049', it.line, it.id, 'treatmentCategory'));
    } else {
      omittedRun = 0;
      category = it.treatmentCategory;
    }
    const mask = BURDEN_PAYERS_BY_CHAR[it.burden.charCodeAt(0)] ?? 0;
    if (mask !== 0 && (mask & ~payers) !== 0) out.push(diag.make('UKE-E046', it.line, it.id, 'burden', `負担区分${it.burden}`));
    if (it.id === 'CO') continue;
    billing++;

    const count = it.count;
    if (!Number.isNaN(count)) {
      let sum = 0;
      for (let d = 0; d < 31; d++) sum += it.days[d]!;
      // Donor receipts of another institution may omit the day fields (spec 算定日情報 備考2).
      if (sum !== count && !(donor && sum === 0)) out.push(diag.make('UKE-E050', it.line, it.id, 'count', `回数${count}、算定日情報の合計${sum}`));
    }
    if (unitFirst === undefined) {
      unitFirst = it;
    } else if (!Number.isNaN(count) && !Number.isNaN(unitFirst.count)) {
      if (count !== unitFirst.count) {
        out.push(diag.make('UKE-E051', it.line, it.id, 'count', `${unitFirst.line}行の回数${unitFirst.count}、この行${count}`));
      } else if (!sameDays(unitFirst.days, it.days)) {
        out.push(diag.make('UKE-E052', it.line, it.id, 'days', `${unitFirst.line}行と異なる算定日`));
      }
    }
    unitLast = it;
    if (it.points !== undefined) {
      if (!Number.isNaN(it.points) && !Number.isNaN(count) && category !== MEAL_CATEGORY) {
        const contribution = it.points * count;
        const m = mask & payers;
        for (let p = 0; p < 5; p++) if (m & (1 << p)) sums[p]! += contribution;
      }
      unitFirst = undefined;
    }
  }
  if (unitFirst !== undefined && unitLast !== undefined) {
    out.push(diag.make('UKE-E053', unitLast.line, unitLast.id, 'points', `${unitFirst.line}行からの算定単位`));
  }
  return billing;
}

type AgeClass = 'preschool' | 'elderly' | 'other';
const AGE_CLASS_JA: Record<AgeClass, string> = { preschool: '未就学者', elderly: '高齢受給者', other: '本人・家族' };

/**
 * The age class the 診療年月 gives (rules-reference.md §1.1): 未就学 up to the first 3/31 after the
 * 6th birthday; 高齢受給者 from the month after the 70th birthday, or the birthday month when born on
 * the 1st (the age is reached the day before the birthday). Both bounds fall on month boundaries, so
 * the month decides. Exported for tests.
 */
export function ageClassOf(birthDate: string, serviceMonth: string): AgeClass {
  const by = Number(birthDate.slice(0, 4)), bm = Number(birthDate.slice(5, 7));
  const md = birthDate.slice(5);
  // One reaches 6 the day before the birthday (年齢計算ニ関スル法律): born on 1 April → 31 March.
  const lastPreschoolYear = by + 6 + (md >= '04-02' ? 1 : 0);
  if (serviceMonth <= `${lastPreschoolYear}-03`) return 'preschool';
  let y = by + 70, m = bm;
  if (birthDate.slice(8) !== '01') m++;
  if (m > 12) {
    m = 1;
    y++;
  }
  if (serviceMonth >= `${y}-${String(m).padStart(2, '0')}`) return 'elderly';
  return 'other';
}

function checkAgeClass(receiptType: string, birthDate: string, serviceMonth: string, line: number, diag: Diagnostics, out: UkeError[]): void {
  const d = receiptType.charCodeAt(3) - 0x30;
  const written: AgeClass = d === 3 || d === 4 ? 'preschool' : d >= 7 || d === 0 ? 'elderly' : 'other';
  const expected = ageClassOf(birthDate, serviceMonth);
  if (written === expected) return;
  out.push(diag.make('UKE-E058', line, 'RE', 'receiptType', `レセプト種別${receiptType}（${AGE_CLASS_JA[written]}）、生年月日${birthDate}・診療年月${serviceMonth}は${AGE_CLASS_JA[expected]}`));
}

function sameDays(a: readonly number[], b: readonly number[]): boolean {
  for (let d = 0; d < 31; d++) if (a[d] !== b[d]) return false;
  return true;
}
