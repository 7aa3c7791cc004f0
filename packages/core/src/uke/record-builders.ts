/**
 * Fields (as read, padded to the layout) → typed 医科 records. Validation has already reported what
 * is wrong; here values are converted best effort (undefined / '' / NaN for unusable ones) and the
 * raw fields are kept for byte-identical writing. 和暦 dates become ISO here, at the edge.
 */
import type { Points, Yen } from '../common/money.ts';
import type {
  BurdenCode, ConfirmationTypeCode, CounterChargeTypeCode, DeviceUnitCode, DonatedOrganCode, DonorProviderTypeCode,
  DonorReceiptTypeCode, DpcExclusionReasonCode, FeeTableCode, LowIncomeClassCode, OutcomeCode, PayerTypeCode,
  ReceiptTypeCode, ReviewOrganizationCode, SexCode, SpecialNoteCode, SymptomNoteTypeCode, TreatmentCategoryCode,
  VisitTypeCode, WardTypeCode,
} from './code-tables.ts';
import { toIsoDate, toYearMonth } from './field-check.ts';
import type { LineFields } from './line-fields.ts';
import type {
  ClaimSummaryRecord, CommentRecord, CounterChargeRecord, DepartmentCombination, DeviceRecord, DiagnosisRecord,
  DonorBillingRecord, DonorProviderRecord, DonorReceiptRecord, DrugRecord, EligibilityCheckRecord, InlineComment,
  InsurerRecord, PackageExclusionRecord, ProcedureRecord, ProviderRecord, PublicExpenseRecord, ReceiptCommonRecord,
  SymptomNoteRecord, VisitDaysRecord,
} from './types.ts';

type F = LineFields;
const EMPTY: readonly never[] = Object.freeze([]);

const pts = (f: F, i: number): Points | undefined => f.int(i) as Points | undefined;
const yen = (f: F, i: number): Yen | undefined => f.int(i) as Yen | undefined;
const optDate = (f: F, i: number): string | undefined => (f.isEmpty(i) ? undefined : toIsoDate(f.str(i)));

function chunks<T extends string>(f: F, i: number, n: number): readonly T[] {
  if (f.isEmpty(i)) return EMPTY;
  const s = f.str(i);
  const out: T[] = [];
  for (let k = 0; k < s.length; k += n) out.push(s.slice(k, k + n) as T);
  return out;
}

export function buildProvider(f: F, line: number): ProviderRecord {
  return {
    id: 'IR', line, rawLine: f.line(),
    reviewOrganization: f.str(1) as ReviewOrganizationCode,
    prefecture: f.str(2),
    feeTable: f.str(3) as FeeTableCode,
    providerCode: f.str(4),
    providerName: f.opt(6),
    billingMonth: toYearMonth(f.str(7)) ?? '',
    volume: f.str(8),
    phone: f.opt(9),
  };
}

function departments(f: F): readonly DepartmentCombination[] {
  let out: DepartmentCombination[] | undefined;
  for (let k = 2; k >= 0; k--) {
    const b = 21 + k * 5;
    if (!out && f.isEmpty(b) && f.isEmpty(b + 1) && f.isEmpty(b + 2) && f.isEmpty(b + 3) && f.isEmpty(b + 4)) continue;
    (out ??= []).unshift({
      department: f.opt(b), bodyPart: f.opt(b + 1), sexAgeGroup: f.opt(b + 2),
      medicalTreatment: f.opt(b + 3), specificDisease: f.opt(b + 4),
    });
  }
  return out ?? EMPTY;
}

export function buildReceiptCommon(f: F, line: number): ReceiptCommonRecord {
  return {
    id: 'RE', line, rawLine: f.line(),
    receiptNumber: f.req(1),
    receiptType: f.str(2) as ReceiptTypeCode,
    serviceMonth: toYearMonth(f.str(3)) ?? '',
    name: f.str(4),
    sex: f.str(5) as SexCode,
    birthDate: toIsoDate(f.str(6)) ?? '',
    benefitRatio: f.int(7),
    admissionDate: optDate(f, 8),
    wardTypes: chunks<WardTypeCode>(f, 9, 2),
    lowIncomeClass: f.opt(10) as LowIncomeClassCode | undefined,
    specialNotes: chunks<SpecialNoteCode>(f, 11, 2),
    bedCount: f.int(12),
    chartNumber: f.opt(13),
    discountedPointPrice: f.int(14),
    searchNumber: f.opt(18),
    billingInfo: f.opt(20),
    departments: departments(f),
    kanaName: f.opt(36),
    patientStates: chunks(f, 37, 3),
  };
}

export function buildInsurer(f: F, line: number): InsurerRecord {
  return {
    id: 'HO', line, rawLine: f.line(),
    insurerNumber: f.str(1).trim(),
    cardSymbol: f.opt(2),
    cardNumber: f.str(3),
    actualDays: f.req(4),
    totalPoints: f.req(5) as Points,
    mealCount: f.int(7),
    mealAmount: yen(f, 8),
    occupationalReason: f.opt(9),
    certificateNumber: f.opt(10),
    copay: yen(f, 11),
    reductionType: f.opt(12),
    reductionRate: f.int(13),
    reductionAmount: yen(f, 14),
  };
}

export function buildPublicExpense(f: F, line: number): PublicExpenseRecord {
  return {
    id: 'KO', line, rawLine: f.line(),
    payerNumber: f.str(1),
    beneficiaryNumber: f.opt(2),
    optionalBenefit: f.opt(3),
    actualDays: f.req(4),
    totalPoints: f.req(5) as Points,
    copay: yen(f, 6),
    outpatientCopayCovered: yen(f, 7),
    inpatientCopayCovered: yen(f, 8),
    mealCount: f.int(10),
    mealAmount: yen(f, 11),
  };
}

export function buildEligibilityCheck(f: F, line: number): EligibilityCheckRecord {
  return {
    id: 'SN', line, rawLine: f.line(),
    payerType: f.str(1) as PayerTypeCode,
    confirmationType: f.str(2) as ConfirmationTypeCode,
    insurerNumber: f.opt(3),
    cardSymbol: f.opt(4),
    cardNumber: f.opt(5),
    branchNumber: f.opt(6),
    beneficiaryNumber: f.opt(7),
  };
}

export function buildVisitDays(f: F, line: number): VisitDaysRecord {
  const days: (VisitTypeCode | undefined)[] = new Array(31);
  for (let d = 0; d < 31; d++) days[d] = f.opt(2 + d) as VisitTypeCode | undefined;
  return { id: 'JD', line, rawLine: f.line(), payerType: f.str(1) as PayerTypeCode, days };
}

export function buildCounterCharge(f: F, line: number): CounterChargeRecord {
  return { id: 'MF', line, rawLine: f.line(), chargeType: f.str(1) as CounterChargeTypeCode };
}

export function buildPackageExclusion(f: F, line: number): PackageExclusionRecord {
  return { id: 'GR', line, rawLine: f.line(), reason: f.str(1) as DpcExclusionReasonCode, dpcCode: f.opt(2) };
}

export function buildDiagnosis(f: F, line: number): DiagnosisRecord {
  return {
    id: 'SY', line, rawLine: f.line(),
    diagnosisCode: f.str(1),
    startDate: toIsoDate(f.str(2)) ?? '',
    outcome: f.str(3) as OutcomeCode,
    modifierCodes: chunks(f, 4, 4),
    diagnosisName: f.opt(5),
    mainDiagnosis: f.opt(6),
    supplementaryComment: f.opt(7),
  };
}

function inlineComments(f: F, at: number): readonly InlineComment[] {
  if (f.isEmpty(at) && f.isEmpty(at + 2) && f.isEmpty(at + 4) && f.isEmpty(at + 1) && f.isEmpty(at + 3) && f.isEmpty(at + 5)) return EMPTY;
  const out: InlineComment[] = [];
  for (let k = 0; k < 6; k += 2) {
    const code = f.str(at + k), text = f.str(at + k + 1);
    if (code !== '' || text !== '') out.push(text === '' ? { code } : { code, text });
  }
  return out;
}

function days(f: F, at: number): number[] {
  // A literal is cloned from its boilerplate as a packed array of small integers: the cheapest 31.
  const out = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const { start, end } = f;
  for (let d = 0; d < 31; d++) if (start[at + d] !== end[at + d]) out[d] = f.req(at + d);
  return out;
}

/** Fields 1–3 shared by SI, IY and TO: 診療識別, 負担区分, code. */
function itemHead(f: F): { treatmentCategory: TreatmentCategoryCode | undefined; burden: BurdenCode; code: string } {
  return { treatmentCategory: f.opt(1) as TreatmentCategoryCode | undefined, burden: f.str(2) as BurdenCode, code: f.str(3) };
}

export function buildProcedure(f: F, line: number): ProcedureRecord {
  return {
    id: 'SI', line, rawLine: f.line(), ...itemHead(f),
    quantity: f.int(4),
    points: pts(f, 5),
    count: f.req(6),
    comments: inlineComments(f, 7),
    days: days(f, 13),
  };
}

export function buildDrug(f: F, line: number): DrugRecord {
  return {
    id: 'IY', line, rawLine: f.line(), ...itemHead(f),
    amount: f.int(4),
    points: pts(f, 5),
    count: f.req(6),
    comments: inlineComments(f, 7),
    days: days(f, 13),
  };
}

export function buildDevice(f: F, line: number): DeviceRecord {
  return {
    id: 'TO', line, rawLine: f.line(), ...itemHead(f),
    amount: f.int(4),
    points: pts(f, 5),
    count: f.req(6),
    unitCode: f.opt(7) as DeviceUnitCode | undefined,
    unitPrice: f.int(8),
    productName: f.opt(10),
    comments: inlineComments(f, 11),
    days: days(f, 17),
  };
}

export function buildComment(f: F, line: number): CommentRecord {
  return {
    id: 'CO', line, rawLine: f.line(),
    treatmentCategory: f.opt(1) as TreatmentCategoryCode | undefined,
    burden: f.str(2) as BurdenCode,
    code: f.str(3),
    text: f.opt(4),
  };
}

export function buildSymptomNote(f: F, line: number): SymptomNoteRecord {
  return { id: 'SJ', line, rawLine: f.line(), noteType: f.opt(1) as SymptomNoteTypeCode | undefined, text: f.str(2) };
}

export function buildDonorProvider(f: F, line: number): DonorProviderRecord {
  return {
    id: 'TI', line, rawLine: f.line(),
    organ: f.str(1) as DonatedOrganCode,
    donorProviderType: f.str(2) as DonorProviderTypeCode,
    prefecture: f.opt(3),
    feeTable: f.opt(4),
    providerCode: f.opt(5),
    providerName: f.opt(7),
    providerAddress: f.opt(8),
    phone: f.opt(9),
  };
}

export function buildDonorReceipt(f: F, line: number): DonorReceiptRecord {
  return {
    id: 'TR', line, rawLine: f.line(),
    receiptNumber: f.req(1),
    donorReceiptType: f.str(2) as DonorReceiptTypeCode,
    serviceMonth: toYearMonth(f.str(3)) ?? '',
    sex: f.str(5) as SexCode,
    birthDate: toIsoDate(f.str(6)) ?? '',
    admissionDate: optDate(f, 8),
    wardTypes: chunks<WardTypeCode>(f, 9, 2),
    specialNotes: chunks<SpecialNoteCode>(f, 11, 2),
    chartNumber: f.opt(13),
    discountedPointPrice: f.int(14),
  };
}

export function buildDonorBilling(f: F, line: number): DonorBillingRecord {
  return {
    id: 'TS', line, rawLine: f.line(),
    actualDays: f.req(1),
    totalPoints: f.req(2) as Points,
    mealCount: f.int(3),
    mealAmount: yen(f, 4),
  };
}

export function buildClaimSummary(f: F, line: number): ClaimSummaryRecord {
  return { id: 'GO', line, rawLine: f.line(), totalCount: f.int(1), totalPoints: pts(f, 2), volume: f.str(3) };
}
