/** Problems in a rules directory, each tied to a file, line and column so that an editor can fix it. */
export const RULE_FILE_MESSAGES = {
  'RUL-E001': 'CSVの形式が正しくありません',
  'RUL-E002': '見出し行に必要な列がありません',
  'RUL-E003': '必須の項目が空です',
  'RUL-E004': '項目の値が許されたものではありません',
  'RUL-E005': '日付が YYYY-MM-DD の暦日ではありません',
  'RUL-E006': '同じルールID・版が重複しています',
  'RUL-E007': '表の行が参照するルールが目録にありません',
  'RUL-E008': 'ルールの種類に対応する判定表の行がありません',
  'RUL-E009': '適用期間の終了日が開始日より前です',
  'RUL-E010': 'ファイル名から内容（目録・判定表・テスト・採用）を判断できません',
  'RUL-E011': 'テスト事例の記法が読めません',
} as const;
export type RuleFileErrorCode = keyof typeof RULE_FILE_MESSAGES;

export interface RuleFileError {
  code: RuleFileErrorCode;
  file: string;
  /** 1-based; 0 for the file as a whole. */
  line: number;
  field: string;
  message: string;
}

export function ruleFileError(code: RuleFileErrorCode, file: string, line: number, field: string, detail?: string): RuleFileError {
  const base = RULE_FILE_MESSAGES[code];
  return { code, file, line, field, message: detail ? `${base}（${detail}）` : base };
}

export const formatRuleFileError = (e: RuleFileError): string =>
  `${e.file}${e.line ? `:${e.line}` : ''}${e.field ? ` [${e.field}]` : ''} ${e.code} ${e.message}`;
