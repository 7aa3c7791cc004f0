/**
 * 歯科 (点数表 3) records, structure only (uke-format.md §6.1: [FHIR] 令和2 record list; [SOS]/[DENT-TS]
 * field lists; UK file header; SS = 109 columns observed). `verified: false`: the reader checks record
 * identifiers, claim grouping and (leniently: over-length is a warning) the claim records' field values.
 */
import { dayFields, fixed, layout, variable, type RecordLayout } from './layout-types.ts';
import { BORROWED_PAYER_LAYOUTS, MEDICAL_LAYOUTS } from './medical-layouts.ts';

const V = false;

const dentalLine = (id: 'SI' | 'IY' | 'TO', ja: string, name: string, codeJa: string) =>
  layout(id, ja, name, [
    variable('診療識別', 'treatmentCategory', 'N', 2),
    fixed('負担区分', 'burden', 'A', 1, { code: 'burden' }),
    fixed(codeJa, 'code', 'N', 9),
    variable('使用量・数量データ', 'amount', 'N', 11),
    variable('点数', 'points', 'N', 7),
    variable('回数', 'count', 'N', 3),
    ...dayFields('N', 3),
  ], V);

export const DENTAL_LAYOUTS = {
  UK: layout('UK', '受付情報レコード', 'DentalReceptionRecord', [
    fixed('審査支払機関', 'reviewOrganization', 'N', 1, { code: 'reviewOrganization' }),
    fixed('都道府県', 'prefecture', 'N', 2, { code: 'prefecture' }),
    fixed('点数表', 'feeTable', 'N', 1, { code: 'feeTable' }),
    fixed('医療機関コード', 'providerCode', 'N', 7),
    variable('予備', 'reserved1', 'N', 2),
    variable('医療機関名称', 'providerName', 'K', 40),
    fixed('請求年月', 'billingMonth', 'N', 6, { date: 'month' }),
    variable('届出', 'notifications', 'N', 28, { codeLength: 2 }),
    fixed('マルチボリューム識別情報', 'volume', 'N', 2),
  ], V),
  IR: layout('IR', '医療機関情報レコード', 'DentalProviderRecord', [
    fixed('審査支払機関', 'reviewOrganization', 'N', 1, { code: 'reviewOrganization' }),
    fixed('都道府県', 'prefecture', 'N', 2, { code: 'prefecture' }),
    fixed('点数表', 'feeTable', 'N', 1, { code: 'feeTable' }),
    fixed('医療機関コード', 'providerCode', 'N', 7),
    variable('予備', 'reserved1', 'N', 2),
    fixed('請求年月', 'billingMonth', 'N', 6, { date: 'month' }),
    variable('電話番号', 'phone', 'A', 15),
    variable('届出', 'notifications', 'N', 28, { codeLength: 2 }),
  ], V),
  RE: layout('RE', 'レセプト共通レコード', 'DentalReceiptCommonRecord', [
    variable('レセプト番号', 'receiptNumber', 'N', 6, { required: true }),
    fixed('レセプト種別', 'receiptType', 'N', 4),
    fixed('診療年月', 'serviceMonth', 'N', 6, { date: 'month' }),
    variable('氏名', 'name', 'AK', 40, { required: true }),
    fixed('男女区分', 'sex', 'N', 1, { code: 'sex' }),
    fixed('生年月日', 'birthDate', 'N', 8, { date: 'date' }),
    variable('給付割合', 'benefitRatio', 'N', 3),
    variable('入院年月日', 'admissionDate', 'N', 8, { date: 'date' }),
    variable('一部負担金区分', 'lowIncomeClass', 'N', 1),
    variable('レセプト特記事項', 'specialNotes', 'A', 10),
    variable('カルテ番号等', 'chartNumber', 'A', 20),
    variable('割引点数単価', 'discountedPointPrice', 'N', 2),
    variable('検索番号', 'searchNumber', 'N', 30),
    variable('請求情報', 'billingInfo', 'AK', 40),
    variable('診療開始日', 'startDate', 'N', 8, { date: 'date' }),
    variable('転帰区分', 'outcome', 'N', 1),
    variable('請求情報1', 'billingInfo1', 'AK', 0),
    variable('未来院請求', 'noVisitClaim', 'N', 1),
    variable('カタカナ（氏名）', 'kanaName', 'K', 80),
    variable('患者の状態', 'patientStates', 'N', 60),
  ], V),
  ...BORROWED_PAYER_LAYOUTS,
  HS: layout('HS', '傷病名部位レコード', 'DentalDiagnosisSiteRecord', [
    variable('診療開始日', 'startDate', 'N', 8, { date: 'date' }),
    variable('転帰区分', 'outcome', 'N', 1),
    variable('傷病名コード', 'diagnosisCode', 'N', 7),
    variable('修飾語コード', 'modifierCodes', 'A', 80),
    variable('傷病名称', 'diagnosisName', 'K', 40),
    variable('歯式', 'teeth', 'A', 384, { codeLength: 6 }),
    variable('併存傷病名数', 'coexistingCount', 'N', 2),
    variable('病態移行', 'conditionTransition', 'N', 1),
    variable('主傷病', 'mainDiagnosis', 'N', 2),
    variable('補足コメント', 'supplementaryComment', 'K', 40),
  ], V),
  SS: layout('SS', '歯科診療行為レコード', 'DentalProcedureRecord', [
    variable('診療識別', 'treatmentCategory', 'N', 2),
    fixed('負担区分', 'burden', 'A', 1, { code: 'burden' }),
    fixed('歯科診療行為コード', 'code', 'N', 9),
    variable('数量データ1', 'quantity1', 'N', 8),
    variable('数量データ2', 'quantity2', 'N', 8),
    ...Array.from({ length: 35 }, (_, i) => [
      variable(`加算コード${i + 1}`, `additionCode${i + 1}`, 'A', 5),
      variable(`加算数量データ${i + 1}`, `additionQuantity${i + 1}`, 'N', 8),
    ]).flat(),
    variable('点数', 'points', 'N', 7),
    variable('回数', 'count', 'N', 3),
    ...dayFields('N', 3),
  ], V),
  SI: dentalLine('SI', '診療行為レコード', 'DentalMedicalProcedureRecord', '診療行為コード'),
  IY: dentalLine('IY', '医薬品レコード', 'DentalDrugRecord', '医薬品コード'),
  TO: dentalLine('TO', '特定器材レコード', 'DentalDeviceRecord', '特定器材コード'),
  CO: layout('CO', 'コメントレコード', 'DentalCommentRecord', [
    variable('診療識別', 'treatmentCategory', 'N', 2),
    fixed('負担区分', 'burden', 'A', 1, { code: 'burden' }),
    fixed('コメントコード', 'code', 'N', 9),
    variable('文字データ', 'text', 'K', 76),
    variable('歯式', 'teeth', 'A', 0),
  ], V),
  SJ: { ...MEDICAL_LAYOUTS.SJ, verified: V },
  GO: { ...MEDICAL_LAYOUTS.GO, verified: V },
} as const satisfies Record<string, RecordLayout>;
