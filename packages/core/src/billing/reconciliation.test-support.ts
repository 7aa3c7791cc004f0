/**
 * A hand-made posting month (2025-06) of federation 13 for the 公費 bills and the 月次照合: every kind of
 * posting the month's equation has a term for, its entries written the way the postings write them
 * (claim-postings.ts, reversalPostings, the settlement's insurerFederationPosting). Figures follow
 * rules-reference.md §1.2 (医療費 = 点数 × 10; 保険者負担 = 医療費 − 一部負担金 − 公費). Fees: 60円 on
 * 13's own claims, 0 on a claim of another prefecture's insurer (its federation charges it, post-month.ts),
 * 50円 on the settlement copy (what 13 charges its insurer for it).
 *
 *   A  own insurer 138016, 医科入院外 760点: 保険者 5,320, 一部負担 2,280
 *   B  公費併用 138016 + 難病 54136015, 医科入院 3,000点: 保険者 21,000, 公費 9,000 (the copay), meals 1,380
 *   C  公費単独 生活保護 12136008, 調剤 500点: 公費 5,000; its fee 60 on the payer
 *   D  神奈川 insurer 141002 at a Tokyo clinic, 200点: 保険者 1,400 (決済受取), no fee here
 *   E  a Saitama dentist's claim of 138016, copied here by 全国決済: 保険者 2,100 (決済支払 2,100), fee 50
 *   F  過誤 of an April claim posted in May, 138016 + 54136015, 医科入院外 400点: 保険者 −2,800, 公費 −1,200, fee −60
 */
import { reversedAmounts, type ClaimAmounts } from '../ledger/claim-amounts.ts';
import { claimPostings, reversalPostings } from '../ledger/claim-postings.ts';
import type { LedgerEntry, PricedClaim } from '../ledger/ledger-types.ts';
import { insurerFederationPosting } from '../settlement/settlement-postings.ts';

export const NANBYO = '54136015';
export const WELFARE = '12136008';
export const CLINIC = '1310000045';
export const PHARMACY = '1340000012';

interface Claim {
  priced: PricedClaim;
  amounts: ClaimAmounts;
}

/** A claim of 13 posted in `postingMonth`: its priced figures and the amounts row post-month.ts writes. */
function claim(seq: number, o: { category: ClaimAmounts['category']; insurerNumber: string; insurerPrefecture: string; providerCode: string; points: number; copay: number;
  insurerPays: number; publicExpense: PricedClaim['publicExpense']; mealCost?: number; reviewFee: number; serviceMonth?: string; postingMonth?: string }): Claim {
  const serviceMonth = o.serviceMonth ?? '2025-05', postingMonth = o.postingMonth ?? '2025-06';
  const medicalCost = o.points * 10;
  const publicExpensePays = o.publicExpense.reduce((n, p) => n + p.pays, 0);
  return {
    priced: { fileId: 1, seq, serviceMonth, federation: '13', providerCode: o.providerCode, insurerNumber: o.insurerNumber, medicalCost, copay: o.copay, insurerPays: o.insurerPays,
      publicExpense: o.publicExpense, reviewFee: o.reviewFee },
    amounts: {
      postingMonth, serviceMonth, claim: { fileId: 1, seq }, postingKey: `claim:1:${seq}`, reverses: undefined, category: o.category, insurerNumber: o.insurerNumber,
      insurerPrefecture: o.insurerPrefecture, providerFederation: '13', providerCode: o.providerCode, claims: 1, points: o.points, medicalCost, copay: o.copay,
      insurerPays: o.insurerPays, publicExpensePays, mealCost: o.mealCost ?? 0, reviewFee: o.reviewFee, reason: '審査決定',
    },
  };
}

export const A = claim(1, { category: 'medical-outpatient', insurerNumber: '138016', insurerPrefecture: '13', providerCode: CLINIC, points: 760, copay: 2_280, insurerPays: 5_320, publicExpense: [], reviewFee: 60 });
export const B = claim(2, { category: 'medical-inpatient', insurerNumber: '138016', insurerPrefecture: '13', providerCode: CLINIC, points: 3_000, copay: 0, insurerPays: 21_000,
  publicExpense: [{ payerNumber: NANBYO, pays: 9_000 }], mealCost: 1_380, reviewFee: 60 });
export const C = claim(3, { category: 'pharmacy', insurerNumber: '', insurerPrefecture: '', providerCode: PHARMACY, points: 500, copay: 0, insurerPays: 0,
  publicExpense: [{ payerNumber: WELFARE, pays: 5_000 }], reviewFee: 60 });
export const D = claim(4, { category: 'medical-outpatient', insurerNumber: '141002', insurerPrefecture: '14', providerCode: CLINIC, points: 200, copay: 600, insurerPays: 1_400, publicExpense: [], reviewFee: 0 });
/** The April claim F reverses, as May's books posted it. */
export const F_MAY = claim(9, { category: 'medical-outpatient', insurerNumber: '138016', insurerPrefecture: '13', providerCode: CLINIC, points: 400, copay: 0, insurerPays: 2_800,
  publicExpense: [{ payerNumber: NANBYO, pays: 1_200 }], reviewFee: 60, serviceMonth: '2025-04', postingMonth: '2025-05' });

/** Saitama's own row of E, as federation 11 posted it; the settlement copies it into 13's books with 13's fee. */
const E_IN_SAITAMA: ClaimAmounts = {
  postingMonth: '2025-06', serviceMonth: '2025-05', claim: { fileId: 5, seq: 1 }, postingKey: 'claim:5:1', reverses: undefined, category: 'dental', insurerNumber: '138016',
  insurerPrefecture: '13', providerFederation: '11', providerCode: '1130000011', claims: 1, points: 300, medicalCost: 3_000, copay: 900, insurerPays: 2_100, publicExpensePays: 0,
  mealCost: 0, reviewFee: 0, reason: '審査決定',
};
export const E = insurerFederationPosting(E_IN_SAITAMA, 50);

const REASON = '過誤（通常過誤）: 資格喪失後の受診';

/** 13's books of June: amounts rows and entries. `outOfPrefectureFee` charges D a fee here (what post-month.ts never does). */
export function month(o: { outOfPrefectureFee?: number } = {}): { amounts: ClaimAmounts[]; entries: LedgerEntry[] } {
  const d = o.outOfPrefectureFee ? { priced: { ...D.priced, reviewFee: o.outOfPrefectureFee }, amounts: { ...D.amounts, reviewFee: o.outOfPrefectureFee } } : D;
  const own = [A, B, C, d];
  return {
    amounts: [...own.map((c) => c.amounts), E.amounts, reversedAmounts(F_MAY.amounts, '2025-06', REASON, 'correction:17')],
    entries: [
      ...own.flatMap((c) => claimPostings(c.priced, '2025-06')),
      ...E.entries,
      ...reversalPostings(claimPostings(F_MAY.priced, '2025-05'), '2025-06', REASON, 'correction:17'),
    ],
  };
}
