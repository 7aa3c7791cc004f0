/**
 * The care of a claim billed to the insurer and one 公費 (公費併用, KO after HO): the window pricing
 * with the 公費 (public-expense.ts, rules-reference.md §2.7 for the receipt's limit) on the points the
 * 公費 bears (KO 合計点数 after 査定), the insurer alone on the rest.
 *
 * The 受給者証's monthly cap is not on the claim. What is there is KO 負担金額: the patient's charge
 * under the 公費 for this claim, after the cap and what the 自己負担上限額管理票 already held (記録条件仕様
 * 医科 KO「負担金額 公費」; the real sample file has 54 with 364点 → 728 = 2割 to the yen, and 52 with
 * 1,272点 → 2,500, the cap, below 2割 = 2,544). It is therefore taken as what is left of the cap with
 * nothing paid before: the patient never pays more than the claim says, and where the claim states the
 * programme's ratio amount the pricing gives that amount back. Without it, 15・16・21 have no cap
 * (記録条件仕様: recorded only when the 受給者証 gives a charge); 54 and 52 always have one and are refused.
 *
 * When the 公費 bears only some items, the two parts are priced apart; that is exact only while no
 * 高額療養費 limit applies (the reference does not say how a limit is shared between the parts), so
 * such a claim reaching a limit is refused.
 */
import { priceWindowCopay } from './window-copay.ts';
import type { ClaimCarePriced, ClaimCarePricing, ClaimPublicExpenseFacts } from './decided-claim-types.ts';
import { publicExpenseProgramme } from './public-expense.ts';
import { capNotStated, lawLabel, severalPublicExpenses, unreadablePayer, unsupportedLaw } from './public-expense-refusals.ts';
import type { PublicExpenseInput, WindowCopayInput, WindowCopayResult } from './window-copay-types.ts';

export interface PublicExpenseClaimFacts {
  /** The window input of the whole claim (HO points, the claim's 所得区分). */
  input: WindowCopayInput;
  /** Under 70 without a 区 code: the insurer's own limit is not known (claim-window-input.ts). */
  ratioOnly: boolean;
  publicExpenses: readonly ClaimPublicExpenseFacts[];
  /** The claim has meals (HO). */
  hasMeals: boolean;
}

type Priced = { ok: true; value: WindowCopayResult } | { ok: false; reason: string };

function price(input: WindowCopayInput): Priced {
  const r = priceWindowCopay(input);
  return r.ok ? { ok: true, value: r.value } : { ok: false, reason: `窓口負担を計算できないレセプト（${r.errors.map((e) => e.code).join('・')}）` };
}

export function pricePublicExpenseClaim(f: PublicExpenseClaimFacts): ClaimCarePriced {
  if (f.publicExpenses.length > 1) return { ok: false, reason: severalPublicExpenses(f.publicExpenses) };
  const ko = f.publicExpenses[0]!;
  if (!/^\d{8}$/.test(ko.payerNumber)) return { ok: false, reason: unreadablePayer(ko.payerNumber) };
  const law = ko.lawNumber;
  if (law === '12') return { ok: false, reason: `公費（${lawLabel(law)}）と国保・後期の併用（生活保護の受給者は被保険者にならない。国保法6条・高確法51条）` };
  const programme = publicExpenseProgramme(law);
  if (!programme) return { ok: false, reason: unsupportedLaw(law) };
  if (programme.outpatientOnly && f.input.inpatient) return { ok: false, reason: `入院のレセプトに通院だけが対象の公費（${lawLabel(law)}）がある` };
  if (ko.mealCount || ko.mealCost) return { ok: false, reason: `公費（${lawLabel(law)}）が食事療養を負担するレセプト（価格付けは未対応）` };
  // 指定難病・小児慢性 patients pay a lower 標準負担額 for meals, which the reference does not give (meal-charges.ts)
  if (f.hasMeals && (law === '54' || law === '52')) return { ok: false, reason: `公費（${lawLabel(law)}）の患者の食事療養（標準負担額の減額は参照資料にない）` };
  if (programme.capRequired && ko.statedCopay === undefined) return { ok: false, reason: capNotStated(law) };

  const points = f.input.points;
  const covered = ko.decidedPoints;
  if (covered > points) return { ok: false, reason: `公費の合計点数（${covered}点）が医療保険の合計点数（${points}点）を超えている` };
  const pe: PublicExpenseInput = { lawNumber: law, selfPayCap: ko.statedCopay ?? null, paidThisMonth: 0 };
  const ofPayer = (pays: number): ClaimCarePricing['publicExpense'] => [{ payerNumber: ko.payerNumber, pays }];

  if (covered === points) {
    // A 公費 receipt has its limit in kind whatever the insured showed (区分ウ / 一般, §2.7), so a claim
    // without a 区 code (ratioOnly) is priced too.
    const r = price({ ...f.input, publicExpense: pe });
    if (!r.ok) return r;
    const v = r.value;
    return { ok: true, care: { medicalCost: v.medicalCost, copay: v.copay, insurerPays: v.insurerPays, windowRounding: v.windowRounding, publicExpense: ofPayer(v.publicExpensePays) } };
  }

  const whole = price(f.input);
  if (!whole.ok) return whole;
  if (covered === 0) {
    // the 公費 bears no item this month: an insurance claim, its 公費 owing nothing
    if (f.ratioOnly && whole.value.highCostApplied) return { ok: false, reason: '限度額区分の記載がない高額のレセプト（窓口は割合で徴収し、高額療養費は保険者が償還）' };
    const v = whole.value;
    return { ok: true, care: { medicalCost: v.medicalCost, copay: v.copay, insurerPays: v.insurerPays, windowRounding: v.windowRounding, publicExpense: ofPayer(0) } };
  }
  const withPe = price({ ...f.input, points: covered, publicExpense: pe });
  if (!withPe.ok) return withPe;
  const rest = price({ ...f.input, points: points - covered });
  if (!rest.ok) return rest;
  if (whole.value.highCostApplied || withPe.value.highCostApplied || rest.value.highCostApplied) {
    return { ok: false, reason: `公費（${lawLabel(law)}）の対象が一部の項目で、高額療養費の限度額に達するレセプト（限度額の分け方は参照資料にない）` };
  }
  const a = withPe.value, b = rest.value;
  return {
    ok: true,
    care: {
      medicalCost: a.medicalCost + b.medicalCost, copay: a.copay + b.copay, insurerPays: a.insurerPays + b.insurerPays,
      windowRounding: a.windowRounding + b.windowRounding, publicExpense: ofPayer(a.publicExpensePays),
    },
  };
}
