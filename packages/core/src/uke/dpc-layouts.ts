/**
 * DPC records that join a 医科 claim in DPC files (uke-format.md §6.3). Structure and lengths come
 * from the 2013 DPC edition as transcribed by kuenishi/meddatum ([MDT]); that edition prefixed every
 * record with データ識別 / 行番号 / 枝番号 and wrote 和暦 dates — here the identifier is column 0
 * and dates accept both forms. Not checked against a current PDF: `verified: false`, so the reader
 * keeps them as fields and checks only their place in the claim.
 */
import { fixed, layout, variable, type RecordLayout } from './layout-types.ts';

const V = false;

export const DPC_LAYOUTS = {
  BU: layout('BU', '診断群分類レコード', 'DpcGroupRecord', [
    fixed('診断群分類番号', 'dpcCode', 'A', 14),
    fixed('今回入院年月日', 'admissionDate', 'N', 8, { date: 'date' }),
    variable('今回退院年月日', 'dischargeDate', 'N', 8, { date: 'date' }),
    variable('DPC転帰区分', 'dpcOutcome', 'N', 1),
    variable('死因', 'causeOfDeath', 'K', 100),
  ], V),
  SB: layout('SB', '傷病レコード', 'DpcDiagnosisRecord', [
    fixed('傷病名コード', 'diagnosisCode', 'N', 7),
    variable('修飾語コード', 'modifierCodes', 'A', 80, { codeLength: 4 }),
    variable('傷病名称', 'diagnosisName', 'K', 40),
    variable('ICD10コード', 'icd10', 'A', 5),
    fixed('傷病名区分', 'diagnosisClass', 'N', 2),
    variable('死因', 'causeOfDeath', 'N', 1),
    variable('補足コメント', 'supplementaryComment', 'K', 40),
  ], V),
  KK: layout('KK', '患者基礎レコード', 'DpcPatientBaseRecord', [
    variable('予備', 'reserved1', 'N', 1),
    variable('一般病棟以外の病院移動の有無', 'wardMove', 'N', 1),
    fixed('予定・緊急入院区分', 'admissionUrgency', 'N', 1),
    variable('前回退院年月日', 'previousDischargeDate', 'N', 8, { date: 'date' }),
    variable('前回同一傷病での入院の有無', 'previousSameDisease', 'N', 1),
    variable('入院時年齢', 'ageOnAdmission', 'N', 3),
    variable('出生時体重', 'birthWeight', 'N', 4),
    variable('JCS', 'jcs', 'N', 3),
    variable('予備', 'reserved2', 'N', 1),
    variable('Burn Index', 'burnIndex', 'A', 5),
    variable('重症度等', 'severity', 'K', 100),
    variable('予備', 'reserved3', 'N', 3),
    variable('入院時月齢', 'monthsOnAdmission', 'N', 2),
  ], V),
  SK: layout('SK', '診療関連レコード', 'DpcProcedureRecord', [
    variable('診療行為コード', 'procedureCode', 'N', 9),
    variable('区分番号', 'sectionNumber', 'AK', 10),
    variable('実施（予定）年月日', 'performedDate', 'N', 8, { date: 'date' }),
    variable('予備', 'reserved1', 'N', 1),
    variable('診療区分コード', 'procedureClass', 'A', 4),
    variable('診療名称', 'procedureName', 'K', 200),
  ], V),
  GA: layout('GA', '外泊レコード', 'DpcOvernightLeaveRecord', [
    fixed('診療年月', 'serviceMonth', 'N', 6, { date: 'month' }),
    fixed('請求調整区分', 'adjustmentType', 'N', 1),
    variable('外泊等', 'leaveDays', 'A', 31),
    variable('診断群分類番号', 'dpcCode', 'A', 14),
    variable('医療機関別係数', 'providerCoefficient', 'A', 6),
    variable('翌月再入院予定の有無', 'readmissionPlanned', 'N', 1),
  ], V),
  HH: layout('HH', '包括評価レコード', 'DpcPackageRecord', [
    fixed('診療年月', 'serviceMonth', 'N', 6, { date: 'month' }),
    fixed('請求調整区分', 'adjustmentType', 'N', 1),
    variable('自他保険区分', 'ownInsurance', 'N', 1),
    variable('負担区分', 'burden', 'A', 1, { code: 'burden' }),
    fixed('入院期間区分', 'stayPeriod', 'N', 1),
    variable('入院期間区分別点数', 'pointsPerDay', 'N', 6),
    variable('入院期間区分別入院日数', 'days', 'N', 2),
    variable('包括小計点数', 'subtotalPoints', 'N', 7),
  ], V),
  GT: layout('GT', '合計調整レコード', 'DpcTotalAdjustmentRecord', [
    fixed('診療年月', 'serviceMonth', 'N', 6, { date: 'month' }),
    fixed('請求調整区分', 'adjustmentType', 'N', 1),
    variable('自他保険区分', 'ownInsurance', 'N', 1),
    variable('負担区分', 'burden', 'A', 1, { code: 'burden' }),
    variable('包括小計点数合算', 'subtotalSum', 'N', 7),
    variable('包括評価点数', 'packagePoints', 'N', 7),
    variable('調整点数', 'adjustmentPoints', 'A', 7),
    variable('今月包括合計点数', 'monthPackagePoints', 'A', 8),
    variable('診療識別', 'treatmentCategory', 'N', 2),
    variable('変更年月日', 'changeDate', 'N', 8, { date: 'date' }),
    variable('文字データ', 'text', 'K', 40),
  ], V),
  CD: layout('CD', 'コーディングデータレコード', 'DpcCodingRecord', [
    fixed('実施年月日', 'performedDate', 'N', 8, { date: 'date' }),
    fixed('診療識別', 'treatmentCategory', 'N', 2),
    variable('順序番号', 'sequence', 'N', 4),
    variable('行為明細番号', 'detailNumber', 'N', 3),
    fixed('レセプト電算処理システム用コード', 'code', 'N', 9),
    variable('使用量', 'amount', 'A', 11),
    variable('数量データ', 'quantity', 'N', 8),
    variable('単位コード', 'unitCode', 'N', 3),
    variable('回数', 'count', 'N', 3),
    variable('特定器材名称', 'deviceName', 'K', 254),
  ], V),
} as const satisfies Record<string, RecordLayout>;

export type DpcRecordId = keyof typeof DPC_LAYOUTS;
