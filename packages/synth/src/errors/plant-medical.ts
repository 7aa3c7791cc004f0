/**
 * Plants one error of a given kind in a clean 医科 claim, or reports that the kind does not apply
 * to it. Each planting changes exactly what the kind names: where points change, the totals are
 * recomputed from the items so that no second error (a wrong 合計点数) rides along.
 */
import type { MasterSnapshot, ProcedureEntry } from '@kokuho/core/masters';
import type { BillingLineRecord, CommentRecord, DiagnosisRecord, ProcedureRecord, UkeClaim } from '@kokuho/core/uke';
import { recordFields } from '@kokuho/core/uke';
import { ageOn, type Points } from '@kokuho/core/common';
import { FEE, JUDGEMENT } from '../clinical/fee-codes.ts';
import { DRUG_INDICATIONS } from '../clinical/indications.ts';
import { categoryOfTally } from '../claims/categories.ts';
import { drugUnitPoints, procedurePoints } from '../claims/pricing.ts';
import type { Rng } from '../random/rng.ts';
import { insertUnit, itemUnits, recomputeTotals, setUnitDays, setUnitPoints, unitItems, unitPoints, type ItemUnit } from './claim-units.ts';
import type { ErrorKind } from './error-kinds.ts';
import { hasIndication, MISPLACED_DRUGS } from './misplaced-drugs.ts';
import { DOSE_LIMIT_BY_CODE, NEW_DRUG_MAX_DAYS, newDrugsOn, type NewDrug } from './drug-limits.ts';

export interface PlantContext {
  masters: MasterSnapshot;
  rng: Rng;
  /** Age on the first day of the claim. */
  age: number;
  /** The patient was seen at this provider last month (a 初診 now is a 縦覧 error). */
  seenLastMonth: boolean;
  /** Codes abolished before the service month (S and Y), from the loaded masters. */
  abolished: { procedures: readonly string[]; drugs: readonly string[] };
  /** Another insurer number of the same kind (valid check digit), for wrong-insurer. */
  otherInsurer: (current: string) => string | undefined;
  /**
   * The patient's clean 医科 claims built earlier this month at the same provider under the same
   * payer (the 横覧 rules read them with this one as one patient's claims).
   */
  sameProviderClaims: readonly UkeClaim[];
  /** Drugs of the 院外処方箋 the claim issued: 調剤 claims are read with it (突合). */
  prescribed: ReadonlySet<string>;
  /**
   * 判断料 billed at the provider this month on the patient's claims (once a month per provider): a
   * 判断料 planted is added, so that the claims built after it do not bill it again (横覧).
   */
  judged: Set<string>;
}

export interface Planted {
  kind: ErrorKind;
  detail: string;
  /** The record the error shows on (its line goes into the ground truth); 'GO' for the trailer. */
  target: object;
}

const JUDGEMENTS: ReadonlySet<string> = new Set(Object.values(JUDGEMENT));
const LONG_NAME_TAIL = '寿限無寿限無五劫の擦切';

/**
 * Kinds that change who the patient is to the rules reading several claims (保険者番号, 被保険者証,
 * 生年月日; 公費負担者番号 where there is no HO): a 調剤 claim filled on the claim's 処方箋 would then
 * find no claim of its prescriber (突合), a second error the ground truth would not name. Not
 * planted in claims that issued 処方箋.
 */
const IDENTITY_KINDS: ReadonlySet<ErrorKind> = new Set(['invalid-date', 'insurer-check-digit', 'not-insured', 'wrong-insurer']);

export function changesIdentity(kind: ErrorKind, c: UkeClaim): boolean {
  return IDENTITY_KINDS.has(kind) || (kind === 'public-expense-number-malformed' && !c.ho);
}

/** Cheap 処置 that 外来管理加算 may not be billed with (S 外来管理加算区分 1), with the diagnoses they suit. */
const OPM_EXCLUDED_PROCEDURES: readonly { code: string; dx: readonly string[] }[] = [
  { code: '140019310', dx: ['3829027', '3829010'] }, // 耳処置: 中耳炎
  { code: '140019710', dx: ['4779016', '4779004', '4770002', '4739007', '4619004'] }, // 鼻処置: 鼻炎・副鼻腔炎
  { code: '140022710', dx: [] }, // ネブライザ: any other
];

/** 特定疾患療養管理料 and 特定疾患処方管理加算: they need a diagnosis of B 特定疾患等対象区分 05 (or 08). */
const SPECIFIC_DISEASE_ITEMS: ReadonlySet<string> = new Set([
  FEE.specificManagementClinic, FEE.specificManagementSmallHospital, FEE.specificManagementMidHospital, FEE.prescribingSpecific, FEE.prescriptionSlipSpecific,
]);
/** A near diagnosis outside the 特定疾患 for each 特定疾患 of the scenarios (the name a chart might carry instead). */
const SPECIFIC_DISEASE_SWAP: Readonly<Record<string, string>> = {
  '5351003': '5301002', '8830417': '5301002', '5319009': '5301002', '5329002': '5301002', // 胃炎・潰瘍 → 逆流性食道炎
  '4939008': '4660009', '8840399': '4660009', // 気管支喘息・COPD → 急性気管支炎
  '4273006': '4029010', '4289018': '4029010', '4139007': '4029010', // 心房細動・慢性心不全・狭心症 → 高血圧性心疾患
};
const NON_SPECIFIC_FALLBACK = ['8832280', '4609008']; // 急性咽頭炎, 感冒

/**
 * Items only for the other sex (rules/tables/sex.csv), cheap, no age limit; the first the month's
 * master has and the claim allows (入外, 外来管理加算) is used. In catalog-codes.ts SEX_SPECIFIC_CODES.
 */
const SEX_SPECIFIC_ITEMS: Readonly<Record<'1' | '2', readonly string[]>> = {
  // for a male patient: female-only
  '1': ['160100710', '140015210'], // 子宮頸管粘液採取, 腟洗浄
  // for a female patient: male-only
  '2': ['160060910', '140014810'], // 精液一般検査, 前立腺液圧出法
};

/**
 * Items 短期滞在手術等基本料３ includes (告示 A400 注) that a stay's claim may bill by mistake: the
 * 調剤技術基本料 of its drugs, the 判断料 of its pre-operative tests; with their 診療識別.
 */
const SHORT_STAY_INCLUDED: readonly { code: string; category: '27' | '60'; judgement: boolean }[] = [
  { code: '120001710', category: '27', judgement: false }, // 調基（入院）
  { code: JUDGEMENT.hematology, category: '60', judgement: true },
  { code: JUDGEMENT.chemistry1, category: '60', judgement: true },
];

/** A 短期滞在手術等基本料３ (短手３) code. */
export function isShortStayFee(m: MasterSnapshot, code: string): boolean {
  const e = m.procedure(code);
  return !!e && e.sectionCode === 'A400' && e.name.startsWith('短手３');
}

/** The 内服 (診療識別 21) drug lines of a claim with their unit (a 剤 of drugs only). */
function oralDrugLines(c: UkeClaim): { u: ItemUnit; r: BillingLineRecord & { amount?: number } }[] {
  return itemUnits(c.items)
    .filter((u) => u.category === '21' && u.records.every((r) => r.id === 'IY'))
    .flatMap((u) => u.records.map((r) => ({ u, r: r as BillingLineRecord & { amount?: number } })));
}

/** A 剤's points from its drugs after one of them changed. */
function repriceDrugUnit(m: MasterSnapshot, u: ItemUnit): void {
  setUnitPoints(u, drugUnitPoints(m, u.records.map((r) => ({ code: r.code, amount: (r as { amount?: number }).amount ?? 1 }))));
}

const isSpecificDisease = (m: MasterSnapshot, code: string): boolean => {
  const c = m.diagnosis(code)?.specificDiseaseClass;
  return c === '05' || c === '08';
};

/** An item the plant can add as it is: no age limit, no diagnosis it needs, not limited to a kind of facility. */
function plainItem(e: ProcedureEntry | undefined, inpatient: boolean): e is ProcedureEntry {
  return !!e && (e.minAge === '00' || e.minAge === '') && (e.maxAge === '00' || e.maxAge === '') && e.diagnosisRelation === 0 && e.facilityScope === 0
    && (e.inOutScope === 0 || e.inOutScope === (inpatient ? 1 : 2)) && e.maxCount === 0 && e.pointsType === 3;
}

const isInpatientClaim = (c: UkeClaim): boolean => Number(c.re.receiptType[3]) % 2 === 1;

function singleDay(d: number): number[] {
  const days = new Array<number>(31).fill(0);
  days[d] = 1;
  return days;
}

/** The 初診・再診 or 入院料 unit: its days are the visit days, its burden that of the visit. */
const baseUnit = (units: readonly ItemUnit[]): ItemUnit | undefined => units.find((u) => u.category === '11' || u.category === '12' || u.category === '90');

function singleRecordUnits(units: ItemUnit[], pred: (r: BillingLineRecord, u: ItemUnit) => boolean): ItemUnit[] {
  return units.filter((u) => u.records.length === 1 && pred(u.records[0]!, u));
}

function firstDay(days: readonly number[]): number {
  return days.findIndex((n) => n > 0);
}

function digitsToFullWidth(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

export function plantMedical(kind: ErrorKind, c: UkeClaim, ctx: PlantContext): Planted | undefined {
  const m = ctx.masters;
  const rng = ctx.rng;
  if (ctx.prescribed.size && changesIdentity(kind, c)) return undefined;
  switch (kind) {
    case 'ho-total-mismatch': {
      if (!c.ho) return undefined;
      const was = c.ho.totalPoints;
      const delta = rng.range(1, 30) * (was > 40 && rng.chance(0.5) ? -1 : 1);
      c.ho.totalPoints = (was + delta) as Points;
      return { kind, target: c.ho, detail: `HO合計点数${was + delta}点（摘要の合計${was}点）` };
    }
    case 'count-days-mismatch': {
      const cand = singleRecordUnits(itemUnits(c.items), (r) => r.count > 0);
      if (!cand.length) return undefined;
      const r = rng.pick(cand).records[0]!;
      const days = r.days.slice();
      days[firstDay(days)]!++;
      r.days = days;
      return { kind, target: r, detail: `${r.code}: 回数${r.count}、算定日の合計${r.count + 1}` };
    }
    case 'missing-diagnosis': {
      if (!c.sy.length) return undefined;
      // The 調剤 claims of its 処方箋 would lose their drugs' indications too (突合).
      if (MISPLACED_DRUGS.some((d) => ctx.prescribed.has(d.code))) return undefined;
      const n = c.sy.length;
      c.sy = [];
      return { kind, target: c.re, detail: `傷病名レコード${n}件を欠落` };
    }
    case 'invalid-date': {
      const fields = [...recordFields(c.re)];
      const bad = `${c.re.birthDate.slice(0, 4)}0230`;
      fields[6] = bad;
      c.re.rawLine = fields.join(',');
      return { kind, target: c.re, detail: `生年月日 ${bad}（2月30日）` };
    }
    case 'field-too-long': {
      if (c.re.name.charCodeAt(0) < 0x80) return undefined;
      // Longer than 20 full-width characters: 40+ bytes in Shift_JIS, though far under 40 JS characters.
      let name = c.re.name;
      for (let i = 0; name.length <= 20; i++) name += LONG_NAME_TAIL[i % LONG_NAME_TAIL.length];
      c.re.name = name;
      return { kind, target: c.re, detail: `氏名「${c.re.name}」${c.re.name.length}文字・${c.re.name.length * 2}バイト（最大40バイト）` };
    }
    case 'non-digit-numeric': {
      const r = c.ho ?? c.ko[0];
      if (!r) return undefined;
      const fields = [...recordFields(r)];
      fields[4] = digitsToFullWidth(fields[4]!);
      r.rawLine = fields.join(',');
      return { kind, target: r, detail: `${r.id} 診療実日数「${fields[4]}」（全角数字）` };
    }
    case 'unknown-record': {
      const rec: CommentRecord = { id: 'CO', line: 0, burden: '1', code: '', rawLine: 'ZZ,1' };
      c.items = [...c.items, rec];
      return { kind, target: rec, detail: 'レコード識別情報「ZZ」' };
    }
    case 'receipt-type-age-mismatch': {
      const t = c.re.receiptType;
      if (t[1] !== '1') return undefined;
      const d = Number(t[3]);
      const inpatient = d % 2 === 1;
      const out = inpatient ? (d + 1) % 10 : d;
      const wrong = out === 2 || out === 6 ? 8 : out === 4 ? 2 : 6;
      const digit = inpatient ? (wrong + 9) % 10 : wrong;
      const next = `${t.slice(0, 3)}${digit}` as typeof t;
      c.re.receiptType = next;
      const what = { 2: '本人', 4: '未就学者', 6: '家族', 8: '高齢受給者' }[wrong as 2 | 4 | 6 | 8];
      return { kind, target: c.re, detail: `レセプト種別${next}（${what}）、患者は${ctx.age}歳（正しくは${t}）` };
    }
    case 'unknown-code': {
      const cand = singleRecordUnits(itemUnits(c.items), (r) => r.id === 'SI');
      if (!cand.length) return undefined;
      const r = rng.pick(cand).records[0]!;
      let code = '';
      for (let k = 99; k > 0 && !code; k--) {
        const x = `${r.code.slice(0, 7)}${String(k).padStart(2, '0')}`;
        if (!m.procedure(x)) code = x;
      }
      const was = r.code;
      r.code = code;
      return { kind, target: r, detail: `診療行為コード${code}はマスターにない（本来${was}）` };
    }
    case 'abolished-code': {
      const units = itemUnits(c.items);
      const si = singleRecordUnits(units, (r) => r.id === 'SI');
      const iy = singleRecordUnits(units, (r) => r.id === 'IY');
      const useDrug = iy.length > 0 && ctx.abolished.drugs.length > 0 && (si.length === 0 || rng.chance(0.5));
      const pool = useDrug ? ctx.abolished.drugs : ctx.abolished.procedures;
      const cand = useDrug ? iy : si;
      if (!cand.length || !pool.length) return undefined;
      const r = rng.pick(cand).records[0]!;
      const was = r.code;
      r.code = rng.pick(pool);
      return { kind, target: r, detail: `${useDrug ? '医薬品' : '診療行為'}コード${r.code}は診療月に廃止済み（本来${was}）` };
    }
    case 'points-mismatch': {
      const units = itemUnits(c.items);
      const cand = singleRecordUnits(units, (r, u) => r.id === 'SI' && u.category !== '97' && (r.points ?? 0) > 0);
      if (!cand.length) return undefined;
      const u = rng.pick(cand);
      const r = u.records[0]!;
      const was = unitPoints(u);
      setUnitPoints(u, was + rng.range(1, 9));
      recomputeTotals(c);
      return { kind, target: r, detail: `${r.code}: 記録${r.points}点、マスター${was}点` };
    }
    case 'insurer-check-digit': {
      if (!c.ho) return undefined;
      const n = c.ho.insurerNumber;
      const last = Number(n[n.length - 1]);
      const bad = `${n.slice(0, -1)}${(last + rng.range(1, 9)) % 10}`;
      c.ho.insurerNumber = bad;
      return { kind, target: c.ho, detail: `保険者番号${bad}（検証番号は${last}）` };
    }
    case 'public-expense-number-malformed': {
      const ko = c.ko[0];
      if (!ko) return undefined;
      const n = ko.payerNumber;
      const last = Number(n[n.length - 1]);
      const bad = `${n.slice(0, -1)}${(last + rng.range(1, 9)) % 10}`;
      ko.payerNumber = bad;
      return { kind, target: ko, detail: `公費負担者番号${bad}（検証番号は${last}）` };
    }
    case 'not-insured': {
      if (!c.ho) return undefined;
      const was = c.ho.cardNumber;
      c.ho.cardNumber = was.length === 8 ? `99${String(rng.int(1_000_000)).padStart(6, '0')}` : `98${String(rng.int(100_000)).padStart(5, '0')}`;
      return { kind, target: c.ho, detail: `被保険者証番号${c.ho.cardNumber}は保険者${c.ho.insurerNumber}の資格台帳にない（本来${was}）` };
    }
    case 'wrong-insurer': {
      if (!c.ho) return undefined;
      const other = ctx.otherInsurer(c.ho.insurerNumber);
      if (!other) return undefined;
      const was = c.ho.insurerNumber;
      c.ho.insurerNumber = other;
      return { kind, target: c.ho, detail: `保険者番号${other}で請求、受診日の資格は${was}` };
    }
    case 'duplicate-same-day': {
      const units = itemUnits(c.items);
      const u = units.find((x) => x.category === '11');
      if (!u) return undefined;
      const days = u.records[0]!.days.slice();
      const d = firstDay(days);
      days[d] = days[d]! + 1;
      setUnitDays(u, days);
      recomputeTotals(c);
      return { kind, target: u.records[0]!, detail: `初診料を${d + 1}日に2回算定` };
    }
    case 'over-frequency': {
      const units = itemUnits(c.items);
      const cand = singleRecordUnits(units, (r) => JUDGEMENTS.has(r.code));
      if (!cand.length) return undefined;
      const u = rng.pick(cand);
      const r = u.records[0]!;
      const max = m.procedure(r.code)?.maxCount ?? 1;
      const days = r.days.slice();
      // Billed again on another visit day of the claim when there is one, else twice on the day.
      const visitDays = (c.jd[0]?.days ?? []).map((v, i) => (v ? i : -1)).filter((i) => i >= 0 && !days[i]);
      days[visitDays.length ? visitDays[0]! : firstDay(days)]!++;
      setUnitDays(u, days);
      recomputeTotals(c);
      return { kind, target: r, detail: `${r.code}を月${r.count}回算定（上限回数${max}回）` };
    }
    case 'drug-without-indication': {
      const dx = new Set(c.sy.map((s) => s.diagnosisCode));
      const units = itemUnits(c.items);
      const cand = singleRecordUnits(units, (r) => r.id === 'IY' && DRUG_INDICATIONS.has(r.code) && (r as { amount?: number }).amount !== undefined);
      const drug = MISPLACED_DRUGS.find((x) => !hasIndication(m, x, dx) && m.drug(x.code));
      if (!cand.length || !drug) return undefined;
      const u = rng.pick(cand);
      const r = u.records[0]! as BillingLineRecord & { amount?: number };
      const was = r.code;
      r.code = drug.code;
      r.amount = drug.amount;
      setUnitPoints(u, drugUnitPoints(m, [{ code: drug.code, amount: drug.amount }]));
      recomputeTotals(c);
      return { kind, target: r, detail: `${drug.label}を処方、適応傷病名なし（本来${was}）` };
    }
    case 'initial-visit-consecutive-month': {
      if (!ctx.seenLastMonth) return undefined;
      const units = itemUnits(c.items);
      if (units.some((u) => u.category === '11')) return undefined;
      const revisit = units.find((u) => u.category === '12' && u.records[0]!.code === FEE.revisit);
      if (!revisit) return undefined;
      const d = firstDay(revisit.records[0]!.days);
      // Take the day's 再診 (and what only a 再診 day carries) off, and bill a 初診 instead.
      const dropOnDay = (u: ItemUnit): boolean => u === revisit || (u.category === '12' && u.records[0]!.code === FEE.outpatientManagement) || u.category === '13';
      const kept: ItemUnit[] = [];
      for (const u of units) {
        if (dropOnDay(u) && u.records[0]!.days[d]) {
          const days = u.records[0]!.days.slice();
          days[d] = 0;
          if (days.some((x) => x > 0)) {
            setUnitDays(u, days);
            kept.push(u);
          }
        } else kept.push(u);
      }
      const infant = ageOn(c.re.birthDate, `${c.re.serviceMonth}-${String(d + 1).padStart(2, '0')}`) < 6;
      const dayArr = new Array<number>(31).fill(0);
      dayArr[d] = 1;
      const mk = (code: string): ProcedureRecord => ({ id: 'SI', line: 0, burden: revisit.records[0]!.burden, code, count: 1, comments: [], days: dayArr.slice() });
      const recs = [mk(FEE.firstVisit), ...(infant ? [mk(FEE.firstVisitInfant)] : [])];
      recs[recs.length - 1]!.points = recs.reduce((t, r) => t + procedurePoints(m, r.code), 0) as Points;
      kept.unshift({ category: '11', records: recs, comments: [] });
      c.items = unitItems(kept);
      recomputeTotals(c);
      return { kind, target: recs[0]!, detail: `${d + 1}日に初診料、前月も同一医療機関を受診` };
    }
    case 'age-limited-item': {
      if (ctx.age < 6) return undefined;
      const units = itemUnits(c.items);
      const u = units.find((x) => x.category === '12' && x.records.length === 1 && x.records[0]!.code === FEE.revisit);
      if (!u) return undefined;
      const base = u.records[0]!;
      const add: ProcedureRecord = { id: 'SI', line: 0, burden: base.burden, code: FEE.revisitInfant, count: base.count, comments: [], days: base.days.slice() };
      const points = (base.points ?? 0) + procedurePoints(m, FEE.revisitInfant);
      delete base.points;
      add.points = points as Points;
      u.records.push(add);
      c.items = unitItems(units);
      recomputeTotals(c);
      const e = m.procedure(FEE.revisitInfant);
      return { kind, target: add, detail: `乳幼児加算（再診）（上限年齢${e?.maxAge ?? '06'}）を${ctx.age}歳に算定` };
    }
    case 'outpatient-management-with-procedure': {
      const units = itemUnits(c.items);
      const target = c.items.find((it): it is ProcedureRecord => it.id === 'SI' && it.code === FEE.outpatientManagement);
      if (!target) return undefined;
      const dx = new Set(c.sy.map((s) => s.diagnosisCode));
      const usable = OPM_EXCLUDED_PROCEDURES.filter((p) => {
        const e = m.procedure(p.code);
        return plainItem(e, false) && e.outpatientManagementClass === 1 && !units.some((u) => u.records.some((r) => r.code === p.code));
      });
      const proc = usable.find((p) => p.dx.some((x) => dx.has(x))) ?? usable.find((p) => !p.dx.length);
      if (!proc) return undefined;
      const e = m.procedure(proc.code)!;
      const days = target.days.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0);
      const d = rng.pick(days);
      const rec: ProcedureRecord = { id: 'SI', line: 0, burden: target.burden, code: proc.code, count: 1, comments: [], days: singleDay(d), points: procedurePoints(m, proc.code) as Points };
      insertUnit(units, { category: categoryOfTally(e.tallyOutpatient) ?? '40', records: [rec], comments: [] });
      c.items = unitItems(units);
      recomputeTotals(c);
      return { kind, target, detail: `外来管理加算と同じ${d + 1}日に${e.name}（${proc.code}、外来管理加算区分1）を算定` };
    }
    case 'missing-specific-disease': {
      const target = c.items.find((it): it is ProcedureRecord => it.id === 'SI' && SPECIFIC_DISEASE_ITEMS.has(it.code));
      if (!target) return undefined;
      const qualifying = c.sy.filter((s) => isSpecificDisease(m, s.diagnosisCode));
      if (!qualifying.length) return undefined;
      // Never an indication of a drug the 適応 rules check (the claim or its 調剤 claims would break those too).
      if (MISPLACED_DRUGS.some((d) => hasIndication(m, d, qualifying.map((s) => s.diagnosisCode)))) return undefined;
      const used = new Set(c.sy.map((s) => s.diagnosisCode));
      const swaps: [DiagnosisRecord, string][] = [];
      for (const s of qualifying) {
        const next = [SPECIFIC_DISEASE_SWAP[s.diagnosisCode], ...NON_SPECIFIC_FALLBACK].find((x) => x && !used.has(x) && m.diagnosis(x) && !isSpecificDisease(m, x));
        if (!next) return undefined;
        used.add(next);
        swaps.push([s, next]);
      }
      const text = swaps.map(([s, x]) => `${m.diagnosis(s.diagnosisCode)?.name ?? s.diagnosisCode}→${m.diagnosis(x)?.name ?? x}`).join('、');
      for (const [s, x] of swaps) s.diagnosisCode = x;
      return { kind, target, detail: `${m.procedure(target.code)?.name ?? target.code}を算定、特定疾患の傷病名なし（${text}）` };
    }
    case 'sex-specific-item': {
      const sex = c.re.sex;
      if (sex !== '1' && sex !== '2') return undefined;
      const inpatient = isInpatientClaim(c);
      const units = itemUnits(c.items);
      const base = baseUnit(units);
      if (!base) return undefined;
      const opmDays = new Set<number>();
      for (const it of c.items) if (it.id === 'SI' && it.code === FEE.outpatientManagement) it.days.forEach((n, i) => n > 0 && opmDays.add(i));
      for (const code of SEX_SPECIFIC_ITEMS[sex]) {
        const e = m.procedure(code);
        if (!plainItem(e, inpatient) || units.some((u) => u.records.some((r) => r.code === code))) continue;
        // Not where 外来管理加算 is billed if the item excludes it: the sex rule alone should fire.
        const days = base.records[0]!.days.map((n, i) => (n > 0 && !(e.outpatientManagementClass === 1 && opmDays.has(i)) ? i : -1)).filter((i) => i >= 0);
        const category = categoryOfTally(inpatient ? e.tallyInpatient : e.tallyOutpatient);
        if (!days.length || !category) continue;
        const d = rng.pick(days);
        const rec: ProcedureRecord = { id: 'SI', line: 0, burden: base.records[0]!.burden, code, count: 1, comments: [], days: singleDay(d), points: procedurePoints(m, code) as Points };
        insertUnit(units, { category, records: [rec], comments: [] });
        c.items = unitItems(units);
        recomputeTotals(c);
        return { kind, target: rec, detail: `${e.name}（${sex === '1' ? '女性' : '男性'}のみ）を${sex === '1' ? '男性' : '女性'}の患者に${d + 1}日に算定` };
      }
      return undefined;
    }
    case 'judgement-fee-across-claims': {
      // Not in a 短手３ stay: the 判断料 is included there (a second rule would find it).
      if (c.items.some((it) => it.id === 'SI' && isShortStayFee(m, it.code))) return undefined;
      const billed = new Set(c.items.map((it) => it.code));
      const elsewhere = new Map<string, UkeClaim>();
      for (const o of ctx.sameProviderClaims) for (const it of o.items) if (it.id === 'SI' && JUDGEMENTS.has(it.code) && !billed.has(it.code) && !elsewhere.has(it.code)) elsewhere.set(it.code, o);
      if (!elsewhere.size) return undefined;
      const code = rng.pick([...elsewhere.keys()].sort());
      const units = itemUnits(c.items);
      // On the day of the claim's own 検体検査 where it has some, else on its first day.
      const on = units.find((u) => u.category === '60') ?? baseUnit(units);
      if (!on) return undefined;
      const d = firstDay(on.records[0]!.days);
      const rec: ProcedureRecord = { id: 'SI', line: 0, burden: on.records[0]!.burden, code, count: 1, comments: [], days: singleDay(d), points: procedurePoints(m, code) as Points };
      insertUnit(units, { category: '60', records: [rec], comments: [] });
      c.items = unitItems(units);
      recomputeTotals(c);
      const where = isInpatientClaim(elsewhere.get(code)!) ? '入院' : '入院外';
      return { kind, target: rec, detail: `${m.procedure(code)?.name ?? code}を${d + 1}日に算定、同じ医療機関の同月の${where}レセプトで算定済み（月1回）` };
    }
    case 'short-stay-bundled-item': {
      if (!isInpatientClaim(c)) return undefined;
      const stay = c.items.find((it): it is ProcedureRecord => it.id === 'SI' && isShortStayFee(m, it.code));
      if (!stay) return undefined;
      const billed = new Set(c.items.map((it) => it.code));
      const options = SHORT_STAY_INCLUDED.filter((x) => m.procedure(x.code) && !billed.has(x.code) && !(x.judgement && ctx.judged.has(x.code)));
      if (!options.length) return undefined;
      const item = rng.pick(options);
      const d = firstDay(stay.days);
      const units = itemUnits(c.items);
      const rec: ProcedureRecord = { id: 'SI', line: 0, burden: stay.burden, code: item.code, count: 1, comments: [], days: singleDay(d), points: procedurePoints(m, item.code) as Points };
      insertUnit(units, { category: item.category, records: [rec], comments: [] });
      c.items = unitItems(units);
      recomputeTotals(c);
      if (item.judgement) ctx.judged.add(item.code);
      return { kind, target: rec, detail: `${m.procedure(item.code)!.name}を${d + 1}日に算定、${m.procedure(stay.code)!.name}の所定点数に含まれる` };
    }
    case 'daily-dose-over-max': {
      const cand = oralDrugLines(c).filter(({ r }) => DOSE_LIMIT_BY_CODE.has(r.code) && r.amount !== undefined);
      if (!cand.length) return undefined;
      const { u, r } = rng.pick(cand);
      const limit = DOSE_LIMIT_BY_CODE.get(r.code)!;
      const was = r.amount!;
      r.amount = rng.pick(limit.over);
      repriceDrugUnit(m, u);
      recomputeTotals(c);
      return { kind, target: r, detail: `${limit.label}を1日${r.amount}錠（最大${limit.maxDaily}錠、本来${was}錠）` };
    }
    case 'new-drug-over-14-days': {
      const onClaim = new Set(c.items.map((it) => it.code));
      const cand: { u: ItemUnit; r: BillingLineRecord & { amount?: number }; drugs: NewDrug[] }[] = [];
      for (const x of oralDrugLines(c)) {
        const supply = Math.max(...x.r.days);
        const dates = x.r.days.flatMap((n, i) => (n > 0 ? [`${c.re.serviceMonth}-${String(i + 1).padStart(2, '0')}`] : []));
        if (supply <= NEW_DRUG_MAX_DAYS || !dates.length) continue;
        // Where the limit holds on every day the line is billed.
        const drugs = newDrugsOn(m, dates[0]!).filter((d) => d.replaces.has(x.r.code) && !onClaim.has(d.code) && newDrugsOn(m, dates[dates.length - 1]!).includes(d));
        if (drugs.length) cand.push({ ...x, drugs });
      }
      if (!cand.length) return undefined;
      const { u, r, drugs } = rng.pick(cand);
      const drug = rng.pick(drugs);
      const was = r.code;
      r.code = drug.code;
      r.amount = drug.amount;
      repriceDrugUnit(m, u);
      recomputeTotals(c);
      return { kind, target: r, detail: `${drug.label}（収載${m.drug(drug.code)!.listedOn}、${NEW_DRUG_MAX_DAYS}日限度）を${Math.max(...r.days)}日分投与（本来${was}）` };
    }
    case 'pharmacy-drug-without-indication':
    case 'pharmacy-without-prescriber-claim':
    case 'lost-before-visit':
    case 'go-total-mismatch':
    // judgement kinds follow a provider's habits: plant-judgement.ts
    case 'excessive-tests':
    case 'excessive-injection':
      return undefined;
  }
}
