/**
 * Pricing of one decided claim from what the claim itself states (レセプト種別, 特記事項, KO, HO):
 * the window pricing of its decided points, split into what the insurer, each 公費 payer and the
 * patient bear. A claim the pricing cannot handle yet is refused with a reason (Japanese), never
 * priced at a guessed amount.
 */
import { ageAtMonth } from './age-bracket.ts';
import { claimWindowInput } from './claim-window-input.ts';
import { priceWindowCopay } from './window-copay.ts';

/** What a stored, decided claim says that pricing needs. */
export interface DecidedClaimFacts {
  fileId: number;
  seq: number;
  /** claims.kind: medical, dpc, pharmacy, dental. */
  kind: string;
  providerCode: string;
  insurerNumber: string;
  /** 都道府県番号 of the insurer (from its number); '' when unknown. */
  insurerPrefecture: string;
  serviceMonth: string;
  birthDate: string;
  receiptType: string;
  claimedPoints: number;
  decidedPoints: number;
  /** RE 給付割合 (%), 一部負担金区分 (別表8) and レセプト特記事項 codes (別表9, two digits each). */
  benefitRatio: number | undefined;
  lowIncomeClass: string;
  specialNotes: string[];
  /** KO 負担者番号, in record order. */
  publicPayers: string[];
  /** HO 食事療養・生活療養 合計金額 (yen). */
  mealsYen: number;
}

/** A decided claim in yen. medicalCost = insurerPays + Σ publicExpense + copay − windowRounding. */
export interface DecidedClaimPricing {
  medicalCost: number;
  copay: number;
  insurerPays: number;
  windowRounding: number;
  /** Each 公費 payer's share, in the order of the claim's KO records. */
  publicExpense: { payerNumber: string; pays: number }[];
}

export type DecidedClaimPriced = { ok: true; pricing: DecidedClaimPricing } | { ok: false; reason: string };

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function priceDecidedClaim(c: DecidedClaimFacts): DecidedClaimPriced {
  if (c.publicPayers.length || c.receiptType[1] === '2') return { ok: false, reason: '公費併用・公費単独のレセプト（公費の価格付けは未対応）' };
  if (!/^\d{4}-\d\d-\d\d$/.test(c.birthDate)) return { ok: false, reason: '生年月日が読めないレセプト' };
  const age = ageAtMonth(c.birthDate, c.serviceMonth, lastDay(c.serviceMonth));
  const input = claimWindowInput({ points: c.decidedPoints, serviceMonth: c.serviceMonth, birthDate: c.birthDate, receiptType: c.receiptType, specialNotes: c.specialNotes, ageBracket: age.bracket });
  if (!input.ok) return { ok: false, reason: input.reason };
  const priced = priceWindowCopay(input.input);
  if (!priced.ok) return { ok: false, reason: `窓口負担を計算できないレセプト（${priced.errors.map((e) => e.code).join('・')}）` };
  if (input.ratioOnly && priced.value.highCostApplied) return { ok: false, reason: '限度額区分の記載がない高額のレセプト（窓口は割合で徴収し、高額療養費は保険者が償還）' };
  const v = priced.value;
  return { ok: true, pricing: { medicalCost: v.medicalCost, copay: v.copay, insurerPays: v.insurerPays, windowRounding: v.windowRounding, publicExpense: [] } };
}
