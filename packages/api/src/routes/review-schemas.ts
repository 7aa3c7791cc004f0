/** Schemas (OpenAPI) of the review routes; each keeps the error codes its handler answers with. */
import { QUEUE_LABELS, QUEUES } from '@kokuho/core/review';
import { answer, claimParams, failure, month, SESSION_AUTH, sessionFailures } from '../route-schemas.ts';

const tags = ['review'];

export const queuesSchema = {
  summary: '審査の待ち行列（特別審査・審査委員会・事務共助・自動完結）ごとの件数',
  tags, security: SESSION_AUTH,
  querystring: { type: 'object', required: ['month'], properties: { month: month() } },
  response: {
    200: answer('`{ month, queues: [{ queue, label, open, held, decided }], sections: [{ section, open, held, decided }] }`（sections は審査委員会の部会ごと）'),
    400: failure('month の誤り', 'BAD_MONTH'),
    ...sessionFailures,
  },
};

export const itemsSchema = {
  summary: '振分されたレセプトの一覧（優先度順）',
  tags, security: SESSION_AUTH,
  querystring: {
    type: 'object',
    required: ['month'],
    properties: {
      month: month(),
      queue: { type: 'string', enum: [...QUEUES], description: `待ち行列（${QUEUES.map((q) => `${q} ${QUEUE_LABELS[q]}`).join(' / ')}）` },
      status: { type: 'string', enum: ['open', 'held', 'decided'], description: '審査の状態' },
      section: { type: 'string', maxLength: 40, description: '審査委員会の部会（例 内科部会）' },
      // a string: the handler clamps it to 1–500 (default 100) rather than refusing
      limit: { type: 'string', description: '件数（1〜500、既定100）' },
    },
  },
  response: {
    200: answer('`{ month, items: [{ file_id, seq, queue, priority, reason, status, section, receipt_number, provider_code, kind, total_points, out_of_prefecture, findings }] }`'),
    400: failure('month の誤り', 'BAD_MONTH'),
    ...sessionFailures,
  },
};

export const claimSchema = {
  summary: 'レセプト1件（明細書の表示・記録・指摘・判断・同じ患者の他のレセプト）',
  description: 'sheet は紙のレセプトの形（ヘッダー・保険・公費・傷病名・診療識別ごとの摘要・コメント）で、名称は診療年月に有効なマスターから引きます。'
    + 'lines は記録のまま（行番号つき）、findings はコンピュータチェック、clerical は事務点検の指摘。氏名・生年月日を含むため、表示は監査ログ（claim.view）に記録します。',
  tags, security: SESSION_AUTH,
  params: claimParams,
  response: {
    200: answer('`{ claim, sheet, lines, findings, clerical, decisions, review, otherClaims }`'),
    ...sessionFailures,
    404: failure('レセプトが見つかりません（他の連合会のレセプトを含む）', 'CLAIM_NOT_FOUND'),
  },
};

export const decisionSchema = {
  summary: 'レセプトの判断（査定・返戻・確定・保留・メモ）',
  description: '査定は点数のある SI/IY/TO の行（line）に、査定後の点数（pointsAfter）と増減点事由（reasonCode A〜K）を指定します。返戻には理由（reasonText）が必要です。判断は監査ログに記録されます。',
  tags, security: SESSION_AUTH,
  params: claimParams,
  body: {
    type: 'object',
    required: ['decision'],
    properties: {
      decision: { type: 'string', enum: ['adjust', 'return', 'confirm', 'hold', 'note'], description: 'adjust 査定 / return 返戻 / confirm 確定 / hold 保留 / note メモ' },
      line: { type: 'integer', minimum: 1, description: '査定する行（ファイルの行番号）' },
      pointsAfter: { type: 'integer', minimum: 0, description: '査定後の点数' },
      reasonCode: { type: 'string', description: '増減点事由（A〜K）' },
      reasonText: { type: 'string', description: '理由・メモ' },
    },
  },
  response: {
    201: answer('判断を記録しました: `{ decisionId, auditEntry }`'),
    400: failure('判断の内容の誤り', 'BAD_DECISION'),
    ...sessionFailures,
    404: failure('レセプトが見つかりません', 'CLAIM_NOT_FOUND'),
  },
};

export const bulkConfirmSchema = {
  summary: '一括確定（指摘のないレセプトをまとめて確定）',
  description: '審査待ち（open）で、その診療年月の、コンピュータチェックの指摘も事務点検の指摘もないレセプトだけを確定します（1件ずつ監査ログに記録）。'
    + 'それ以外は理由をつけて refused に返します（他の連合会のレセプトは「見つかりません」）。',
  tags, security: SESSION_AUTH,
  body: {
    type: 'object',
    required: ['month', 'items'],
    properties: {
      month: month(),
      items: {
        type: 'array', minItems: 1, maxItems: 500,
        items: {
          type: 'object', required: ['fileId', 'seq'],
          properties: { fileId: { type: 'integer', minimum: 1 }, seq: { type: 'integer', minimum: 0 } },
        },
      },
    },
  },
  response: {
    200: answer('`{ confirmed: [{ fileId, seq }], refused: [{ fileId, seq, reason }] }`'),
    400: failure('本文の誤り', 'BAD_MONTH', 'BAD_BULK_CONFIRM'),
    ...sessionFailures,
  },
};
