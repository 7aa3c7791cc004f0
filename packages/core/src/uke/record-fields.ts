/**
 * Typed 医科 record → its CSV fields, every column written (uke-format.md §1: write all fields).
 * Records that still carry `rawLine` are written verbatim: that is what makes parse → write byte-identical.
 * Dates are written in the current (西暦) form; numbers without leading zeros.
 */
import { MEDICAL_LAYOUTS } from './medical-layouts.ts';
import type {
  ClaimLineRecord, ClaimSummaryRecord, CounterChargeRecord, DepartmentCombination, DiagnosisRecord,
  DonorBillingRecord, DonorProviderRecord, DonorReceiptRecord, EligibilityCheckRecord, InlineComment, InsurerRecord,
  PackageExclusionRecord, ProviderRecord, PublicExpenseRecord, ReceiptCommonRecord, SymptomNoteRecord,
  UkeGenericRecord, VisitDaysRecord,
} from './types.ts';

export type TypedRecord =
  | ProviderRecord | ReceiptCommonRecord | InsurerRecord | PublicExpenseRecord | EligibilityCheckRecord
  | VisitDaysRecord | CounterChargeRecord | PackageExclusionRecord | DiagnosisRecord | ClaimLineRecord
  | SymptomNoteRecord | DonorProviderRecord | DonorReceiptRecord | DonorBillingRecord | ClaimSummaryRecord;

const s = (v: string | undefined): string => v ?? '';
const n = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? '' : String(v));
const compact = (iso: string | undefined): string => (iso ? iso.replaceAll('-', '') : '');
const blanks = (k: number): string[] => new Array<string>(k).fill('');

function comments(c: readonly InlineComment[]): string[] {
  const out = blanks(6);
  for (let i = 0; i < c.length && i < 3; i++) {
    out[i * 2] = c[i]!.code;
    out[i * 2 + 1] = c[i]!.text ?? '';
  }
  return out;
}
const dayList = (d: readonly number[]): string[] => Array.from({ length: 31 }, (_, i) => (d[i] ? String(d[i]) : ''));

function departmentFields(list: readonly DepartmentCombination[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const c = list[k];
    out.push(s(c?.department), s(c?.bodyPart), s(c?.sexAgeGroup), s(c?.medicalTreatment), s(c?.specificDisease));
  }
  return out;
}

/** The fields of a record as read (index 0 = id): `rawLine` split, or a generic record's fields. */
export function rawFields(r: TypedRecord | UkeGenericRecord): readonly string[] | undefined {
  return 'rawLine' in r && r.rawLine !== undefined ? r.rawLine.split(',') : (r as UkeGenericRecord).raw;
}

/** The record's line without line break: as read when it has one, else built from typed values. */
export function recordLine(r: TypedRecord | UkeGenericRecord): string {
  if ('rawLine' in r && r.rawLine !== undefined) return r.rawLine;
  const raw = (r as UkeGenericRecord).raw;
  return (raw ?? typedFields(r as TypedRecord)).join(',');
}

/** The fields of a record (index 0 = id): as read when it has them, else built from typed values. */
export function recordFields(r: TypedRecord | UkeGenericRecord): readonly string[] {
  return rawFields(r) ?? typedFields(r as TypedRecord);
}

function typedFields(t: TypedRecord): readonly string[] {
  switch (t.id) {
    case 'IR':
      return ['IR', t.reviewOrganization, t.prefecture, t.feeTable, t.providerCode, '', s(t.providerName), compact(t.billingMonth), t.volume, s(t.phone)];
    case 'RE':
      return [
        'RE', n(t.receiptNumber), t.receiptType, compact(t.serviceMonth), t.name, t.sex, compact(t.birthDate),
        n(t.benefitRatio), compact(t.admissionDate), t.wardTypes.join(''), s(t.lowIncomeClass), t.specialNotes.join(''),
        n(t.bedCount), s(t.chartNumber), n(t.discountedPointPrice), '', '', '', s(t.searchNumber), '', s(t.billingInfo),
        ...departmentFields(t.departments), s(t.kanaName), t.patientStates.join(''),
      ];
    case 'HO':
      return [
        'HO', t.insurerNumber.padStart(8, ' '), s(t.cardSymbol), t.cardNumber, n(t.actualDays), n(t.totalPoints), '',
        n(t.mealCount), n(t.mealAmount), s(t.occupationalReason), s(t.certificateNumber), n(t.copay), s(t.reductionType),
        n(t.reductionRate), n(t.reductionAmount),
      ];
    case 'KO':
      return [
        'KO', t.payerNumber, s(t.beneficiaryNumber), s(t.optionalBenefit), n(t.actualDays), n(t.totalPoints), n(t.copay),
        n(t.outpatientCopayCovered), n(t.inpatientCopayCovered), '', n(t.mealCount), n(t.mealAmount),
      ];
    case 'SN':
      return ['SN', t.payerType, t.confirmationType, s(t.insurerNumber), s(t.cardSymbol), s(t.cardNumber), s(t.branchNumber), s(t.beneficiaryNumber), ''];
    case 'JD':
      return ['JD', t.payerType, ...Array.from({ length: 31 }, (_, i) => s(t.days[i]))];
    case 'MF':
      return ['MF', t.chargeType, ...blanks(31)];
    case 'GR':
      return ['GR', t.reason, s(t.dpcCode)];
    case 'SY':
      return ['SY', t.diagnosisCode, compact(t.startDate), t.outcome, t.modifierCodes.join(''), s(t.diagnosisName), s(t.mainDiagnosis), s(t.supplementaryComment)];
    case 'SI':
      return ['SI', s(t.treatmentCategory), t.burden, t.code, n(t.quantity), n(t.points), n(t.count), ...comments(t.comments), ...dayList(t.days)];
    case 'IY':
      return ['IY', s(t.treatmentCategory), t.burden, t.code, n(t.amount), n(t.points), n(t.count), ...comments(t.comments), ...dayList(t.days)];
    case 'TO':
      return [
        'TO', s(t.treatmentCategory), t.burden, t.code, n(t.amount), n(t.points), n(t.count), s(t.unitCode), n(t.unitPrice), '',
        s(t.productName), ...comments(t.comments), ...dayList(t.days),
      ];
    case 'CO':
      return ['CO', s(t.treatmentCategory), t.burden, t.code, s(t.text)];
    case 'SJ':
      return ['SJ', s(t.noteType), t.text];
    case 'TI':
      return ['TI', t.organ, t.donorProviderType, s(t.prefecture), s(t.feeTable), s(t.providerCode), '', s(t.providerName), s(t.providerAddress), s(t.phone)];
    case 'TR':
      return [
        'TR', n(t.receiptNumber), t.donorReceiptType, compact(t.serviceMonth), '', t.sex, compact(t.birthDate), '',
        compact(t.admissionDate), t.wardTypes.join(''), '', t.specialNotes.join(''), '', s(t.chartNumber),
        n(t.discountedPointPrice), '', '', '',
      ];
    case 'TS':
      return ['TS', n(t.actualDays), n(t.totalPoints), n(t.mealCount), n(t.mealAmount)];
    case 'GO':
      return ['GO', n(t.totalCount), n(t.totalPoints), t.volume];
  }
}

/** Field count per 医科 record id (for tests and generators). */
export const MEDICAL_FIELD_COUNTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(MEDICAL_LAYOUTS).map(([id, l]) => [id, l.fields.length]),
);
