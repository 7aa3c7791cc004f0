/**
 * 検体検査 of one day: single tests at their master points, except 包括 血液化学 (包括対象検査 1):
 * five or more on the same day are one unit at 93 / 99 / 103 points for 5–7 / 8–9 / 10+ items
 * (区分 D007 注, 令和6年改定). Each 判断料 once a month; 採血 (B-V) once a day for outpatients.
 */
import type { MasterSnapshot } from '@kokuho/core/masters';
import type { BurdenCode } from '@kokuho/core/uke';
import { BLOOD_TESTS, FEE, JUDGEMENT_OF } from '../clinical/fee-codes.ts';
import { procedureEntry, procedurePoints } from './pricing.ts';
import type { UnitList } from './units.ts';

export function bundledChemistryPoints(items: number): number {
  return items >= 10 ? 103 : items >= 8 ? 99 : 93;
}

export function addTests(units: UnitList, m: MasterSnapshot, codes: readonly string[], day: number, burden: BurdenCode, judged: Set<string>, outpatient: boolean, tag: string): void {
  const unique = [...new Set(codes)];
  const chem = unique.filter((c) => procedureEntry(m, c).bundledTestGroup === 1);
  const single = chem.length >= 5 ? unique.filter((c) => !chem.includes(c)) : unique;
  if (chem.length >= 5) {
    units.add('60', burden, chem.map((code) => ({ kind: 'SI' as const, code })), bundledChemistryPoints(chem.length), day, 1, [], tag);
  }
  for (const code of single) units.add('60', burden, [{ kind: 'SI', code }], procedurePoints(m, code), day, 1, [], tag);
  if (outpatient && unique.some((c) => BLOOD_TESTS.has(c)) && !units.daysWith((u) => u.lines.some((l) => l.code === FEE.bloodDraw)).has(day)) {
    units.add('60', burden, [{ kind: 'SI', code: FEE.bloodDraw }], procedurePoints(m, FEE.bloodDraw), day, 1, [], tag);
  }
  for (const code of unique) {
    const j = JUDGEMENT_OF[code];
    if (!j || judged.has(j)) continue;
    judged.add(j);
    units.add('60', burden, [{ kind: 'SI', code: j }], procedurePoints(m, j), day, 1, [], tag);
  }
}
