/**
 * 医科 record layouts, 記録条件仕様（医科用）令和4年4月版 第1章3(4) (text: ../shared/docs/official/
 * kiroku-joken-shiyo-ika-R0404.txt; summary: uke-format.md §3). Plus the legacy KH / NI records.
 */
import { dayFields, fixed, layout, variable, type FieldDef, type RecordLayout } from './layout-types.ts';

const comments = (): FieldDef[] =>
  [1, 2, 3].flatMap((n) => [
    variable(`コメントコード${'①②③'[n - 1]}`, `commentCode${n}`, 'N', 9),
    variable(`文字データ${'①②③'[n - 1]}`, `commentText${n}`, 'K', 100),
  ]);

const department = (n: number): FieldDef[] => [
  variable(`診療科${n} 診療科名`, `department${n}`, 'N', 2, { code: 'department' }),
  variable(`診療科${n} 人体の部位等`, `bodyPart${n}`, 'N', 3, { code: 'bodyPart' }),
  variable(`診療科${n} 性別等`, `sexAgeGroup${n}`, 'N', 3, { code: 'sexAgeGroup' }),
  variable(`診療科${n} 医学的処置`, `medicalTreatment${n}`, 'N', 3, { code: 'medicalTreatment' }),
  variable(`診療科${n} 特定疾病`, `specificDisease${n}`, 'N', 3, { code: 'specificDisease' }),
];

const billingHead = (codeJa: string): FieldDef[] => [
  variable('診療識別', 'treatmentCategory', 'N', 2, { code: 'treatmentCategory' }),
  fixed('負担区分', 'burden', 'A', 1, { code: 'burden' }),
  fixed(codeJa, 'code', 'N', 9),
];
const pointsAndCount = (): FieldDef[] => [
  variable('点数', 'points', 'N', 7, { quantity: true }),
  variable('回数', 'count', 'N', 3, { quantity: true, required: true }),
];
const billingDays = (): FieldDef[] => dayFields('N', 3, { quantity: true });

export const MEDICAL_LAYOUTS = {
  IR: layout('IR', '医療機関情報レコード', 'ProviderRecord', [
    fixed('審査支払機関', 'reviewOrganization', 'N', 1, { code: 'reviewOrganization' }),
    fixed('都道府県', 'prefecture', 'N', 2, { code: 'prefecture' }),
    fixed('点数表', 'feeTable', 'N', 1, { code: 'feeTable' }),
    fixed('医療機関コード', 'providerCode', 'N', 7),
    variable('予備', 'reserved1', 'N', 2),
    variable('医療機関名称', 'providerName', 'K', 40),
    fixed('請求年月', 'billingMonth', 'N', 6, { date: 'month' }),
    fixed('マルチボリューム識別情報', 'volume', 'N', 2),
    variable('電話番号', 'phone', 'A', 15),
  ]),
  RE: layout('RE', 'レセプト共通レコード', 'ReceiptCommonRecord', [
    variable('レセプト番号', 'receiptNumber', 'N', 6, { required: true, quantity: true }),
    fixed('レセプト種別', 'receiptType', 'N', 4),
    fixed('診療年月', 'serviceMonth', 'N', 6, { date: 'month' }),
    variable('氏名', 'name', 'AK', 40, { required: true }),
    fixed('男女区分', 'sex', 'N', 1, { code: 'sex' }),
    fixed('生年月日', 'birthDate', 'N', 8, { date: 'date' }),
    variable('給付割合', 'benefitRatio', 'N', 3, { quantity: true }),
    variable('入院年月日', 'admissionDate', 'N', 8, { date: 'date' }),
    variable('病棟区分', 'wardTypes', 'A', 8, { code: 'wardType', codeLength: 2 }),
    variable('一部負担金・食事療養費・生活療養費標準負担額区分', 'lowIncomeClass', 'N', 1, { code: 'lowIncomeClass' }),
    variable('レセプト特記事項', 'specialNotes', 'A', 10, { code: 'specialNote', codeLength: 2 }),
    variable('病床数', 'bedCount', 'N', 4, { quantity: true }),
    variable('カルテ番号等', 'chartNumber', 'A', 20),
    variable('割引点数単価', 'discountedPointPrice', 'N', 2, { quantity: true }),
    variable('予備', 'reserved1', 'N', 1),
    variable('予備', 'reserved2', 'N', 1),
    variable('予備', 'reserved3', 'N', 2),
    variable('検索番号', 'searchNumber', 'N', 30),
    variable('予備', 'reserved4', 'N', 5),
    variable('請求情報', 'billingInfo', 'AK', 40),
    ...department(1),
    ...department(2),
    ...department(3),
    variable('カタカナ（氏名）', 'kanaName', 'K', 80),
    variable('患者の状態', 'patientStates', 'N', 60, { code: 'patientState', codeLength: 3 }),
  ]),
  HO: layout('HO', '保険者レコード', 'InsurerRecord', [
    fixed('保険者番号', 'insurerNumber', 'A', 8),
    variable('被保険者証（手帳）等の記号', 'cardSymbol', 'AK', 38),
    variable('被保険者証（手帳）等の番号', 'cardNumber', 'AK', 38, { required: true }),
    variable('診療実日数', 'actualDays', 'N', 2, { required: true, quantity: true }),
    variable('合計点数', 'totalPoints', 'N', 8, { required: true, quantity: true }),
    variable('予備', 'reserved1', 'N', 5),
    variable('食事療養・生活療養 回数', 'mealCount', 'N', 2, { quantity: true }),
    variable('食事療養・生活療養 合計金額', 'mealAmount', 'N', 8, { quantity: true }),
    variable('職務上の事由', 'occupationalReason', 'N', 1, { code: 'occupationalReason' }),
    variable('証明書番号', 'certificateNumber', 'N', 3),
    variable('負担金額 医療保険', 'copay', 'N', 9, { quantity: true }),
    variable('減免区分', 'reductionType', 'N', 1, { code: 'reductionType' }),
    variable('減額割合', 'reductionRate', 'N', 3, { quantity: true }),
    variable('減額金額', 'reductionAmount', 'N', 6, { quantity: true }),
  ]),
  KO: layout('KO', '公費レコード', 'PublicExpenseRecord', [
    fixed('負担者番号', 'payerNumber', 'A', 8),
    variable('受給者番号', 'beneficiaryNumber', 'N', 7),
    variable('任意給付区分', 'optionalBenefit', 'N', 1),
    variable('診療実日数', 'actualDays', 'N', 2, { required: true, quantity: true }),
    variable('合計点数', 'totalPoints', 'N', 8, { required: true, quantity: true }),
    variable('負担金額 公費', 'copay', 'N', 8, { quantity: true }),
    variable('公費給付対象外来一部負担金', 'outpatientCopayCovered', 'N', 6, { quantity: true }),
    variable('公費給付対象入院一部負担金', 'inpatientCopayCovered', 'N', 6, { quantity: true }),
    variable('予備', 'reserved1', 'N', 5),
    variable('食事療養・生活療養 回数', 'mealCount', 'N', 2, { quantity: true }),
    variable('食事療養・生活療養 合計金額', 'mealAmount', 'N', 8, { quantity: true }),
  ]),
  SN: layout('SN', '資格確認レコード', 'EligibilityCheckRecord', [
    fixed('負担者種別', 'payerType', 'N', 1, { code: 'payerType' }),
    fixed('確認区分', 'confirmationType', 'N', 2, { code: 'confirmationType' }),
    variable('保険者番号等（資格確認）', 'insurerNumber', 'A', 8),
    variable('被保険者証（手帳）等の記号（資格確認）', 'cardSymbol', 'AK', 38),
    variable('被保険者証（手帳）等の番号（資格確認）', 'cardNumber', 'AK', 38),
    variable('枝番', 'branchNumber', 'A', 2),
    variable('受給者番号', 'beneficiaryNumber', 'N', 7),
    variable('予備', 'reserved1', 'N', 1),
  ]),
  JD: layout('JD', '受診日等レコード', 'VisitDaysRecord', [
    fixed('負担者種別', 'payerType', 'N', 1, { code: 'payerType' }),
    ...dayFields('N', 1, { code: 'visitType' }),
  ]),
  MF: layout('MF', '窓口負担額レコード', 'CounterChargeRecord', [
    fixed('窓口負担額区分', 'chargeType', 'N', 2, { code: 'counterChargeType' }),
    ...Array.from({ length: 31 }, (_, i) => variable(`予備${i + 1}`, `reserved${i + 1}`, 'N', 9)),
  ]),
  GR: layout('GR', '包括評価対象外理由レコード', 'PackageExclusionRecord', [
    fixed('医科点数表算定理由', 'reason', 'N', 2, { code: 'dpcExclusionReason' }),
    variable('ＤＰＣコード', 'dpcCode', 'A', 14),
  ]),
  SY: layout('SY', '傷病名レコード', 'DiagnosisRecord', [
    fixed('傷病名コード', 'diagnosisCode', 'N', 7),
    fixed('診療開始日', 'startDate', 'N', 8, { date: 'date' }),
    fixed('転帰区分', 'outcome', 'N', 1, { code: 'outcome' }),
    variable('修飾語コード', 'modifierCodes', 'A', 80, { codeLength: 4 }),
    variable('傷病名称', 'diagnosisName', 'K', 40),
    variable('主傷病', 'mainDiagnosis', 'N', 2, { code: 'mainDiagnosis' }),
    variable('補足コメント', 'supplementaryComment', 'K', 40),
  ]),
  SI: layout('SI', '診療行為レコード', 'ProcedureRecord', [
    ...billingHead('診療行為コード'),
    variable('数量データ', 'quantity', 'N', 8, { quantity: true }),
    ...pointsAndCount(),
    ...comments(),
    ...billingDays(),
  ]),
  IY: layout('IY', '医薬品レコード', 'DrugRecord', [
    ...billingHead('医薬品コード'),
    variable('使用量', 'amount', 'N', 11, { decimal: [5, 5] }),
    ...pointsAndCount(),
    ...comments(),
    ...billingDays(),
  ]),
  TO: layout('TO', '特定器材レコード', 'DeviceRecord', [
    ...billingHead('特定器材コード'),
    variable('使用量', 'amount', 'N', 9, { decimal: [5, 3] }),
    ...pointsAndCount(),
    variable('単位コード', 'unitCode', 'N', 3, { code: 'deviceUnit' }),
    variable('単価', 'unitPrice', 'N', 11, { decimal: [8, 2] }),
    variable('予備', 'reserved1', 'K', 40),
    variable('商品名及び規格又はサイズ', 'productName', 'K', 300),
    ...comments(),
    ...billingDays(),
  ]),
  CO: layout('CO', 'コメントレコード', 'CommentRecord', [
    variable('診療識別', 'treatmentCategory', 'N', 2, { code: 'treatmentCategory' }),
    fixed('負担区分', 'burden', 'A', 1, { code: 'burden' }),
    fixed('コメントコード', 'code', 'N', 9),
    variable('文字データ', 'text', 'K', 76),
  ]),
  SJ: layout('SJ', '症状詳記レコード', 'SymptomNoteRecord', [
    variable('症状詳記区分', 'noteType', 'N', 2, { code: 'symptomNoteType' }),
    variable('症状詳記データ', 'text', 'K', 2400, { required: true }),
  ]),
  TI: layout('TI', '臓器提供医療機関情報レコード', 'DonorProviderRecord', [
    fixed('臓器提供区分', 'organ', 'N', 1, { code: 'donatedOrgan' }),
    fixed('臓器提供医療機関区分', 'donorProviderType', 'N', 1, { code: 'donorProviderType' }),
    variable('都道府県', 'prefecture', 'N', 2, { code: 'prefecture' }),
    variable('点数表', 'feeTable', 'N', 1, { code: 'feeTable' }),
    variable('医療機関コード', 'providerCode', 'N', 7),
    variable('予備', 'reserved1', 'N', 2),
    variable('医療機関名称', 'providerName', 'K', 40),
    variable('医療機関所在地', 'providerAddress', 'K', 80),
    variable('電話番号', 'phone', 'A', 15),
  ]),
  TR: layout('TR', '臓器提供者レセプト情報レコード', 'DonorReceiptRecord', [
    variable('レセプト番号', 'receiptNumber', 'N', 6, { required: true, quantity: true }),
    fixed('臓器提供者レセプト種別', 'donorReceiptType', 'N', 4, { code: 'donorReceiptType' }),
    fixed('診療年月', 'serviceMonth', 'N', 6, { date: 'month' }),
    variable('予備', 'reserved1', 'AK', 40),
    fixed('男女区分', 'sex', 'N', 1, { code: 'sex' }),
    fixed('生年月日', 'birthDate', 'N', 8, { date: 'date' }),
    variable('予備', 'reserved2', 'N', 3),
    variable('入院年月日', 'admissionDate', 'N', 8, { date: 'date' }),
    variable('病棟区分', 'wardTypes', 'A', 8, { code: 'wardType', codeLength: 2 }),
    variable('予備', 'reserved3', 'N', 1),
    variable('レセプト特記事項', 'specialNotes', 'A', 10, { code: 'specialNote', codeLength: 2 }),
    variable('予備', 'reserved4', 'N', 4),
    variable('カルテ番号等', 'chartNumber', 'A', 20),
    variable('割引点数単価', 'discountedPointPrice', 'N', 2, { quantity: true }),
    variable('予備', 'reserved5', 'N', 1),
    variable('予備', 'reserved6', 'N', 1),
    variable('予備', 'reserved7', 'N', 2),
  ]),
  TS: layout('TS', '臓器提供者請求情報レコード', 'DonorBillingRecord', [
    variable('診療実日数', 'actualDays', 'N', 2, { required: true, quantity: true }),
    variable('合計点数', 'totalPoints', 'N', 8, { required: true, quantity: true }),
    variable('食事療養・生活療養 回数', 'mealCount', 'N', 2, { quantity: true }),
    variable('食事療養・生活療養 合計金額', 'mealAmount', 'N', 8, { quantity: true }),
  ]),
  GO: layout('GO', '診療報酬請求書レコード', 'ClaimSummaryRecord', [
    variable('総件数', 'totalCount', 'N', 6, { quantity: true }),
    variable('総合計点数', 'totalPoints', 'N', 10, { quantity: true }),
    fixed('マルチボリューム識別情報', 'volume', 'N', 2),
  ]),
} as const satisfies Record<string, RecordLayout>;

export type MedicalRecordId = keyof typeof MEDICAL_LAYOUTS;

/**
 * Records of older editions (uke-format.md §2, [MDT]): accepted with a warning and skipped.
 * KH 国保連固有情報: one free field (英数 or 漢字, 100 bytes). NI 日計表: 31 day fields (≤平成24年3月診療).
 */
export const LEGACY_LAYOUTS = {
  KH: layout('KH', '国保連固有情報レコード', 'LegacyFederationRecord', [variable('国保連固有情報', 'federationInfo', 'AK', 100)], false),
  NI: layout('NI', '日計表レコード', 'LegacyDailyTallyRecord', dayFields('N', 3), false),
} as const satisfies Record<string, RecordLayout>;

/**
 * HO, KO, SN, JD and MF as 調剤 and 歯科 files use them: the 医科 shapes, marked unverified because
 * their own specs were not available to check against.
 */
export const BORROWED_PAYER_LAYOUTS = {
  HO: { ...MEDICAL_LAYOUTS.HO, verified: false },
  KO: { ...MEDICAL_LAYOUTS.KO, verified: false },
  SN: { ...MEDICAL_LAYOUTS.SN, verified: false },
  JD: { ...MEDICAL_LAYOUTS.JD, verified: false },
  MF: { ...MEDICAL_LAYOUTS.MF, verified: false },
};
