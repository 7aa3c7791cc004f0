/**
 * The errors the generator plants, one per affected claim, each with the category of check that
 * should find it (rules-reference.md §9.1) and, where the UKE reader itself must report it, the
 * UKE error code it reports (so tests can hold the reader to the ground truth). In 調剤 / 歯科
 * files the reader checks record identifiers only (their layouts are unverified): there it reports
 * 'unknown-record' alone.
 *
 * The `judgement` category is what no rule finds: items a 審査委員 cuts on medical judgement as
 * 過剰・不適当 (excessive tests, a drip where pills would do), planted mostly by a few providers that
 * do it habitually (provider-habits.ts). Only review, or a model learned from past reviews, finds
 * them; the computer checks are not measured on them.
 */
import type { UkeErrorCode } from '@kokuho/core/uke';

export type ErrorCategory = 'format' | 'clerical' | 'eligibility' | 'check' | 'judgement';

/** 増減点事由 a reviewer gives when cutting the line (A 適応外, B 過剰・重複, C その他医学的に不適当, D 算定要件, H 縦覧). */
export type AdjustmentReason = 'A' | 'B' | 'C' | 'D' | 'H';

export interface ErrorKindInfo {
  category: ErrorCategory;
  /** Japanese label (what a reviewer would call it). */
  label: string;
  /** What the UKE reader reports for it in a 医科 file; undefined when it takes registries or masters. */
  ukeCode: UkeErrorCode | undefined;
  /** Also planted in 調剤 / 歯科 claims (those of PHARMACY_ONLY_KINDS and PHARMACY_ALSO_KINDS, 調剤 only, are not). */
  generic: boolean;
  /** check and judgement kinds: the 事由 of the 査定 of the line (the simulated reviewers use it). */
  reason?: AdjustmentReason;
}

export const ERROR_KINDS = {
  // --- format (記録条件仕様) ---
  'ho-total-mismatch': { category: 'format', label: '保険者レコードの合計点数誤り', ukeCode: 'UKE-E054', generic: true },
  'go-total-mismatch': { category: 'format', label: '診療報酬請求書レコードの総合計点数誤り', ukeCode: 'UKE-E061', generic: false },
  'count-days-mismatch': { category: 'format', label: '回数と算定日情報の合計の不一致', ukeCode: 'UKE-E050', generic: false },
  'missing-diagnosis': { category: 'format', label: '傷病名レコードなし', ukeCode: 'UKE-E047', generic: false },
  'invalid-date': { category: 'format', label: '生年月日が暦日でない', ukeCode: 'UKE-E027', generic: true },
  'field-too-long': { category: 'format', label: '氏名がShift_JISで最大40バイト超過', ukeCode: 'UKE-W009', generic: false },
  'non-digit-numeric': { category: 'format', label: '数字項目（診療実日数）に数字以外', ukeCode: 'UKE-E021', generic: false },
  'unknown-record': { category: 'format', label: '不明なレコード識別情報', ukeCode: 'UKE-E004', generic: true },
  'receipt-type-age-mismatch': { category: 'format', label: 'レセプト種別が年齢・保険と不一致', ukeCode: 'UKE-E058', generic: false },
  // --- clerical (事務点検) ---
  'unknown-code': { category: 'clerical', label: 'マスターにないコード', ukeCode: undefined, generic: false },
  'abolished-code': { category: 'clerical', label: '診療月に廃止済みのコード', ukeCode: undefined, generic: false },
  'points-mismatch': { category: 'clerical', label: '点数がマスターと不一致', ukeCode: undefined, generic: false },
  'insurer-check-digit': { category: 'clerical', label: '保険者番号の検証番号誤り', ukeCode: undefined, generic: true },
  'public-expense-number-malformed': { category: 'clerical', label: '公費負担者番号の検証番号誤り', ukeCode: undefined, generic: false },
  // --- eligibility (資格点検) ---
  'not-insured': { category: 'eligibility', label: '資格台帳にない被保険者証', ukeCode: undefined, generic: true },
  'lost-before-visit': { category: 'eligibility', label: '資格喪失後受診', ukeCode: undefined, generic: false },
  'wrong-insurer': { category: 'eligibility', label: '受診日に別の保険者の資格', ukeCode: undefined, generic: true },
  // --- check (コンピュータチェック) ---
  'duplicate-same-day': { category: 'check', label: '同日の初診料の重複算定', ukeCode: undefined, generic: false, reason: 'D' },
  'over-frequency': { category: 'check', label: '算定回数（上限回数）超過', ukeCode: undefined, generic: false, reason: 'D' },
  'drug-without-indication': { category: 'check', label: '適応傷病名のない医薬品', ukeCode: undefined, generic: false, reason: 'A' },
  'initial-visit-consecutive-month': { category: 'check', label: '前月受診ありの初診料算定（縦覧）', ukeCode: undefined, generic: false, reason: 'H' },
  'age-limited-item': { category: 'check', label: '年齢制限のある項目の対象外年齢での算定', ukeCode: undefined, generic: false, reason: 'D' },
  'outpatient-management-with-procedure': { category: 'check', label: '外来管理加算と算定できない処置の同日算定', ukeCode: undefined, generic: false, reason: 'D' },
  'missing-specific-disease': { category: 'check', label: '特定疾患療養管理料等の対象疾患の傷病名なし', ukeCode: undefined, generic: false, reason: 'D' },
  'sex-specific-item': { category: 'check', label: '性別に特有の項目を他の性別の患者に算定', ukeCode: undefined, generic: false, reason: 'A' },
  'judgement-fee-across-claims': { category: 'check', label: '同一医療機関の入院・入院外レセプトで判断料を重複算定（横覧）', ukeCode: undefined, generic: false, reason: 'D' },
  'short-stay-bundled-item': { category: 'check', label: '短期滞在手術等基本料３に包括される項目（判断料・調剤技術基本料）の別算定', ukeCode: undefined, generic: false, reason: 'D' },
  // 医科 and 調剤 (PHARMACY_ALSO_KINDS)
  'daily-dose-over-max': { category: 'check', label: '内服薬の1日量が添付文書の最大量を超過', ukeCode: undefined, generic: false, reason: 'B' },
  'new-drug-over-14-days': { category: 'check', label: '新医薬品（薬価収載後1年以内）の14日を超える投与', ukeCode: undefined, generic: false, reason: 'D' },
  // 調剤 only (突合: read with the prescriber's claims of the month)
  'pharmacy-drug-without-indication': { category: 'check', label: '調剤した医薬品の適応傷病名が処方医療機関のレセプトにない（突合）', ukeCode: undefined, generic: false, reason: 'A' },
  'pharmacy-without-prescriber-claim': { category: 'check', label: '処方医療機関のレセプトがない調剤（突合）', ukeCode: undefined, generic: false, reason: 'D' },
  // --- judgement (審査委員の医学的判断: no rule finds them) ---
  'excessive-tests': { category: 'judgement', label: '傷病名から必要性の乏しい検体検査（過剰）', ukeCode: undefined, generic: false, reason: 'B' },
  'excessive-injection': { category: 'judgement', label: '内服で足りる外来患者への点滴注射（不適当）', ukeCode: undefined, generic: false, reason: 'C' },
} as const satisfies Record<string, ErrorKindInfo>;

export type ErrorKind = keyof typeof ERROR_KINDS;

/** Kinds planted in 調剤 claims only (besides the generic ones). */
export const PHARMACY_ONLY_KINDS: readonly ErrorKind[] = ['pharmacy-drug-without-indication', 'pharmacy-without-prescriber-claim'];

/** 医科 kinds also planted in 調剤 claims (on the drugs of a 内服 剤). */
export const PHARMACY_ALSO_KINDS: readonly ErrorKind[] = ['daily-dose-over-max', 'new-drug-over-14-days'];

export interface GroundTruthEntry {
  file: string;
  line: number;
  /** レセプト番号; null for file-level errors (GO). */
  claim: number | null;
  provider: string;
  kind: ErrorKind;
  category: ErrorCategory;
  detail: string;
}
