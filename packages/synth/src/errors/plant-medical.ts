/**
 * Plants one error of a given kind in a clean 医科 claim, or reports that the kind does not apply
 * to it. Each planting changes exactly what the kind names: where points change, the totals are
 * recomputed from the items so that no second error (a wrong 合計点数) rides along.
 */
import type { MasterSnapshot } from '@kokuho/core/masters';
import type { BillingLineRecord, CommentRecord, ProcedureRecord, UkeClaim } from '@kokuho/core/uke';
import { recordFields } from '@kokuho/core/uke';
import type { Points } from '@kokuho/core/common';
import { FEE, JUDGEMENT } from '../clinical/fee-codes.ts';
import { DRUG_INDICATIONS } from '../clinical/indications.ts';
import { drugUnitPoints, procedurePoints } from '../claims/pricing.ts';
import type { Rng } from '../random/rng.ts';
import { itemUnits, recomputeTotals, setUnitDays, setUnitPoints, unitItems, unitPoints, type ItemUnit } from './claim-units.ts';
import type { ErrorKind } from './error-kinds.ts';

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
}

export interface Planted {
  kind: ErrorKind;
  detail: string;
  /** The record the error shows on (its line goes into the ground truth); 'GO' for the trailer. */
  target: object;
}

const JUDGEMENTS: ReadonlySet<string> = new Set(Object.values(JUDGEMENT));
const LONG_NAME_TAIL = '寿限無寿限無五劫の擦切';


/** Drugs with one clear indication, to put where that indication is missing. */
const MISPLACED_DRUGS = [
  { code: '622412701', amount: 4, indication: '2500015', label: 'メトホルミン（２型糖尿病）' },
  { code: '622886301', amount: 1, indication: '7906015', label: 'フェブキソスタット（高尿酸血症）' },
  { code: '621917301', amount: 1, indication: '8836591', label: 'タムスロシン（前立腺肥大症）' },
] as const;

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
      const drug = MISPLACED_DRUGS.find((x) => !dx.has(x.indication) && m.drug(x.code));
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
      const infant = ctx.age < 6;
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
    case 'lost-before-visit':
    case 'go-total-mismatch':
      return undefined;
  }
}
