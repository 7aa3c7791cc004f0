/**
 * Drugs with one clear indication, put where that indication is missing (a 医科 claim's own
 * diagnoses, or for a 調剤 claim those of the prescriber's claims). An indication counts as present
 * when a diagnosis is the drug's main one or is named after it: the rules list whole families
 * (２型糖尿病性腎症, 痛風結節 …), and a claim carrying any of them must not be planted.
 */
import type { MasterSnapshot } from '@kokuho/core/masters';

export interface MisplacedDrug {
  code: string;
  /** 使用量 per day (oral). */
  amount: number;
  indication: string;
  /** Words of the B-master names of the indication family. */
  family: readonly string[];
  label: string;
}

export const MISPLACED_DRUGS: readonly MisplacedDrug[] = [
  { code: '622412701', amount: 4, indication: '2500015', family: ['２型糖尿病'], label: 'メトホルミン（２型糖尿病）' },
  { code: '622886301', amount: 1, indication: '7906015', family: ['痛風', '高尿酸血症'], label: 'フェブキソスタット（高尿酸血症）' },
  { code: '621917301', amount: 1, indication: '8836591', family: ['前立腺肥大症'], label: 'タムスロシン（前立腺肥大症）' },
];

/** One of the diagnoses is an indication of the drug (or of its family). */
export function hasIndication(m: MasterSnapshot, drug: MisplacedDrug, diagnoses: Iterable<string>): boolean {
  for (const code of diagnoses) {
    if (code === drug.indication) return true;
    const name = m.diagnosis(code)?.name ?? '';
    if (drug.family.some((w) => name.includes(w))) return true;
  }
  return false;
}
