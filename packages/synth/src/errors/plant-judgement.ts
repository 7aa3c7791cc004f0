/**
 * Plants a judgement error (error-kinds.ts, category `judgement`) in a clean 医科 outpatient claim:
 * items every rule lets pass — in force, at the master's points, within their counts, ages and
 * facilities, on visit days — that a 審査委員 would cut as 過剰・不適当 because the claim's diagnoses
 * do not call for them. Totals are recomputed so that nothing else is wrong.
 */
import type { Points } from '@kokuho/core/common';
import type { MasterSnapshot } from '@kokuho/core/masters';
import type { DrugRecord, ProcedureRecord, UkeClaim } from '@kokuho/core/uke';
import { DRUG } from '../clinical/drugs.ts';
import { FEE, TEST } from '../clinical/fee-codes.ts';
import { drugUnitPoints, procedurePoints } from '../claims/pricing.ts';
import type { Rng } from '../random/rng.ts';
import { insertUnit, itemUnits, recomputeTotals, unitItems, type ItemUnit } from './claim-units.ts';
import type { Planted } from './plant-medical.ts';
import type { JudgementKind } from './provider-habits.ts';

export interface TestPanel {
  label: string;
  codes: readonly string[];
  /** ICD-10 prefixes of the diagnoses that call for the panel: with one of them on the claim it is not excessive. */
  calledForBy: readonly string[];
  /** Only for patients of this sex (PSA). */
  sex?: '1' | '2';
}

/** 検体検査 a habitual provider adds to claims whose diagnoses do not call for them (all in data/sample-masters). */
export const TEST_PANELS: readonly TestPanel[] = [
  { label: '甲状腺機能検査', codes: [TEST.tsh, TEST.ft4], calledForBy: ['E0'] },
  { label: 'ＢＮＰ', codes: [TEST.bnp], calledForBy: ['I11', 'I42', 'I48', 'I50'] },
  { label: '肝炎ウイルス検査', codes: ['160046810', '160118510'], calledForBy: ['B1', 'K7'] }, // HBs抗原, HCV抗体
  { label: 'ＰＳＡ', codes: ['160037510'], calledForBy: ['C61', 'N4', 'R97'], sex: '1' },
  { label: 'フェリチン', codes: ['160192510'], calledForBy: ['D5', 'D6'] },
];

/** 点滴注射（500mL以上、6歳以上: AGE-G004）with ソリタ－Ｔ３号輸液 500mL, given to an outpatient. */
const DRIP = { procedure: FEE.drip, drug: DRUG.solitaT3.codes[0]!, minAge: 6 } as const;
const INJECTIONS: ReadonlySet<string> = new Set(['31', '32', '33']);

export interface JudgementContext {
  masters: MasterSnapshot;
  rng: Rng;
  age: number;
  /** The provider's panel (TEST_PANELS index); a random one where the provider has no habit. */
  panel: number | undefined;
}

const isInpatient = (c: UkeClaim): boolean => Number(c.re.receiptType[3]) % 2 === 1;

function singleDay(d: number): number[] {
  const days = new Array<number>(31).fill(0);
  days[d] = 1;
  return days;
}

/** Visit days (0-based) of the claim: those of its 初診・再診 units. */
function visitDays(units: readonly ItemUnit[]): number[] {
  const days = new Set<number>();
  for (const u of units) if (u.category === '11' || u.category === '12') u.records[0]!.days.forEach((n, i) => n > 0 && days.add(i));
  return [...days].sort((a, b) => a - b);
}

const diagnosisNames = (m: MasterSnapshot, c: UkeClaim): string => c.sy.map((s) => m.diagnosis(s.diagnosisCode)?.name ?? s.diagnosisCode).join('・');

export function plantJudgement(kind: JudgementKind, c: UkeClaim, ctx: JudgementContext): Planted | undefined {
  const m = ctx.masters;
  if (isInpatient(c) || !c.sy.length) return undefined;
  const units = itemUnits(c.items);
  const days = visitDays(units);
  const base = units.find((u) => u.category === '11' || u.category === '12')?.records[0];
  if (!days.length || !base) return undefined;
  const d = ctx.rng.pick(days);
  const si = (code: string): ProcedureRecord => ({ id: 'SI', line: 0, burden: base.burden, code, count: 1, comments: [], days: singleDay(d), points: procedurePoints(m, code) as Points });

  if (kind === 'excessive-tests') {
    const panel = TEST_PANELS[ctx.panel ?? ctx.rng.int(TEST_PANELS.length)]!;
    if (panel.sex && c.re.sex !== panel.sex) return undefined;
    const icd = c.sy.map((s) => m.diagnosis(s.diagnosisCode)?.icd10 ?? '');
    if (icd.some((x) => panel.calledForBy.some((p) => x.startsWith(p)))) return undefined;
    const billed = new Set(c.items.map((it) => it.code));
    if (panel.codes.some((x) => billed.has(x) || !m.procedure(x))) return undefined;
    const added = panel.codes.map(si);
    for (const r of added) insertUnit(units, { category: '60', records: [r], comments: [] });
    // blood is drawn for them: B-V once on the day, where the day has none yet
    if (!units.some((u) => u.records.some((r) => r.code === FEE.bloodDraw && r.days[d]! > 0))) insertUnit(units, { category: '60', records: [si(FEE.bloodDraw)], comments: [] });
    c.items = unitItems(units);
    recomputeTotals(c);
    return { kind, target: added[0]!, detail: `${panel.label}（${added.map((r) => m.procedure(r.code)!.name).join('・')}）を${d + 1}日に算定、傷病名（${diagnosisNames(m, c)}）に必要とするものなし` };
  }

  if (ctx.age < DRIP.minAge || units.some((u) => INJECTIONS.has(u.category)) || !m.procedure(DRIP.procedure) || !m.drug(DRIP.drug)) return undefined;
  const proc = si(DRIP.procedure);
  const drug: DrugRecord = { id: 'IY', line: 0, burden: base.burden, code: DRIP.drug, amount: 1, count: 1, comments: [], days: singleDay(d), points: drugUnitPoints(m, [{ code: DRIP.drug, amount: 1 }]) as Points };
  insertUnit(units, { category: '33', records: [proc], comments: [] });
  insertUnit(units, { category: '33', records: [drug], comments: [] });
  c.items = unitItems(units);
  recomputeTotals(c);
  return { kind, target: proc, detail: `外来で${d + 1}日に点滴注射（${m.drug(DRIP.drug)!.name}）、傷病名は${diagnosisNames(m, c)}` };
}
