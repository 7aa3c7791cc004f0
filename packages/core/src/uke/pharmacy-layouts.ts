/**
 * 調剤 (点数表 4) records, structure only (uke-format.md §6.2: [FHIR] 令和2 record list, [SOS] 平成30
 * field lists). Lengths are 0 where no source gave them. `verified: false`: the reader checks record
 * identifiers, claim grouping and (leniently: over-length is a warning) the claim records' field values.
 */
import { dayFields, fixed, layout, variable, type RecordLayout } from './layout-types.ts';
import { BORROWED_PAYER_LAYOUTS, MEDICAL_LAYOUTS } from './medical-layouts.ts';

const V = false;

export const PHARMACY_LAYOUTS = {
  YK: layout('YK', '薬局情報レコード', 'PharmacyRecord', [
    fixed('審査支払機関', 'reviewOrganization', 'N', 1, { code: 'reviewOrganization' }),
    fixed('都道府県', 'prefecture', 'N', 2, { code: 'prefecture' }),
    fixed('点数表', 'feeTable', 'N', 1, { code: 'feeTable' }),
    fixed('薬局コード', 'pharmacyCode', 'N', 7),
    variable('予備', 'reserved1', 'N', 2),
    variable('薬局名称', 'pharmacyName', 'K', 40),
    fixed('請求年月', 'billingMonth', 'N', 6, { date: 'month' }),
    fixed('マルチボリューム識別情報', 'volume', 'N', 2),
    variable('電話番号', 'phone', 'A', 15),
  ], V),
  RE: layout('RE', 'レセプト共通レコード', 'PharmacyReceiptCommonRecord', [
    variable('レセプト番号', 'receiptNumber', 'N', 6, { required: true }),
    fixed('レセプト種別', 'receiptType', 'N', 4),
    fixed('調剤年月', 'serviceMonth', 'N', 6, { date: 'month' }),
    variable('氏名', 'name', 'AK', 40, { required: true }),
    fixed('男女区分', 'sex', 'N', 1, { code: 'sex' }),
    fixed('生年月日', 'birthDate', 'N', 8, { date: 'date' }),
    variable('給付割合', 'benefitRatio', 'N', 3),
    variable('処方医療機関 都道府県', 'prescriberPrefecture', 'N', 2),
    variable('処方医療機関 点数表', 'prescriberFeeTable', 'N', 1),
    variable('処方医療機関コード', 'prescriberCode', 'N', 7),
    variable('処方医療機関名称', 'prescriberName', 'K', 0),
    variable('処方医療機関所在地', 'prescriberAddress', 'K', 0),
    variable('一部負担金区分', 'lowIncomeClass', 'N', 1),
    variable('レセプト特記事項', 'specialNotes', 'A', 10),
    variable('麻薬免許番号', 'narcoticsLicense', 'A', 0),
    variable('調剤録番号', 'dispensingRecordNumber', 'A', 20),
    variable('割引点数単価', 'discountedPointPrice', 'N', 2),
    variable('検索番号', 'searchNumber', 'N', 30),
    variable('請求情報', 'billingInfo', 'AK', 40),
    variable('カタカナ（氏名）', 'kanaName', 'K', 80),
    variable('患者の状態', 'patientStates', 'N', 60),
  ], V),
  ...BORROWED_PAYER_LAYOUTS,
  SH: layout('SH', '処方基本レコード', 'PrescriptionBaseRecord', [
    variable('剤番号', 'prescriptionNumber', 'N', 0),
    variable('剤形コード', 'dosageForm', 'N', 1),
    variable('用法コード', 'usageCode', 'A', 0),
    variable('特別指示', 'specialInstruction', 'K', 0),
    variable('単位薬剤料', 'unitDrugPoints', 'N', 0),
  ], V),
  CZ: layout('CZ', '調剤レコード', 'DispensingRecord', [
    variable('医師番号', 'doctorNumber', 'N', 0),
    variable('処方月日', 'prescribedDate', 'N', 0),
    variable('調剤月日', 'dispensedDate', 'N', 0),
    variable('処方箋受付回', 'receptionNumber', 'N', 0),
    variable('調剤数量', 'dispensedQuantity', 'N', 0),
    variable('負担区分', 'burden', 'A', 1),
    variable('算定区分', 'calculationClass', 'N', 0),
    variable('調剤行為コード', 'code', 'N', 9),
    variable('点数', 'points', 'N', 7),
    variable('分割調剤', 'splitDispensing', 'N', 0),
  ], V),
  IY: layout('IY', '医薬品レコード', 'PharmacyDrugRecord', [
    variable('負担区分', 'burden', 'A', 1),
    fixed('医薬品コード', 'code', 'N', 9),
    variable('使用量', 'amount', 'N', 11, { decimal: [5, 5] }),
    variable('混合区分', 'mixingClass', 'N', 0),
    variable('1回用量', 'singleDose', 'N', 0),
  ], V),
  TO: layout('TO', '特定器材レコード', 'PharmacyDeviceRecord', [
    variable('負担区分', 'burden', 'A', 1),
    fixed('特定器材コード', 'code', 'N', 9),
    variable('使用量', 'amount', 'N', 9, { decimal: [5, 3] }),
    variable('点数', 'points', 'N', 7),
    variable('単位コード', 'unitCode', 'N', 3),
    variable('単価', 'unitPrice', 'N', 11, { decimal: [8, 2] }),
  ], V),
  CO: { ...MEDICAL_LAYOUTS.CO, verified: V },
  TK: layout('TK', '摘要欄レコード', 'PharmacyRemarksRecord', [variable('摘要', 'text', 'K', 0)], V),
  KI: layout('KI', '基本料・薬学管理料レコード', 'PharmacyBasicFeeRecord', [
    variable('負担区分', 'burden', 'A', 1),
    variable('調剤行為コード', 'code', 'N', 9),
    variable('点数', 'points', 'N', 7),
    variable('回数', 'count', 'N', 3),
    ...dayFields('N', 3),
  ], V),
  ST: layout('ST', '分割技術料レコード', 'SplitDispensingFeeRecord', [
    variable('負担区分', 'burden', 'A', 1),
    variable('調剤行為コード', 'code', 'N', 9),
    variable('点数', 'points', 'N', 7),
    variable('回数', 'count', 'N', 3),
  ], V),
  GO: { ...MEDICAL_LAYOUTS.GO, verified: V },
} as const satisfies Record<string, RecordLayout>;
