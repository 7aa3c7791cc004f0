/**
 * Every master code the generator can write, by kind: what data/sample-masters/codes.txt must list
 * for the demo master to price any generated month, and what the tests look up month by month.
 */
import { NEW_DRUG_CODES } from '../errors/drug-limits.ts';
import { TEST_PANELS } from '../errors/plant-judgement.ts';
import { ABOLISHED_CANDIDATES } from '../generate/abolished-codes.ts';
import { FEE, IMAGING, JUDGEMENT, MODIFIER, TEST } from './fee-codes.ts';
import { INPATIENT_SCENARIOS, SCENARIOS } from './scenario-catalog.ts';
import type { DrugSpec, Rx } from './scenario-types.ts';

export interface CatalogCodes {
  procedures: Set<string>;
  drugs: Set<string>;
  devices: Set<string>;
  diagnoses: Set<string>;
  modifiers: Set<string>;
  comments: Set<string>;
}

/**
 * 性別 items planted for the other sex (plant-medical.ts): the plant is skipped in a month whose
 * master lacks them, so they are wanted in the sample master but not required there.
 */
export const SEX_SPECIFIC_CODES: readonly string[] = ['160100710', '140015210', '160060910', '140014810'];

/**
 * Codes planted on purpose as abolished, and items only planted where the month's master has them:
 * listed for the sample master, not expected in force.
 */
export const PLANTED_ONLY = new Set<string>([...ABOLISHED_CANDIDATES.procedures, ...ABOLISHED_CANDIDATES.drugs, ...SEX_SPECIFIC_CODES]);

export function catalogCodes(): CatalogCodes {
  const c: CatalogCodes = { procedures: new Set(), drugs: new Set(), devices: new Set(), diagnoses: new Set(), modifiers: new Set(), comments: new Set() };
  const drugs = (list: readonly DrugSpec[]): void => list.forEach((d) => d.codes.forEach((x) => c.drugs.add(x)));
  const rx = (list: readonly Rx[]): void => list.forEach((r) => drugs(r.drugs));
  for (const v of [...Object.values(FEE), ...Object.values(JUDGEMENT), ...Object.values(TEST), '120001710']) c.procedures.add(v);
  for (const i of Object.values(IMAGING)) {
    [i.diagnosisCode, i.shootingCode, i.addOnCode].forEach((x) => c.procedures.add(x));
    c.comments.add(i.comment.code);
  }
  for (const v of [MODIFIER.right, MODIFIER.left, MODIFIER.both]) c.modifiers.add(v);
  for (const s of SCENARIOS) {
    s.diagnoses.forEach((d) => {
      c.diagnoses.add(d.code);
      d.modifiers?.forEach((x) => x !== 'side' && c.modifiers.add(x));
    });
    rx(s.rx);
    s.perVisit?.forEach((p) => c.procedures.add(p.code));
    s.firstVisit?.forEach((p) => c.procedures.add(p.code));
    s.tests?.forEach((t) => t.codes.forEach((x) => c.procedures.add(x)));
    if (s.injection) {
      c.procedures.add(s.injection.procedure);
      drugs(s.injection.drugs);
    }
  }
  for (const s of INPATIENT_SCENARIOS) {
    s.diagnoses.forEach((d) => c.diagnoses.add(d.code));
    if (s.drip) {
      c.procedures.add(s.drip.procedure);
      drugs(s.drip.drugs);
    }
    if (s.oral) rx([s.oral.rx]);
    if (s.surgery) {
      [...s.surgery.procedures, ...s.surgery.anaesthesia].forEach((p) => c.procedures.add(p.code));
      s.surgery.devices.forEach((d) => c.devices.add(d.code));
      drugs(s.surgery.drugs);
    }
    s.tests.codes.forEach((x) => c.procedures.add(x));
    if (s.rehab) c.procedures.add(s.rehab.code);
    if (s.shortStay) c.procedures.add(s.shortStay.code);
  }
  // Used only when planting errors: indications elsewhere, 新医薬品 (14日), and codes abolished by some months.
  for (const x of ['622412701', '622886301', '621917301', ...NEW_DRUG_CODES, ...ABOLISHED_CANDIDATES.drugs]) c.drugs.add(x);
  ABOLISHED_CANDIDATES.procedures.forEach((x) => c.procedures.add(x));
  // 外来管理加算 を算定できない処置 and 性別 items added by planted errors; diagnoses swapped in for 特定疾患.
  for (const x of ['140019310', '140019710', '140022710', ...SEX_SPECIFIC_CODES]) c.procedures.add(x);
  for (const x of ['5301002', '4660009', '4029010', '8832280', '4609008']) c.diagnoses.add(x);
  // Test panels a provider adds out of habit (judgement kinds).
  for (const p of TEST_PANELS) p.codes.forEach((x) => c.procedures.add(x));
  // Diagnoses of the 歯科 claims.
  c.diagnoses.add('8843836');
  c.diagnoses.add('5234016');
  return c;
}
