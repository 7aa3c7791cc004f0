/** Schemas (OpenAPI) of the corrections routes; each keeps the error codes its handler answers with. */
import { CASE_REASONS, CASE_STATES, CORRECTION_KIND_LABELS, CORRECTION_KINDS } from '@kokuho/core/corrections';
import { answer, failure, month, SESSION_AUTH, sessionFailures } from '../route-schemas.ts';

const tags = ['corrections'];
const claimRef = (description: string) => ({
  type: 'object', required: ['fileId', 'seq'], description,
  properties: { fileId: { type: 'integer', minimum: 1 }, seq: { type: 'integer', minimum: 0 } },
}) as const;
const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', pattern: '^\\d{1,15}$', description: '申出番号' } } } as const;
const caseAnswer = '`{ caseId, kind, timing, requester: { type, code }, enteredBy, claim, newClaim, reasonCode, reasonText, requestedOn, deadline, deadlineBasis, state, outcome, postingMonth, decidedOn }`';
const refused = failure('申出・決定を受け付けられません（期限切れ・取消し済み・処理中の申出あり・締め済みの処理月など。message に理由）', 'CASE_REFUSED');
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const requestSchema = {
  summary: '過誤・再審査・取下げ・再請求の申出',
  description: '保険者職員・医療機関は自分のレセプトについて申し出ます（申出者はアカウントから決まり、申出日は今日）。'
    + '支払担当は書面の申出を入力します（requester と requestedOn を指定）。申出の可否（申出者・レセプトの状態・期限）は受付時に確かめ、監査ログに記録します。',
  tags, security: SESSION_AUTH,
  body: {
    type: 'object',
    required: ['kind', 'claim', 'reasonCode'],
    properties: {
      kind: { type: 'string', enum: [...CORRECTION_KINDS], description: CORRECTION_KINDS.map((k) => `${k} ${CORRECTION_KIND_LABELS[k]}`).join(' / ') },
      timing: { type: 'string', enum: ['ordinary', 'same-month'], description: '過誤の扱い: ordinary 通常過誤（既定）/ same-month 同月過誤' },
      claim: claimRef('申し出るレセプト'),
      newClaim: claimRef('再請求（訂正後）のレセプト（再請求・同月過誤）'),
      reasonCode: { type: 'string', enum: CASE_REASONS.map((r) => r.code), description: CASE_REASONS.map((r) => `${r.code} ${r.label}`).join(' / ') },
      reasonText: { type: 'string', maxLength: 2000, description: '理由の記載' },
      requester: {
        type: 'object', required: ['type', 'code'], description: '申出者（支払担当が書面の申出を入力するときだけ）',
        properties: { type: { type: 'string', enum: ['insurer', 'provider'] }, code: { type: 'string', pattern: '^\\d{6,10}$' } },
      },
      requestedOn: { ...date, description: '申出日（支払担当が書面の申出を入力するときだけ）' },
    },
  },
  response: {
    201: answer(`申出を受け付けました: ${caseAnswer}`),
    400: failure('本文の誤り', 'BAD_CASE_REQUEST'),
    ...sessionFailures,
    404: failure('レセプトが見つかりません', 'CLAIM_NOT_FOUND'),
    422: refused,
  },
};

export const listSchema = {
  summary: '申出の一覧（新しい順。保険者職員・医療機関には自分の申出だけ）',
  tags, security: SESSION_AUTH,
  querystring: {
    type: 'object',
    properties: {
      state: { type: 'string', enum: [...CASE_STATES] },
      kind: { type: 'string', enum: [...CORRECTION_KINDS] },
      postingMonth: month('決定の処理月（YYYY-MM）'),
    },
  },
  response: { 200: answer(`\`{ cases: [${caseAnswer}] }\``), 400: failure('条件の誤り', 'BAD_CASE_REQUEST'), ...sessionFailures },
};

export const showSchema = {
  summary: '申出1件（内容・経過・記帳）',
  tags, security: SESSION_AUTH,
  params: caseParams,
  response: {
    200: answer('`{ case, events: [{ eventNo, action, fromState, toState, accountId, at, reason }], entries: [記帳] }`'),
    ...sessionFailures,
    404: failure('申出が見つかりません（他の申出者・他の連合会の申出を含む）', 'CASE_NOT_FOUND'),
  },
};

export const startReviewSchema = {
  summary: '申出の審査を始める（申出受付 → 審査中）',
  description: '再審査は審査の側（事務共助・審査委員）、過誤・取下げ・再請求は支払担当が扱います。',
  tags, security: SESSION_AUTH,
  params: caseParams,
  response: { 200: answer(caseAnswer), ...sessionFailures, 404: failure('申出が見つかりません', 'CASE_NOT_FOUND'), 422: refused },
};

export const decideSchema = {
  summary: '申出の決定（受理・原審どおり・査定・再請求の受付・不受理）',
  description: '金額は処理月（postingMonth、締めていない月）の帳簿に新しい記帳として入ります（元の月は変えません）。'
    + '査定は cuts（行・査定後の点数・増減点事由 A〜K）、不受理は reason が必要です。同じ決定をもう一度送っても二重には記帳しません。',
  tags, security: SESSION_AUTH,
  params: caseParams,
  body: {
    type: 'object',
    required: ['outcome'],
    properties: {
      outcome: { type: 'string', enum: ['accepted', 'unchanged', 'adjusted', 'linked', 'refused'], description: 'accepted 受理（取消し）/ unchanged 原審どおり / adjusted 査定 / linked 再請求を受付 / refused 不受理' },
      postingMonth: month('記帳する処理月（YYYY-MM、既定は今月）。今月か翌月だけ（それ以外は 422）'),
      cuts: {
        type: 'array', minItems: 1, maxItems: 200,
        items: {
          type: 'object', required: ['line', 'pointsAfter', 'reasonCode'],
          properties: { line: { type: 'integer', minimum: 1 }, pointsAfter: { type: 'integer', minimum: 0 }, reasonCode: { type: 'string', pattern: '^[A-Z]$' } },
        },
      },
      newClaim: claimRef('再請求（訂正後）のレセプト（申出で指定していないとき）'),
      reason: { type: 'string', maxLength: 2000, description: '決定・不受理の理由' },
    },
  },
  response: {
    201: answer('`{ case, inserted, existing, balance: { entries, byAccount, imbalance }, retried }`（不受理は case だけ）'),
    400: failure('本文の誤り', 'BAD_CASE_REQUEST'),
    ...sessionFailures,
    404: failure('申出が見つかりません', 'CASE_NOT_FOUND'),
    422: refused,
  },
};

export const cancelSchema = {
  summary: '申出の取消し（申出者、または書面の取消しを支払担当が入力）',
  tags, security: SESSION_AUTH,
  params: caseParams,
  body: { type: 'object', properties: { reason: { type: 'string', maxLength: 2000 } } },
  response: { 200: answer(caseAnswer), ...sessionFailures, 404: failure('申出が見つかりません', 'CASE_NOT_FOUND'), 422: refused },
};
