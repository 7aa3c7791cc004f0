/**
 * 公費 a person holds: 生活保護 (12) for households on public assistance, 精神通院 (21) for most
 * patients of the psychiatric scenarios, 難病 (54) for Parkinson's disease. 公費負担者番号 =
 * 法別番号 + prefecture + 実施機関 + 検証番号; 受給者番号 = six digits + 検証番号 (registry/public-expense-number.ts).
 */
import type { IsoDate } from '@kokuho/core/common';
import { checkDigitOf, type IncomeCategory } from '@kokuho/core/registry';
import type { ChronicCare } from '../clinical/care-plan.ts';
import type { PublicExpenseGrant } from '../claims/payer.ts';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import type { Person } from './population-types.ts';

const withCheck = (body: string): string => `${body}${checkDigitOf(body)}`;

function grant(p: Person, law: PublicExpenseGrant['law'], agency: string, covers: ReadonlySet<string> | undefined): PublicExpenseGrant {
  const prefecture = p.household.municipality.prefecture;
  return {
    law,
    payerNumber: withCheck(`${law}${prefecture}${agency}`),
    beneficiaryNumber: withCheck(String((p.no * 7 + Number(law)) % 1_000_000).padStart(6, '0')),
    covers,
  };
}

export interface PersonGrants {
  /** 精神通院 / 難病, alongside the insurer. */
  withInsurance: { grant: PublicExpenseGrant; from: IsoDate }[];
  /** 生活保護, from this day (when it applies in the window). */
  welfare: { grant: PublicExpenseGrant; from: IsoDate } | undefined;
}

export function grantsOf(p: Person, chronic: readonly ChronicCare[], seed: number): PersonGrants {
  const rng = new Rng(seed, SALT.publicExpense, p.no);
  const withInsurance: PersonGrants['withInsurance'] = [];
  const psych = chronic.filter((c) => c.scenario.publicExpense === '21');
  if (psych.length && rng.chance(0.75)) withInsurance.push({ grant: grant(p, '21', '600', new Set(psych.map((c) => c.scenario.id))), from: psych[0]!.onset });
  const nanbyo = chronic.filter((c) => c.scenario.publicExpense === '54');
  if (nanbyo.length && rng.chance(0.9)) withInsurance.push({ grant: grant(p, '54', '100', new Set(nanbyo.map((c) => c.scenario.id))), from: nanbyo[0]!.onset });
  const h = p.household;
  let welfare: PersonGrants['welfare'];
  if (h.welfare) welfare = { grant: grant(p, '12', h.municipality.serial, undefined), from: '2015-04-01' };
  else if (h.event?.kind === 'welfareStart') welfare = { grant: grant(p, '12', h.municipality.serial, undefined), from: h.event.date };
  return { withInsurance, welfare };
}

/**
 * Bands of the 自己負担上限額 by the household's 市町村民税: 非課税 with 本人年収 80万円以下 (Ⅰ) or
 * more (Ⅱ), then three taxed bands. 非課税 is the household's 区分オ / 低所得Ⅰ・Ⅱ; within 区分オ the
 * lowest incomes (those that are 低所得Ⅰ from 70, benefit.ts) are Ⅰ; the taxed bands follow the
 * quantiles of 区分エ and ウ (≈ 一般所得Ⅰ 年収約160〜370万, 一般所得Ⅱ 約370〜810万).
 */
type CapBand = 'lowI' | 'lowII' | 'taxed1' | 'taxed2' | 'taxed3';

/**
 * 自己負担上限額（月額） on the 受給者証 (yen):
 * - 54 難病, 一般 (neither 高額かつ長期 nor 人工呼吸器等装着): 低所得Ⅰ 2,500, 低所得Ⅱ 5,000, 一般所得Ⅰ
 *   10,000, 一般所得Ⅱ 20,000, 上位所得 30,000 (厚生労働省の表, as printed by 東京医科大学病院
 *   hospinfo.tokyo-med.ac.jp/raiin/other/nanbyo.html and lysolife.jp). 生活保護 0 does not arise: those
 *   households are not 国保 (welfare, 12).
 * - 21 精神通院, 重度かつ継続 (the 21 scenarios are うつ病 F3 and 統合失調症 F2, both 重度かつ継続 by
 *   ICD-10): 低所得1 2,500, 低所得2 5,000, 中間所得1 5,000, 中間所得2 10,000, 一定所得以上 20,000 (経過的特例;
 *   田村市 city.tamura.lg.jp, 仙台市 city.sendai.jp).
 */
const MONTHLY_CAPS: Readonly<Record<'54' | '21', Readonly<Record<CapBand, number>>>> = {
  '54': { lowI: 2_500, lowII: 5_000, taxed1: 10_000, taxed2: 20_000, taxed3: 30_000 },
  '21': { lowI: 2_500, lowII: 5_000, taxed1: 5_000, taxed2: 10_000, taxed3: 20_000 },
};

function capBand(category: IncomeCategory, income: number): CapBand {
  if (category === 'lowIncomeI') return 'lowI';
  if (category === 'lowIncomeII') return 'lowII';
  if (category === 'o') return income < 0.12 ? 'lowI' : 'lowII';
  return income < 0.62 ? 'taxed1' : income < 0.92 ? 'taxed2' : 'taxed3';
}

/** The 受給者証's monthly cap of a grant, by the household's 所得区分 and income; undefined: no charge on it (生活保護). */
export function monthlyCap(law: PublicExpenseGrant['law'], category: IncomeCategory, income: number): number | undefined {
  return law === '12' ? undefined : MONTHLY_CAPS[law][capBand(category, income)];
}
