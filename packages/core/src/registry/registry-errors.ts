/**
 * Errors of the registries as values. Every code has its Japanese message and every field its
 * Japanese label; the `Record` types make the compiler refuse a new code or field without them.
 */
export type RegistryErrorCode =
  | 'empty'
  | 'notDigits'
  | 'badLength'
  | 'unknownPrefecture'
  | 'notHealthInsuranceLaw'
  | 'notPublicExpenseLaw'
  | 'checkDigit'
  | 'employeeInsurer'
  | 'abolishedScheme'
  | 'unknownFeeTable'
  | 'cardTooLong'
  | 'badBranch'
  | 'invalidDate'
  | 'periodReversed'
  | 'periodOverlap'
  | 'providerKindMismatch'
  | 'inconsistent'
  | 'badCount'
  | 'notToken'
  | 'notRegistered'
  | 'unknownCode';

export const REGISTRY_ERROR_MESSAGES: Record<RegistryErrorCode, string> = {
  empty: '値がありません',
  notDigits: '半角数字以外の文字が含まれています',
  badLength: '桁数が正しくありません',
  unknownPrefecture: '都道府県番号が正しくありません（01〜47）',
  notHealthInsuranceLaw: '医療保険の法別番号ではありません',
  notPublicExpenseLaw: '公費負担医療の法別番号ではありません（医療保険の法別番号です）',
  checkDigit: '検証番号が一致しません',
  employeeInsurer: '被用者保険の保険者番号です（国保連合会ではなく支払基金の扱いです）',
  abolishedScheme: '退職者医療制度（法別67）の保険者番号です。制度は経過措置を含め終了しています',
  unknownFeeTable: '点数表番号が正しくありません（1 医科、3 歯科、4 調剤、6 訪問看護）',
  cardTooLong: '記号と番号は合わせて19文字以内です',
  badBranch: '枝番は2桁の数字です',
  invalidDate: '日付が正しくありません',
  periodReversed: '終了日（喪失日）が開始日（取得日）以前です',
  periodOverlap: '同じ被保険者の資格期間が重複しています',
  providerKindMismatch: '医療機関の種別が点数表番号・病床数と一致しません（病院は20床以上）',
  inconsistent: '他の項目（番号の構成など）と一致しません',
  badCount: '0以上の整数ではありません',
  notToken: '個人番号のトークンではありません（個人番号を平文で保存することはできません）',
  notRegistered: '登録されていません（参照先を先に登録してください）',
  unknownCode: '定義されていないコードです',
};

export type RegistryField =
  | 'insurerNumber'
  | 'payerNumber'
  | 'recipientNumber'
  | 'providerCode'
  | 'feeTable'
  | 'individualNumber'
  | 'cardSymbol'
  | 'cardNumber'
  | 'branch'
  | 'name'
  | 'sex'
  | 'birthDate'
  | 'incomeCategory'
  | 'householdNumber'
  | 'personId'
  | 'acquiredOn'
  | 'lostOn'
  | 'acquireReason'
  | 'loseReason'
  | 'validFrom'
  | 'validTo'
  | 'beds'
  | 'kind';

export const REGISTRY_FIELD_LABELS: Record<RegistryField, string> = {
  insurerNumber: '保険者番号',
  payerNumber: '公費負担者番号',
  recipientNumber: '受給者番号',
  providerCode: '医療機関コード',
  feeTable: '点数表番号',
  individualNumber: '個人番号',
  cardSymbol: '被保険者証の記号',
  cardNumber: '被保険者証の番号',
  branch: '枝番',
  name: '氏名・名称',
  sex: '男女区分',
  birthDate: '生年月日',
  incomeCategory: '所得区分',
  householdNumber: '世帯番号',
  personId: '被保険者ID',
  acquiredOn: '資格取得年月日',
  lostOn: '資格喪失年月日',
  acquireReason: '取得事由',
  loseReason: '喪失事由',
  validFrom: '有効開始日',
  validTo: '有効終了日',
  beds: '病床数',
  kind: '種別',
};

export interface RegistryError {
  code: RegistryErrorCode;
  field: RegistryField;
  /** '保険者番号: 検証番号が一致しません' — for people. */
  message: string;
  /** The offending value, for the operator; never set for the individual number (personal data). */
  input?: string;
}

export function registryError(code: RegistryErrorCode, field: RegistryField, input?: string): RegistryError {
  const e: RegistryError = { code, field, message: `${REGISTRY_FIELD_LABELS[field]}: ${REGISTRY_ERROR_MESSAGES[code]}` };
  if (input !== undefined && field !== 'individualNumber') e.input = input;
  return e;
}
