/**
 * Why a correction case is refused, as values. Every code has its Japanese message; the `Record`
 * makes the compiler refuse a new code without one. The detail says what exactly (the deadline date,
 * the state, the month) after the message.
 */
export type CorrectionErrorCode =
  | 'CASE_NOT_FOUND'
  | 'CLAIM_NOT_FOUND'
  | 'INVALID_DATE'
  | 'INVALID_TRANSITION'
  | 'NOT_ALLOWED'
  | 'REQUESTER_KIND'
  | 'NOT_REQUESTER_OF_CLAIM'
  | 'UNKNOWN_REASON'
  | 'REASON_TEXT_REQUIRED'
  | 'PAST_DEADLINE'
  | 'CASE_OPEN'
  | 'CLAIM_NOT_CURRENT'
  | 'CLAIM_NOT_DECIDED'
  | 'CLAIM_NOT_RETURNED'
  | 'NOT_PAID'
  | 'ALREADY_REVERSED'
  | 'REREVIEW_REPEATED'
  | 'ALREADY_RESUBMITTED'
  | 'NEW_CLAIM_REQUIRED'
  | 'NEW_CLAIM_MISMATCH'
  | 'SAME_MONTH_MISMATCH'
  | 'POSTING_MONTH_TOO_EARLY'
  | 'POSTING_MONTH_OUT_OF_RANGE'
  | 'MONTH_CLOSED'
  | 'INVALID_OUTCOME'
  | 'INVALID_CUT'
  | 'NOT_PRICEABLE'
  | 'ALREADY_DECIDED';

export const CORRECTION_ERROR_MESSAGES: Record<CorrectionErrorCode, string> = {
  CASE_NOT_FOUND: '申出が見つかりません',
  CLAIM_NOT_FOUND: 'レセプトが見つかりません',
  INVALID_DATE: '日付（YYYY-MM-DD）・処理月（YYYY-MM）が正しくありません',
  INVALID_TRANSITION: 'この状態の申出にはその操作はできません',
  NOT_ALLOWED: 'この操作を行う権限がありません',
  REQUESTER_KIND: 'この申出はその申出者からは受け付けません',
  NOT_REQUESTER_OF_CLAIM: '申出者はこのレセプトの保険者・医療機関ではありません',
  UNKNOWN_REASON: '申出の理由コードが正しくありません',
  REASON_TEXT_REQUIRED: '申出の理由を記載してください',
  PAST_DEADLINE: '申出の期限を過ぎています',
  CASE_OPEN: 'このレセプトには処理中の申出があります',
  CLAIM_NOT_CURRENT: 'このレセプトは取下げ・置換え済みです',
  CLAIM_NOT_DECIDED: 'このレセプトはまだ審査決定していません',
  CLAIM_NOT_RETURNED: 'このレセプトは返戻されていません',
  NOT_PAID: 'このレセプトはまだ支払（記帳）されていません',
  ALREADY_REVERSED: 'このレセプトは過誤・取下げで取り消し済みです',
  REREVIEW_REPEATED: '再審査の結果に対する再度の再審査は受け付けません（特別審査（中央審査）の対象を除く）',
  ALREADY_RESUBMITTED: '返戻したこのレセプトの再請求は受付済みです',
  NEW_CLAIM_REQUIRED: '再請求（訂正後）のレセプトを指定してください',
  NEW_CLAIM_MISMATCH: '再請求のレセプトが元のレセプトと同じ医療機関・患者・診療年月ではありません',
  SAME_MONTH_MISMATCH: '同月過誤は再請求分と同じ処理月に記帳します',
  POSTING_MONTH_TOO_EARLY: '処理月が元の記帳の月より前です',
  POSTING_MONTH_OUT_OF_RANGE: '処理月は決定日の月かその翌月にしてください',
  MONTH_CLOSED: 'その処理月の帳簿は締め済みです（翌月以降の処理月を指定してください）',
  INVALID_OUTCOME: 'この申出の種類にない決定です',
  INVALID_CUT: '査定の指定が正しくありません',
  NOT_PRICEABLE: '査定後の金額を計算できないレセプトです',
  ALREADY_DECIDED: 'この申出は別の内容で決定済みです',
};

export interface CorrectionError {
  code: CorrectionErrorCode;
  /** Japanese, for people: the code's message and what exactly. */
  message: string;
}

export function correctionError(code: CorrectionErrorCode, detail?: string): CorrectionError {
  const base = CORRECTION_ERROR_MESSAGES[code];
  return { code, message: detail ? `${base}（${detail}）` : base };
}
