/**
 * A claim billed to a 公費 alone (公費単独: レセプト種別 x2xx, one KO and no HO; uke-format.md §2, §5.1).
 * No insurer takes part: the patient pays their charge under the 公費 and the 公費 pays the rest of
 * the care (and of the meals it bears, KO 食事療養 合計金額).
 *
 * - 12 生活保護 (医療扶助, the usual 公費単独: system-map.md "Which claims reach a federation"): the
 *   patient's charge is the 本人支払額 of the 医療券, which the claim carries as KO 負担金額 (記録条件仕様
 *   医科 KO: recorded when the 医療券 gives one, omitted otherwise — then nothing). It falls on the care
 *   first, then on the meals; the 公費 pays everything else.
 * - 54・52・15・16・21: the patient pays the programme's ratio of 医療費 rounded to 10 yen (public-expense.ts),
 *   at most the KO 負担金額 when stated (what was left of the monthly cap; 54・52 need it). The rounding
 *   falls on the 公費, as with a 公費 beside the insurance. Meals of these are refused: how a programme
 *   shares them without an insurer is not in the reference.
 * - Other 法別番号 are refused, naming the programme.
 */
import { roundCopayTo10Yen } from './copay-rounding.ts';
import type { ClaimPublicExpenseFacts, DecidedClaimPriced } from './decided-claim-types.ts';
import { publicExpenseProgramme } from './public-expense.ts';
import { capNotStated, lawLabel, severalPublicExpenses, unreadablePayer, unsupportedLaw } from './public-expense-refusals.ts';

export interface PublicOnlyClaimFacts {
  /** Decided points of the claim (its KO's). */
  points: number;
  inpatient: boolean;
  publicExpenses: readonly ClaimPublicExpenseFacts[];
}

const PUBLIC_ASSISTANCE = '12';

export function pricePublicOnlyClaim(f: PublicOnlyClaimFacts): DecidedClaimPriced {
  if (f.publicExpenses.length === 0) return { ok: false, reason: '公費単独のレセプトに公費レコード（KO）がない' };
  if (f.publicExpenses.length > 1) return { ok: false, reason: severalPublicExpenses(f.publicExpenses) };
  const ko = f.publicExpenses[0]!;
  if (!/^\d{8}$/.test(ko.payerNumber)) return { ok: false, reason: unreadablePayer(ko.payerNumber) };
  const law = ko.lawNumber;
  const medicalCost = f.points * 10;
  const none = { insurerPays: 0, careInsurerPays: 0, windowRounding: 0, mealInsurerPays: 0 };

  if (law === PUBLIC_ASSISTANCE) {
    const charge = ko.statedCopay ?? 0;
    const total = medicalCost + ko.mealCost;
    if (charge > total) return { ok: false, reason: `本人支払額（${charge}円）が医療費と食事療養費の合計（${total}円）を超えている` };
    const copay = Math.min(charge, medicalCost);
    const mealPatientPays = charge - copay;
    return {
      ok: true,
      pricing: {
        ...none, medicalCost, copay, publicExpense: [{ payerNumber: ko.payerNumber, pays: total - charge }],
        mealCost: ko.mealCost, mealPatientPays, mealPublicExpensePays: ko.mealCost - mealPatientPays,
      },
    };
  }

  const programme = publicExpenseProgramme(law);
  if (!programme) return { ok: false, reason: unsupportedLaw(law) };
  if (programme.outpatientOnly && f.inpatient) return { ok: false, reason: `入院のレセプトに通院だけが対象の公費（${lawLabel(law)}）がある` };
  if (ko.mealCount || ko.mealCost) return { ok: false, reason: `公費単独（${lawLabel(law)}）の食事療養（価格付けは未対応）` };
  if (programme.capRequired && ko.statedCopay === undefined) return { ok: false, reason: capNotStated(law) };
  const copay = Math.min(roundCopayTo10Yen(f.points * programme.patientRatioTenths), ko.statedCopay ?? medicalCost, medicalCost);
  return {
    ok: true,
    pricing: { ...none, medicalCost, copay, publicExpense: [{ payerNumber: ko.payerNumber, pays: medicalCost - copay }], mealCost: 0, mealPatientPays: 0, mealPublicExpensePays: 0 },
  };
}
