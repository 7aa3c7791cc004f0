/**
 * A small hand-made month of federation 13 (posting month 2025-06) for the billing tests: claims of
 * its own insurers at its providers, one 過誤 reversal of an April claim, one claim of a Kanagawa
 * insurer (全国決済: paid here, billed by Kanagawa), and one Saitama provider's claim of a Tokyo
 * insurer posted into these books by 全国決済 (billed here, paid by Saitama). Figures follow
 * rules-reference.md §1.2: 医療費 = 点数 × 10; 保険者負担 = 医療費 − 一部負担金 − 公費.
 */
import type { ClaimAmounts } from '../ledger/claim-amounts.ts';
import { claimPostings, reversalPostings } from '../ledger/claim-postings.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';

const base = (o: Partial<ClaimAmounts>): ClaimAmounts => ({
  postingMonth: '2025-06', serviceMonth: '2025-05', claim: { fileId: 1, seq: 1 }, postingKey: 'claim:1:1', reverses: undefined, category: 'medical-outpatient',
  insurerNumber: '138016', insurerPrefecture: '13', providerFederation: '13', providerCode: '1310000045', claims: 1, points: 760, medicalCost: 7_600, copay: 2_280,
  insurerPays: 5_320, publicExpensePays: 0, mealCost: 0, reviewFee: 60, reason: '審査決定', ...o,
});

export const OUTPATIENT = base({});
/** 入院: 公費 pays the copay (3,000点: 21,000円 insurer, 9,000円 公費), with 1,380円 of meals. */
export const INPATIENT = base({ claim: { fileId: 1, seq: 2 }, postingKey: 'claim:1:2', category: 'medical-inpatient', points: 3_000, medicalCost: 30_000, copay: 0, insurerPays: 21_000, publicExpensePays: 9_000, mealCost: 1_380 });
export const PHARMACY = base({ claim: { fileId: 1, seq: 3 }, postingKey: 'claim:1:3', category: 'pharmacy', providerCode: '1340000012', points: 500, medicalCost: 5_000, copay: 1_500, insurerPays: 3_500, reviewFee: 45 });
/** 過誤（資格喪失後の受診）of an April claim of 400点, decided in June: every figure negated. */
export const REVERSAL = base({
  serviceMonth: '2025-04', claim: { fileId: 0, seq: 9 }, postingKey: 'correction:17:reverse:claim:0:9', reverses: 'claim:0:9', claims: -1, points: -400, medicalCost: -4_000,
  copay: -1_200, insurerPays: -2_800, reviewFee: -60, reason: '過誤（通常過誤）: 資格喪失後の受診',
});
/** A Kanagawa insurer's patient at a Tokyo clinic: paid by Tokyo, billed by Kanagawa (全国決済). */
export const KANAGAWA = base({ claim: { fileId: 1, seq: 4 }, postingKey: 'claim:1:4', insurerNumber: '141002', insurerPrefecture: '14', points: 200, medicalCost: 2_000, copay: 600, insurerPays: 1_400 });
/** A Tokyo insurer's patient at a Saitama dentist, posted here by 全国決済: billed by Tokyo, paid by Saitama. */
export const FROM_SAITAMA = base({
  claim: { fileId: 5, seq: 1 }, postingKey: 'settlement:11:claim:5:1', category: 'dental', providerFederation: '11', providerCode: '1130000011', points: 300, medicalCost: 3_000,
  copay: 900, insurerPays: 2_100, reason: '全国決済',
});
export const LATE_ELDERLY = base({ claim: { fileId: 1, seq: 5 }, postingKey: 'claim:1:5', category: 'pharmacy', insurerNumber: '39131008', providerCode: '1340000012', points: 1_000, medicalCost: 10_000, copay: 1_000, insurerPays: 9_000, reviewFee: 45 });

export const MONTH: ClaimAmounts[] = [OUTPATIENT, INPATIENT, PHARMACY, REVERSAL, KANAGAWA, FROM_SAITAMA, LATE_ELDERLY];

/** The entries these postings wrote (claim-postings.ts), as the books of federation 13 hold them. */
export function monthEntries(): LedgerEntry[] {
  const own = (a: ClaimAmounts, month = a.postingMonth) => claimPostings({
    fileId: a.claim.fileId, seq: a.claim.seq, serviceMonth: a.serviceMonth, federation: '13', providerCode: a.providerCode, insurerNumber: a.insurerNumber,
    medicalCost: Math.abs(a.medicalCost), copay: Math.abs(a.copay), insurerPays: Math.abs(a.insurerPays),
    publicExpense: a.publicExpensePays ? [{ payerNumber: '12130015', pays: Math.abs(a.publicExpensePays) }] : [], reviewFee: Math.abs(a.reviewFee),
  }, month);
  const settled: LedgerEntry[] = [
    { ...own(FROM_SAITAMA).find((e) => e.account === 'insurer-benefit')!, postingKey: `${FROM_SAITAMA.postingKey}:insurer` },
    { ...own(FROM_SAITAMA).find((e) => e.account === 'review-fee')!, postingKey: `${FROM_SAITAMA.postingKey}:fee` },
    { ...own(FROM_SAITAMA).find((e) => e.account === 'insurer-benefit')!, account: 'settlement', debtor: { type: 'federation', code: '13' }, creditor: { type: 'federation', code: '11' }, postingKey: `${FROM_SAITAMA.postingKey}:settlement` },
  ];
  return [
    ...[OUTPATIENT, INPATIENT, PHARMACY, KANAGAWA, LATE_ELDERLY].flatMap((a) => own(a)),
    ...reversalPostings(own(REVERSAL, '2025-04'), '2025-06', REVERSAL.reason, 'correction:17'),
    ...settled,
  ];
}
