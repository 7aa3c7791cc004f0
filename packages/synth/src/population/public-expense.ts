/**
 * 公費 a person holds: 生活保護 (12) for households on public assistance, 精神通院 (21) for most
 * patients of the psychiatric scenarios, 難病 (54) for Parkinson's disease. 公費負担者番号 =
 * 法別番号 + prefecture + 実施機関 + 検証番号; 受給者番号 = six digits + 検証番号 (registry/public-expense-number.ts).
 */
import type { IsoDate } from '@kokuho/core/common';
import { checkDigitOf } from '@kokuho/core/registry';
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
