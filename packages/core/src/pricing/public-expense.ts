/**
 * National 公費 with a patient ratio and a monthly 自己負担上限額, paid in kind at the window.
 *
 * How a claim with one of these is shared (rules-reference.md §2.7 for the limit, the programmes'
 * own rules for the rest):
 * 1. 医療保険 first: the insurer pays 医療費 minus the insurance copay, the copay being capped by the
 *    高額療養費 limit of a 公費 receipt (区分ウ under 70, 一般 from 70; §2.7 [V2]).
 * 2. The patient pays the programme's ratio of 医療費 (never more than the insurance ratio), rounded
 *    to 10 yen like any 一部負担金, and never more than what is left of the monthly cap on the
 *    受給者証 (自己負担上限額管理票) nor more than the insurance copay.
 * 3. The 公費 pays the rest of the insurance copay. The patient's 10-yen rounding therefore falls on
 *    the 公費, and medicalCost = insurerPays + publicExpensePays + copay exactly.
 *
 * Supported: 54 難病 (特定医療), 52 小児慢性特定疾病, 15 更生医療, 16 育成医療, 21 精神通院医療.
 * Refused: 12 生活保護 (its recipients are not 国保/後期 insureds) and every other 法別番号 (結核,
 * 原爆, 肝炎, the 80s/90s of local welfare programmes …), whose sharing rules are not in the reference.
 */
import { PUBLIC_EXPENSE_LAWS } from '../registry/law-numbers.ts';

export interface PublicExpenseProgramme {
  lawNumber: string;
  /** The programme's patient ratio (割). */
  patientRatioTenths: number;
  /** The 受給者証 always has a monthly cap (true) or may say 上限なし (false). */
  capRequired: boolean;
  outpatientOnly: boolean;
  /** Where the ratio (and scope) come from. */
  source: string;
}

export const PUBLIC_EXPENSE_PROGRAMMES: Record<string, PublicExpenseProgramme> = {
  '54': {
    lawNumber: '54', patientRatioTenths: 2, capRequired: true, outpatientOnly: false,
    source: '難病情報センター（nmosd-navi.net 引用）: 支給認定後の自己負担は2割、月額の自己負担上限額まで [V2]',
  },
  '52': {
    lawNumber: '52', patientRatioTenths: 2, capRequired: true, outpatientOnly: false,
    source: '小児慢性特定疾病の医療費助成: 患者負担割合2割、月額の自己負担上限額（small-baby.jp、sanofi-sle.jp）[V2]',
  },
  '15': {
    lawNumber: '15', patientRatioTenths: 1, capRequired: false, outpatientOnly: false,
    source: '自立支援医療（更生医療）: 原則1割、世帯の所得に応じた月額上限（笛吹市）[V2]',
  },
  '16': {
    lawNumber: '16', patientRatioTenths: 1, capRequired: false, outpatientOnly: false,
    source: '自立支援医療（育成医療）: 原則1割、世帯の所得に応じた月額上限（笛吹市）[V2]',
  },
  '21': {
    lawNumber: '21', patientRatioTenths: 1, capRequired: false, outpatientOnly: true,
    source: '自立支援医療（精神通院医療）: 原則1割・通院のみ、月額上限又は医療保険の自己負担限度額まで（田村市、笛吹市）[V2]',
  },
};

/** In the order of the docs (Object.keys would sort these integer-like keys). */
export const SUPPORTED_PUBLIC_EXPENSE_LAWS: readonly string[] = ['54', '52', '15', '16', '21'];

export function publicExpenseProgramme(law: string): PublicExpenseProgramme | undefined {
  return Object.prototype.hasOwnProperty.call(PUBLIC_EXPENSE_PROGRAMMES, law) ? PUBLIC_EXPENSE_PROGRAMMES[law] : undefined;
}

export function publicExpenseName(law: string): string {
  return PUBLIC_EXPENSE_LAWS[law] ?? `法別${law}`;
}
