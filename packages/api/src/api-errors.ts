/**
 * Every error the API answers with: a code for programs, a Japanese message for people, and the
 * HTTP status, in one table so that the compiler refuses a code without its message or status.
 * The body is always `{ error: { code, message } }`.
 */
export const API_ERRORS = {
  UNAUTHENTICATED: { status: 401, message: '認証が必要です。Authorization: Bearer <トークン> ヘッダーを指定してください' },
  INVALID_TOKEN: { status: 401, message: 'トークンが無効です（誤り、または失効済み）' },
  FORBIDDEN: { status: 403, message: 'このトークンでは請求ファイルを送信できません' },
  NOT_ALLOWED: { status: 403, message: 'この操作を行う権限がありません（役割を確認してください）' },
  CLAIM_NOT_FOUND: { status: 404, message: 'レセプトが見つかりません' },
  BAD_DECISION: { status: 400, message: '判断の内容が正しくありません' },
  BAD_BULK_CONFIRM: { status: 400, message: 'month（YYYY-MM）と items（{ fileId, seq } を1件以上500件以下）を JSON で指定してください' },
  CASE_NOT_FOUND: { status: 404, message: '申出が見つかりません' },
  BAD_CASE_REQUEST: { status: 400, message: '申出・決定の内容が正しくありません' },
  CASE_REFUSED: { status: 422, message: '申出・決定を受け付けられませんでした' },
  LOGIN_FAILED: { status: 401, message: '連合会・ログイン名・パスワードのいずれかが違います' },
  NOT_LOGGED_IN: { status: 401, message: 'ログインしてください（セッションがないか、期限切れです）' },
  BAD_LOGIN_REQUEST: { status: 400, message: 'federation（都道府県番号2桁）・login・password を JSON で指定してください' },
  NOT_FOUND: { status: 404, message: '指定された API はありません' },
  BAD_MONTH: { status: 400, message: 'month には診療年月を YYYY-MM 形式で指定してください（例: month=2025-05）' },
  BAD_REPLACE: { status: 400, message: 'replace には true または false を指定してください' },
  BAD_FILE_NAME: { status: 400, message: 'x-file-name が不正です（255文字以内のファイル名、UTF-8 はパーセントエンコード）' },
  EMPTY_BODY: { status: 400, message: '請求ファイルの内容が空です' },
  BAD_REQUEST: { status: 400, message: 'リクエストが不正です' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'content-type: application/octet-stream で請求ファイルのバイト列をそのまま送信してください' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '請求ファイルが大きすぎます' },
  FILE_IN_PROGRESS: { status: 409, message: '同じファイルを受付中です。終わってから再送してください（受付済みなら重複として応答します）' },
  FILE_REFUSED: { status: 422, message: '請求ファイルを受け付けられませんでした（受付エラーは errors を参照してください）' },
  UNAVAILABLE: { status: 503, message: 'データベースに接続できません。時間をおいて再試行してください' },
  INTERNAL: { status: 500, message: 'サーバー内部でエラーが発生しました。時間をおいて再送してください' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

export class ApiError extends Error {
  readonly status: number;
  constructor(readonly code: ApiErrorCode, readonly detail?: string) {
    super(API_ERRORS[code].message);
    this.status = API_ERRORS[code].status;
  }
}

export function errorBody(code: ApiErrorCode, detail?: string): { error: { code: ApiErrorCode; message: string } } {
  return { error: { code, message: detail ? `${API_ERRORS[code].message}：${detail}` : API_ERRORS[code].message } };
}

/** Fastify's own errors (body parsing, limits) in our shape. */
export function codeOfFastifyError(e: { code?: string; statusCode?: number }): ApiErrorCode {
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
  }
  const s = e.statusCode ?? 500;
  if (s === 413) return 'PAYLOAD_TOO_LARGE';
  if (s === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  return s >= 400 && s < 500 ? 'BAD_REQUEST' : 'INTERNAL';
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The code a failed schema validation answers with, by where it failed: 'body', 'querystring',
     * 'params', 'headers', or a field within ('querystring/month', 'body/items'); the most specific
     * wins, else BAD_REQUEST. So a route's schema refuses with the code its handler would have used.
     */
    invalid?: Readonly<Record<string, ApiErrorCode>>;
  }
}

interface ValidationFailure {
  validationContext?: string;
  validation?: readonly { instancePath?: string; params?: Record<string, unknown> }[];
}

/** A schema validation error in our shape; on a 400, `detail` names the field ('body/items/3/fileId'). */
export function codeOfValidationError(e: ValidationFailure, invalid: Readonly<Record<string, ApiErrorCode>> | undefined): { code: ApiErrorCode; detail: string | undefined } {
  const first = e.validation?.[0];
  const missing = typeof first?.params?.missingProperty === 'string' ? `/${first.params.missingProperty}` : '';
  const parts = `${e.validationContext ?? ''}${first?.instancePath ?? ''}${missing}`.split('/');
  for (let n = parts.length; n > 0; n--) {
    const code = invalid?.[parts.slice(0, n).join('/')];
    if (code) return { code, detail: API_ERRORS[code].status === 400 ? parts.join('/') : undefined };
  }
  return { code: 'BAD_REQUEST', detail: parts.join('/') };
}
