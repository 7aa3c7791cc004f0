/**
 * Errors of window pricing as values. Every code has its Japanese message and every known field its
 * Japanese label; the `Record` types make the compiler refuse a new code or field without them.
 * A message always starts with the field it is about: 'points（点数）: 0以上の整数ではありません'.
 */
export type PricingErrorCode =
  | 'required'
  | 'notObject'
  | 'unknownField'
  | 'notInteger'
  | 'outOfRange'
  | 'notBoolean'
  | 'badMonth'
  | 'badDate'
  | 'bornAfterService'
  | 'monthNotSupported'
  | 'unknownCategory'
  | 'categoryAgeMismatch'
  | 'categoryNotYet'
  | 'badLawNumber'
  | 'unsupportedLaw'
  | 'publicAssistance'
  | 'outpatientOnlyLaw'
  | 'capRequired'
  | 'mealsOutpatient'
  | 'mealsMonthNotSupported'
  | 'longStayCategory'
  | 'mealsWithPublicExpense';

export const PRICING_ERROR_MESSAGES: Record<PricingErrorCode, string> = {
  required: '値がありません',
  notObject: 'オブジェクト（{…}）ではありません',
  unknownField: '定義されていない項目です',
  notInteger: '0以上の整数ではありません',
  outOfRange: '範囲外の値です',
  notBoolean: 'true または false ではありません',
  badMonth: '"YYYY-MM" 形式の正しい年月ではありません',
  badDate: '"YYYY-MM-DD" 形式の正しい日付ではありません',
  bornAfterService: '生年月日が診療年月より後です',
  monthNotSupported: '計算に必要な割合・限度額の表がない診療年月です',
  unknownCategory: '定義されていない所得区分です',
  categoryAgeMismatch: 'その年齢区分にない所得区分です',
  categoryNotYet: 'その診療年月にはまだない所得区分です',
  badLawNumber: '法別番号は2桁の数字の文字列です（例 "54"）',
  unsupportedLaw: '対応していない法別番号です',
  publicAssistance: '生活保護（法別12）の受給者は国民健康保険・後期高齢者医療の被保険者になりません（国保法6条、高確法51条）',
  outpatientOnlyLaw: 'この公費は通院（外来）だけが対象です',
  capRequired: 'この公費では受給者証の自己負担上限額（月額）が必要です',
  mealsOutpatient: '入院時食事療養は入院のときだけです（inpatient が true ではありません）',
  mealsMonthNotSupported: '食事療養の標準負担額の表がない診療年月です',
  longStayCategory: '長期入院（90日超）の減額は住民税非課税（区分オ・低所得Ⅱ）のときだけです',
  mealsWithPublicExpense: '公費と食事療養の組合せには対応していません（公費による食事の負担軽減は計算しません）',
};

/** The input fields, as named in the JSON input. */
export type PricingField =
  | 'input'
  | 'points'
  | 'serviceMonth'
  | 'birthDate'
  | 'incomeCategory'
  | 'inpatient'
  | 'repeatedHighCost'
  | 'publicExpense'
  | 'publicExpense.lawNumber'
  | 'publicExpense.selfPayCap'
  | 'publicExpense.paidThisMonth'
  | 'meals'
  | 'meals.count'
  | 'meals.cost'
  | 'meals.longStay';

export const PRICING_FIELD_LABELS: Record<PricingField, string> = {
  input: '入力',
  points: '点数',
  serviceMonth: '診療年月',
  birthDate: '生年月日',
  incomeCategory: '所得区分',
  inpatient: '入院',
  repeatedHighCost: '多数回該当',
  publicExpense: '公費',
  'publicExpense.lawNumber': '公費の法別番号',
  'publicExpense.selfPayCap': '公費の自己負担上限額（月額）',
  'publicExpense.paidThisMonth': '公費の自己負担上限額管理票の当月累計額',
  meals: '食事療養',
  'meals.count': '食事の回数',
  'meals.cost': '食事療養の費用の額',
  'meals.longStay': '長期入院（90日超）',
};

export interface PricingError {
  code: PricingErrorCode;
  /** The JSON field, e.g. 'points' or 'publicExpense.lawNumber' (an unknown field is named as given). */
  field: string;
  /** 'incomeCategory（所得区分）: その年齢区分にない所得区分です — …' — for people. */
  message: string;
}

function isKnownField(f: string): f is PricingField {
  return Object.prototype.hasOwnProperty.call(PRICING_FIELD_LABELS, f);
}

export function pricingError(code: PricingErrorCode, field: string, detail?: string): PricingError {
  const label = isKnownField(field) ? `${field}（${PRICING_FIELD_LABELS[field]}）` : field;
  return { code, field, message: `${label}: ${PRICING_ERROR_MESSAGES[code]}${detail ? ` — ${detail}` : ''}` };
}
