/**
 * What the second stage of 振分 (risk-model.ts) reads of a claim, and the features it counts: who
 * billed it, each 診療識別 billed there, each item against each group of the claim's diagnoses
 * (ICD-10, three characters), and the band of its points. Names ride along so that a reason can say
 * 「ＴＳＨ（高血圧症 I10）」 instead of codes.
 */
import { TREATMENT_CATEGORIES } from '../uke/code-tables.ts';

export interface RiskLine {
  code: string;
  /** 診療識別 (別表20); '' where the claim has none (調剤). */
  category: string;
  /** 1-based line of the file: a 査定 names it. */
  line: number;
  name?: string;
}

export interface RiskDiagnosis {
  /** ICD-10 three characters (riskDiagnosisGroup). */
  group: string;
  /** The claim's diagnosis in the group (for the reason). */
  name?: string;
}

export interface RiskClaim {
  /** 医療機関コード (as stored, 10 digits). */
  provider: string;
  kind: string;
  inpatient: boolean;
  totalPoints: number | undefined;
  lines: readonly RiskLine[];
  diagnoses: readonly RiskDiagnosis[];
}

export const RISK_FAMILIES = ['provider', 'providerCategory', 'itemDiagnosis', 'pointsBand'] as const;
export type RiskFamily = (typeof RISK_FAMILIES)[number];

/** A claim without a coded diagnosis (調剤, 歯科) still has its items counted, against this group. */
export const NO_DIAGNOSIS = '-';

/** ICD-10 three characters (I10, E11 …): close enough to say which disease an item goes with. */
export function riskDiagnosisGroup(icd10: string | undefined): string {
  const g = (icd10 ?? '').trim().slice(0, 3).toUpperCase();
  return /^[A-Z]\d\d$/.test(g) ? g : NO_DIAGNOSIS;
}

/** Upper bounds (exclusive) of the points bands; the last band has none. */
const BANDS = [500, 1_000, 2_000, 5_000, 10_000, 50_000] as const;

export function pointsBand(points: number | undefined): { key: string; label: string } {
  const p = points ?? 0;
  const i = BANDS.findIndex((b) => p < b);
  if (i < 0) return { key: `${BANDS.length}`, label: `${BANDS[BANDS.length - 1]!.toLocaleString()}点以上` };
  const lo = i === 0 ? 0 : BANDS[i - 1]!;
  return { key: `${i}`, label: `${lo.toLocaleString()}〜${(BANDS[i]! - 1).toLocaleString()}点` };
}

export const categoryLabel = (c: string): string => (TREATMENT_CATEGORIES as Record<string, string>)[c] ?? (c || '明細');

/**
 * The keys a claim has in each family, each once. itemDiagnosis pairs every item with every group
 * (a claim's lines do not say which diagnosis they were for).
 */
export function riskFeatures(c: RiskClaim): Record<RiskFamily, string[]> {
  const groups = c.diagnoses.length ? [...new Set(c.diagnoses.map((d) => d.group))] : [NO_DIAGNOSIS];
  const categories = new Set<string>(), items = new Set<string>();
  for (const l of c.lines) {
    categories.add(`${c.provider}|${l.category}`);
    for (const g of groups) items.add(`${l.code}|${g}`);
  }
  return {
    provider: [c.provider],
    providerCategory: [...categories],
    itemDiagnosis: [...items],
    pointsBand: [`${c.kind}|${c.inpatient ? 'in' : 'out'}|${pointsBand(c.totalPoints).key}`],
  };
}
