/**
 * 別表 (code tables) of the 記録条件仕様（医科用）令和4年4月版 that validation needs, as const objects
 * with their Japanese labels. Codes are strings: several tables define leading zeros ('01').
 * Source: ../shared/docs/official/kiroku-joken-shiyo-ika-R0404.txt 別表1–31; uke-format.md §5.
 */
import { PREFECTURES } from '../common/prefectures.ts';

/** 別表1 審査支払機関 */
export const REVIEW_ORGANIZATIONS = { '1': '社会保険診療報酬支払基金', '2': '国民健康保険団体連合会' } as const;
export type ReviewOrganizationCode = keyof typeof REVIEW_ORGANIZATIONS;

/** 別表2 都道府県 (shared with the tenant model). */
export { PREFECTURES };

/**
 * 別表3 点数表. The 医科 spec lists only 1; 3 歯科 and 4 調剤 come from their own specs.
 * 2 (DPC) is unverified (uke-format.md §11) and accepted so archive DPC files are readable.
 */
export const FEE_TABLES = { '1': '医科', '2': 'DPC', '3': '歯科', '4': '調剤' } as const;
export type FeeTableCode = keyof typeof FEE_TABLES;

/** 別表5 レセプト種別, digit 2: which insurance carries the claim. */
export const RECEIPT_INSURANCE = { '1': '医保/国保', '2': '公費', '3': '後期高齢者', '4': '退職者' } as const;
/** 別表5 digit 4 (odd = 入院, even = 入院外). 公費のみ uses only 1/2; 後期 uses 7–0; 退職者 uses 1–6. */
export const RECEIPT_PERSON = {
  '1': '本人/世帯主・入院', '2': '本人/世帯主・入院外', '3': '未就学者・入院', '4': '未就学者・入院外',
  '5': '家族/その他・入院', '6': '家族/その他・入院外', '7': '高齢受給者一般・低所得者・入院',
  '8': '高齢受給者一般・低所得者・入院外', '9': '高齢受給者7割・入院', '0': '高齢受給者7割・入院外',
} as const;

type Digit0to9 = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type PayerDigit = '1' | '2' | '3' | '4' | '5';
/** 別表5 レセプト種別 (医科): exactly the codes of the table. */
export type ReceiptTypeCode =
  | `11${PayerDigit}${Digit0to9}`
  | `12${'1' | '2' | '3' | '4'}${'1' | '2'}`
  | `13${PayerDigit}${'7' | '8' | '9' | '0'}`
  | `14${PayerDigit}${'1' | '2' | '3' | '4' | '5' | '6'}`;

export interface ReceiptTypeInfo {
  insurance: 'health' | 'publicOnly' | 'lateElderly' | 'retiree';
  /** HO present: 医保/国保, 後期, 退職者. */
  hasInsurer: boolean;
  /** Number of KO records the claim must carry. */
  publicExpenseCount: number;
  inpatient: boolean;
  label: string;
}

const INSURANCE_KIND = { '1': 'health', '2': 'publicOnly', '3': 'lateElderly', '4': 'retiree' } as const;

/** Decodes a 医科 レセプト種別 (別表5) or returns undefined when the code is not in the table. */
export function receiptTypeInfo(code: string): ReceiptTypeInfo | undefined {
  if (code.length !== 4 || code.charCodeAt(0) !== 0x31) return undefined;
  const d2 = code[1]!, d3 = code.charCodeAt(2) - 0x30, d4 = code[3]!;
  const insurance = INSURANCE_KIND[d2 as keyof typeof INSURANCE_KIND];
  if (!insurance || !(d4 in RECEIPT_PERSON)) return undefined;
  const p = Number(d4);
  if (insurance === 'publicOnly') {
    if (d3 < 1 || d3 > 4 || (d4 !== '1' && d4 !== '2')) return undefined;
  } else {
    if (d3 < 1 || d3 > 5) return undefined;
    if (insurance === 'lateElderly' && !(p >= 7 || p === 0)) return undefined;
    if (insurance === 'retiree' && !(p >= 1 && p <= 6)) return undefined;
  }
  const inpatient = p % 2 === 1;
  const payers =
    insurance === 'publicOnly'
      ? d3 === 1 ? '公費単独' : `${d3}種の公費併用`
      : `${RECEIPT_INSURANCE[d2 as '1']}${d3 === 1 ? '単独' : `と${d3 - 1}種の公費併用`}`;
  const person = insurance === 'publicOnly' ? (inpatient ? '入院' : '入院外') : RECEIPT_PERSON[d4 as '1'];
  return {
    insurance,
    hasInsurer: insurance !== 'publicOnly',
    publicExpenseCount: insurance === 'publicOnly' ? d3 : d3 - 1,
    inpatient,
    label: `医科・${payers}・${person}`,
  };
}

/** 別表6 男女区分 */
export const SEXES = { '1': '男', '2': '女' } as const;
export type SexCode = keyof typeof SEXES;

/** 別表7 病棟区分 */
export const WARD_TYPES = { '01': '精神', '02': '結核', '07': '療養' } as const;
export type WardTypeCode = keyof typeof WARD_TYPES;

/** 別表8 一部負担金・食事療養費・生活療養費標準負担額区分 */
export const LOW_INCOME_CLASSES = {
  '1': '低所得（入院90日以下等）', '2': '低所得（入院90日超）', '3': '70歳以上 低所得Ⅰ', '4': '70歳以上 低所得Ⅰ（老齢福祉年金受給）',
} as const;
export type LowIncomeClassCode = keyof typeof LOW_INCOME_CLASSES;

/** 別表9 レセプト特記事項 (17–19, 22: ≤平成30年7月診療; 41–44: 後期 only, ≥令和4年10月診療). */
export const SPECIAL_NOTES = {
  '01': '公', '02': '長', '03': '長処', '04': '後保', '07': '老併', '08': '老健', '09': '施', '10': '第三',
  '11': '薬治', '12': '器治', '13': '先進', '14': '制超', '16': '長2', '17': '上位', '18': '一般', '19': '低所',
  '20': '二割', '21': '高半', '22': '多上', '25': '出産', '26': '区ア', '27': '区イ', '28': '区ウ', '29': '区エ',
  '30': '区オ', '31': '多ア', '32': '多イ', '33': '多ウ', '34': '多エ', '35': '多オ', '36': '加治', '37': '申出',
  '38': '医併', '39': '医療', '41': '区カ', '42': '区キ', '43': '多カ', '44': '多キ',
} as const;
export type SpecialNoteCode = keyof typeof SPECIAL_NOTES;

/** 別表10 診療科名 (second block: 経過措置診療科). */
export const DEPARTMENTS = {
  '01': '内科', '02': '精神科', '09': '小児科', '10': '外科', '19': '皮膚科', '20': 'ひ尿器科', '23': '産婦人科',
  '26': '眼科', '27': '耳鼻いんこう科', '30': '放射線科', '31': '麻酔科', '34': 'アレルギー科', '35': 'リウマチ科',
  '36': 'リハビリテーション科', '37': '病理診断科', '38': '臨床検査科', '39': '救急科',
  '03': '神経科', '04': '神経内科', '05': '呼吸器科', '06': '消化器科', '07': '胃腸科', '08': '循環器科', '11': '整形外科',
  '12': '形成外科', '13': '美容外科', '14': '脳神経外科', '15': '呼吸器外科', '16': '心臓血管外科', '17': '小児外科',
  '18': '皮膚ひ尿器科', '21': '性病科', '22': 'こう門科', '24': '産科', '25': '婦人科', '28': '気管食道科', '33': '心療内科',
} as const;

/** 別表11 人体の部位等 */
export const BODY_PARTS = {
  '001': '頭頸部', '002': '胸部', '003': '腹部', '004': '呼吸器', '005': '消化器', '006': '循環器', '007': '気管食道',
  '008': '肛門', '009': '血管', '010': '心臓血管', '011': '腎臓', '012': '脳神経', '013': '神経', '014': '血液',
  '015': '乳腺', '016': '内分泌', '017': '代謝', '018': '頭部', '019': '頸部', '020': '気管', '021': '気管支', '022': '肺',
  '023': '食道', '024': '胃腸', '025': '十二指腸', '026': '小腸', '027': '大腸', '028': '肝臓', '029': '胆のう',
  '030': '膵臓', '031': '心臓', '032': '脳', '033': '脂質代謝',
} as const;

/** 別表12 性別等 */
export const SEX_AGE_GROUPS = {
  '001': '男性', '002': '女性', '003': '小児', '004': '老人', '005': '周産期', '006': '新生児', '007': '児童',
  '008': '思春期', '009': '老年', '010': '高齢者',
} as const;

/** 別表13 医学的処置 */
export const MEDICAL_TREATMENTS = {
  '001': '整形', '002': '形成', '003': '美容', '004': '心療', '005': '薬物療法', '006': '透析', '007': '移植',
  '008': '光学医療', '009': '生殖医療', '010': '疼痛緩和', '011': '漢方', '012': '化学療法', '013': '人工透析',
  '014': '臓器移植', '015': '骨髄移植', '016': '内視鏡', '017': '不妊治療', '018': '緩和ケア', '019': 'ペインクリニック',
} as const;

/** 別表14 特定疾病 */
export const SPECIFIC_DISEASES = {
  '001': '感染症', '002': '腫瘍', '003': '糖尿病', '004': 'アレルギー疾患', '005': '性感染症', '006': 'がん',
} as const;

/** 別表15 職務上の事由 */
export const OCCUPATIONAL_REASONS = { '1': '職上（職務上）', '2': '下3（下船後3月以内）', '3': '通災（通勤災害）' } as const;
/** 別表16 減免区分 */
export const REDUCTION_TYPES = { '1': '減額', '2': '免除', '3': '支払猶予' } as const;

/** 別表17 医科点数表算定理由 (07 only for ≤平成30年3月診療, kept for archives). */
export const DPC_EXCLUSION_REASONS = {
  '01': '入院後24時間以内に死亡したため', '02': '生後1週間以内に死亡したため',
  '03': '評価療養又は患者申出療養を受ける患者であるため', '04': '臓器移植を受ける患者であるため',
  '05': '包括評価の対象とならない入院料を算定する患者であるため',
  '06': '厚生労働大臣が別に定める者（特定の手術等）の患者であるため',
  '07': '厚生労働大臣が別に定める者（短期滞在手術等基本料3）の患者であるため（平成30年3月診療以前）',
  '08': '厚生労働大臣が別に定める者（告示別表一に掲げる薬剤）の患者であるため',
  '09': '医科点数表算定コードに該当するため', '10': '入院期間3を超えて入院しているため',
  '11': '地域包括ケア病棟入院料を届け出る病棟に転棟したため',
} as const;
export type DpcExclusionReasonCode = keyof typeof DPC_EXCLUSION_REASONS;

/** 別表18 転帰区分 */
export const OUTCOMES = { '1': '治ゆ、死亡、中止以外', '2': '治ゆ', '3': '死亡', '4': '中止（転医）' } as const;
export type OutcomeCode = keyof typeof OUTCOMES;

/** 別表19 主傷病 */
export const MAIN_DIAGNOSIS = { '01': '（主）' } as const;

/** 別表20 診療識別 (医科) */
export const TREATMENT_CATEGORIES = {
  '01': '全体に係る識別コード', '11': '初診', '12': '再診', '13': '医学管理', '14': '在宅',
  '21': '投薬 内服', '22': '投薬 屯服', '23': '投薬 外用', '24': '投薬 調剤', '25': '投薬 処方', '26': '投薬 麻毒',
  '27': '投薬 調基', '28': '投薬 その他', '31': '注射 皮下筋肉内', '32': '注射 静脈内', '33': '注射 その他',
  '39': '薬剤料減点', '40': '処置', '50': '手術', '54': '麻酔', '60': '検査・病理', '70': '画像診断', '80': 'その他',
  '90': '入院 入院基本料', '92': '入院 特定入院料・その他', '97': '食事療養・生活療養・標準負担額',
  '99': '全体に係る識別コード',
} as const;
export type TreatmentCategoryCode = keyof typeof TREATMENT_CATEGORIES;

/** Payer bits used by 負担区分: bit 0 = 医保 (HO), bits 1–4 = 公費①–④ (KO records in file order). */
export const PAYER_INSURANCE = 1;
export const payerBitOfPublicExpense = (index: number): number => 2 << index;

/** 別表21 負担区分: which payers bear the item. */
export const BURDEN_CODES = {
  '1': { label: '医保', payers: 0b00001 },
  '5': { label: '公費①', payers: 0b00010 },
  '6': { label: '公費②', payers: 0b00100 },
  B: { label: '公費③', payers: 0b01000 },
  C: { label: '公費④', payers: 0b10000 },
  '2': { label: '医保+公費①', payers: 0b00011 },
  '3': { label: '医保+公費②', payers: 0b00101 },
  E: { label: '医保+公費③', payers: 0b01001 },
  G: { label: '医保+公費④', payers: 0b10001 },
  '7': { label: '公費①+②', payers: 0b00110 },
  H: { label: '公費①+③', payers: 0b01010 },
  I: { label: '公費①+④', payers: 0b10010 },
  J: { label: '公費②+③', payers: 0b01100 },
  K: { label: '公費②+④', payers: 0b10100 },
  L: { label: '公費③+④', payers: 0b11000 },
  '4': { label: '医保+公費①+②', payers: 0b00111 },
  M: { label: '医保+公費①+③', payers: 0b01011 },
  N: { label: '医保+公費①+④', payers: 0b10011 },
  O: { label: '医保+公費②+③', payers: 0b01101 },
  P: { label: '医保+公費②+④', payers: 0b10101 },
  Q: { label: '医保+公費③+④', payers: 0b11001 },
  R: { label: '公費①+②+③', payers: 0b01110 },
  S: { label: '公費①+②+④', payers: 0b10110 },
  T: { label: '公費①+③+④', payers: 0b11010 },
  U: { label: '公費②+③+④', payers: 0b11100 },
  V: { label: '医保+公費①+②+③', payers: 0b01111 },
  W: { label: '医保+公費①+②+④', payers: 0b10111 },
  X: { label: '医保+公費①+③+④', payers: 0b11011 },
  Y: { label: '医保+公費②+③+④', payers: 0b11101 },
  Z: { label: '公費①+②+③+④', payers: 0b11110 },
  '9': { label: '医保+公費①+②+③+④', payers: 0b11111 },
} as const;
export type BurdenCode = keyof typeof BURDEN_CODES;

/** 負担区分 → payer bit mask, indexed by char code (0 = not a code): one array read per item. */
export const BURDEN_PAYERS_BY_CHAR: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const [k, v] of Object.entries(BURDEN_CODES)) t[k.charCodeAt(0)] = v.payers;
  return t;
})();

/** 別表22 特定器材単位 */
export const DEVICE_UNITS = {
  '001': '分', '002': '回', '003': '種', '004': '箱', '005': '巻', '006': '枚', '007': '本', '008': '組', '009': 'セット',
  '010': '個', '011': '裂', '012': '方向', '013': 'トローチ', '014': 'アンプル', '015': 'カプセル', '016': '錠', '017': '丸',
  '018': '包', '019': '瓶', '020': '袋', '021': '瓶（袋）', '022': '管', '023': 'シリンジ', '024': '回分', '025': 'テスト分',
  '026': 'ガラス筒', '027': '桿錠', '028': '単位', '029': '万単位', '030': 'フィート', '031': '滴', '032': 'ｍｇ',
  '033': 'ｇ', '034': 'ｋｇ', '035': 'ｃｃ', '036': 'ｍＬ', '037': 'Ｌ', '038': 'ｍＬＶ', '039': 'バイアル', '040': 'ｃｍ',
  '041': 'ｃｍ２', '042': 'ｍ', '043': 'μＣｉ', '044': 'ｍＣｉ', '045': 'μｇ', '046': '管（瓶）', '047': '筒',
  '048': 'ＧＢｑ', '049': 'ＭＢｑ', '050': 'ＫＢｑ', '051': 'キット', '052': '国際単位', '053': '患者当り', '054': '気圧',
  '055': '缶', '056': '手術当り', '057': '容器', '058': 'ｍＬ（ｇ）', '059': 'ブリスター', '060': 'シート', '061': 'カセット',
} as const;
export type DeviceUnitCode = keyof typeof DEVICE_UNITS;

/** 別表23 症状詳記区分 */
export const SYMPTOM_NOTE_TYPES = {
  '01': '主たる疾患の診断根拠となった臨床症状', '02': '主たる疾患の診断根拠となった臨床症状の診察・検査所見',
  '03': '主な治療行為の必要性', '04': '主な治療行為の経過', '05': '合計点数100万点以上の場合における薬剤に係る症状等',
  '06': '合計点数100万点以上の場合における処置に係る症状等', '07': 'その他', '50': '治験概要',
  '51': '疾患別リハビリテーションに係る治療継続の理由等', '52': '廃用症候群に係る評価表', '90': '上記以外の診療報酬明細書の症状詳記',
} as const;
export type SymptomNoteTypeCode = keyof typeof SYMPTOM_NOTE_TYPES;

/** 別表24 臓器提供区分 */
export const DONATED_ORGANS = {
  '1': '腎提供者', '2': '造血幹細胞提供者', '3': '皮膚提供者', '4': '肝提供者', '5': '肺提供者', '6': '小腸提供者',
} as const;
export type DonatedOrganCode = keyof typeof DONATED_ORGANS;

/** 別表25 臓器提供医療機関区分 */
export const DONOR_PROVIDER_TYPES = { '1': '添付先レセプトと同一の医療機関', '2': '添付先レセプトと異なる医療機関' } as const;
export type DonorProviderTypeCode = keyof typeof DONOR_PROVIDER_TYPES;

/** 別表26 臓器提供者レセプト種別 */
export const DONOR_RECEIPT_TYPES = {
  '1991': '臓器提供者の入院（一般）', '1992': '臓器提供者の入院外（一般）',
  '1997': '臓器提供者の入院（後期高齢者）', '1998': '臓器提供者の入院外（後期高齢者）',
} as const;
export type DonorReceiptTypeCode = keyof typeof DONOR_RECEIPT_TYPES;

/** 別表27 患者の状態 */
export const PATIENT_STATES = { '001': '妊婦' } as const;

/** 別表28 負担者種別: 1 = the HO payer, 2–5 = 第1–第4公費 (KO in order). */
export const PAYER_TYPES = {
  '1': '医療保険、国民健康保険、退職者医療又は後期高齢者医療', '2': '第1公費負担医療', '3': '第2公費負担医療',
  '4': '第3公費負担医療', '5': '第4公費負担医療',
} as const;
export type PayerTypeCode = keyof typeof PAYER_TYPES;

/** 別表29 確認区分 (01 on first claims; the others are set by the 審査支払機関 or after the bill to the insurer). */
export const CONFIRMATION_TYPES = {
  '01': '保険医療機関・薬局窓口等', '02': '変更なし', '03': '確認不能', '04': '振替', '05': '分割',
  '06': '資格喪失（レセプト記載の保険者への請求）', '07': '資格喪失（証回収後）', '08': '資格喪失（死亡）', '09': '枝番特定',
  '11': '振替（保険者等に請求後）', '12': '分割（保険者等に請求後）', '13': '変更不能（保険者等に請求後）', '14': '枝番特定（保険者等に請求後）',
} as const;
export type ConfirmationTypeCode = keyof typeof CONFIRMATION_TYPES;

/** 別表30 受診等区分 (9 is set by the 審査支払機関 only). */
export const VISIT_TYPES = {
  '1': '診療実日数に計上する受診及び入院', '2': '診療実日数に計上しない受診', '9': '算定日情報と不一致',
} as const;
export type VisitTypeCode = keyof typeof VISIT_TYPES;

/** 別表31 窓口負担額区分 (which codes the PDF shades as unused is not legible in the text: all are accepted). */
export const COUNTER_CHARGE_TYPES = {
  '00': '高額療養費の現物給付なし', '01': '高額療養費現物給付あり（多数回該当を除く）', '02': '高額療養費現物給付あり（多数回該当）',
  '03': '食事療養費及び生活療養費の標準負担額', '04': '特別の費用の額',
} as const;
export type CounterChargeTypeCode = keyof typeof COUNTER_CHARGE_TYPES;

/** Code tables a field layout can point at; the value is the 別表 title used in messages. */
export const CODE_TABLES = {
  reviewOrganization: { title: '別表1 審査支払機関', codes: REVIEW_ORGANIZATIONS },
  prefecture: { title: '別表2 都道府県', codes: PREFECTURES },
  feeTable: { title: '別表3 点数表', codes: FEE_TABLES },
  sex: { title: '別表6 男女区分', codes: SEXES },
  wardType: { title: '別表7 病棟区分', codes: WARD_TYPES },
  lowIncomeClass: { title: '別表8 一部負担金・食事療養費・生活療養費標準負担額区分', codes: LOW_INCOME_CLASSES },
  specialNote: { title: '別表9 レセプト特記事項', codes: SPECIAL_NOTES },
  department: { title: '別表10 診療科名', codes: DEPARTMENTS },
  bodyPart: { title: '別表11 人体の部位等', codes: BODY_PARTS },
  sexAgeGroup: { title: '別表12 性別等', codes: SEX_AGE_GROUPS },
  medicalTreatment: { title: '別表13 医学的処置', codes: MEDICAL_TREATMENTS },
  specificDisease: { title: '別表14 特定疾病', codes: SPECIFIC_DISEASES },
  occupationalReason: { title: '別表15 職務上の事由', codes: OCCUPATIONAL_REASONS },
  reductionType: { title: '別表16 減免区分', codes: REDUCTION_TYPES },
  dpcExclusionReason: { title: '別表17 医科点数表算定理由', codes: DPC_EXCLUSION_REASONS },
  outcome: { title: '別表18 転帰区分', codes: OUTCOMES },
  mainDiagnosis: { title: '別表19 主傷病', codes: MAIN_DIAGNOSIS },
  treatmentCategory: { title: '別表20 診療識別', codes: TREATMENT_CATEGORIES },
  burden: { title: '別表21 負担区分', codes: BURDEN_CODES },
  deviceUnit: { title: '別表22 特定器材単位', codes: DEVICE_UNITS },
  symptomNoteType: { title: '別表23 症状詳記区分', codes: SYMPTOM_NOTE_TYPES },
  donatedOrgan: { title: '別表24 臓器提供区分', codes: DONATED_ORGANS },
  donorProviderType: { title: '別表25 臓器提供医療機関区分', codes: DONOR_PROVIDER_TYPES },
  donorReceiptType: { title: '別表26 臓器提供者レセプト種別', codes: DONOR_RECEIPT_TYPES },
  patientState: { title: '別表27 患者の状態', codes: PATIENT_STATES },
  payerType: { title: '別表28 負担者種別', codes: PAYER_TYPES },
  confirmationType: { title: '別表29 確認区分', codes: CONFIRMATION_TYPES },
  visitType: { title: '別表30 受診等区分', codes: VISIT_TYPES },
  counterChargeType: { title: '別表31 窓口負担額区分', codes: COUNTER_CHARGE_TYPES },
} as const;
export type CodeTableName = keyof typeof CODE_TABLES;

export function isCode(table: CodeTableName, value: string): boolean {
  return Object.prototype.hasOwnProperty.call(CODE_TABLES[table].codes, value);
}
