/**
 * What pricing needs from a stored, decided claim (`DecidedClaimFacts`, filled by the store from the
 * claim's records) and what it gives back (`DecidedClaimPricing`). Record positions are those of
 * ../shared/docs/uke-format.md §3.
 */

/** One KO record (公費), as the claim states it. */
export interface ClaimPublicExpenseFacts {
  /** 負担者番号, 8 digits. */
  payerNumber: string;
  /** 法別番号: the first two digits of the 負担者番号. */
  lawNumber: string;
  /** 受給者番号 ('' when omitted, as for 医療観察法). */
  beneficiaryNumber: string;
  /** 任意給付区分 '1': the 公費 payer has 任意給付 (国保 only). */
  optionalBenefit: boolean;
  /** KO 合計点数 as claimed. */
  claimedPoints: number;
  /** After the 査定 of the lines this 公費 bears (負担区分, 別表21). */
  decidedPoints: number;
  /**
   * KO 負担金額（公費）: the patient's charge under this 公費 as the 医療券・受給者証 gives it (記録条件仕様:
   * recorded only when there is one). undefined when not recorded.
   */
  statedCopay: number | undefined;
  /** 公費給付対象外来一部負担金 / 入院一部負担金 (recorded when the 公費 pays part of the copay); undefined when not recorded. */
  coveredOutpatientCopay: number | undefined;
  coveredInpatientCopay: number | undefined;
  /** KO 食事療養・生活療養 回数 and 合計金額 (yen): the meals this 公費 bears; 0 when none. */
  mealCount: number;
  mealCost: number;
}

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
  /** Points of the main payer (HO, or the first KO of a 公費 claim) as claimed and after 査定. */
  claimedPoints: number;
  decidedPoints: number;
  /** RE 給付割合 (%), 一部負担金区分 (別表8) and レセプト特記事項 codes (別表9, two digits each). */
  benefitRatio: number | undefined;
  lowIncomeClass: string;
  specialNotes: string[];
  /** RE 病棟区分 codes (別表7, two digits each: 01 精神, 02 結核, 07 療養). */
  wardTypes: string[];
  /** KO 負担者番号, in record order (the payer numbers of `publicExpenses`). */
  publicPayers: string[];
  /** KO records, in record order (第1公費 first). */
  publicExpenses: ClaimPublicExpenseFacts[];
  /**
   * Lines (SI/IY/TO) whose 負担区分 leaves out the main payer (医保, or the first 公費 of a 公費単独
   * claim): borne by a 公費 alone, outside the claim's points. Absent: none.
   */
  linesOutsideMainPayer?: number;
  /** HO 食事療養・生活療養 回数 (0 when none). */
  mealCount: number;
  /** HO 食事療養・生活療養 合計金額 (yen): what the meals cost under the fee schedule. */
  mealsYen: number;
}

/**
 * A decided claim in yen. The care and the meals are priced apart (meals are outside 高額療養費):
 *
 *   medicalCost = careInsurerPays + (Σ publicExpense.pays − mealPublicExpensePays) + copay − windowRounding
 *   mealCost    = mealInsurerPays + mealPublicExpensePays + mealPatientPays
 *   insurerPays = careInsurerPays + mealInsurerPays
 *
 * so medicalCost + mealCost = insurerPays + Σ publicExpense.pays + copay + mealPatientPays − windowRounding.
 * `insurerPays` is what the insurer owes the federation for the claim (療養の給付 and 入院時食事療養費),
 * `publicExpense` what each 公費 owes (care and meals); the provider is paid insurerPays + Σ publicExpense.pays.
 */
export interface DecidedClaimPricing {
  /** 医療費 = decided points × 10 (the care, meals apart). */
  medicalCost: number;
  /** What the patient pays at the window for the care (meals apart). */
  copay: number;
  /** What the insurer owes for the claim: careInsurerPays + mealInsurerPays. */
  insurerPays: number;
  /** 療養の給付: the insurer's share of the care. */
  careInsurerPays: number;
  /** copay − the ratio amount from 10-yen rounding, kept or absorbed by the provider (0 when a limit or a 公費 applied). */
  windowRounding: number;
  /** Each 公費 payer's share (care and meals), in the order of the claim's KO records. */
  publicExpense: { payerNumber: string; pays: number }[];
  /** 食事療養の費用 (HO or KO 合計金額), 0 without meals. */
  mealCost: number;
  /** 食事療養標準負担額 paid by the patient. */
  mealPatientPays: number;
  /** 入院時食事療養費 owed by the insurer (included in insurerPays). */
  mealInsurerPays: number;
  /** The meals a 公費 bears (KO 食事療養; included in publicExpense). */
  mealPublicExpensePays: number;
}

export type DecidedClaimPriced = { ok: true; pricing: DecidedClaimPricing } | { ok: false; reason: string };

/** The care part of a decided claim (meals apart); see DecidedClaimPricing. */
export interface ClaimCarePricing {
  medicalCost: number;
  copay: number;
  /** 療養の給付 (the insurer's share of the care). */
  insurerPays: number;
  windowRounding: number;
  publicExpense: { payerNumber: string; pays: number }[];
}

export type ClaimCarePriced = { ok: true; care: ClaimCarePricing } | { ok: false; reason: string };
