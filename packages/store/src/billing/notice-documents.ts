/**
 * The month's notices to a provider as printed documents: the 増減点連絡書 (every 査定 with the points
 * before and after, the points taken off and the 事由) and the 返戻一覧 (every claim sent back and
 * why), with the same rows as their CSV (provider-notices.ts of the core).
 */
import { pointsTakenOff, type AdjustmentNoticeRow, type ReturnNoticeRow } from '@kokuho/core/billing';
import { formatWareki, type IsoDate } from '@kokuho/core/common';
import { reasonLabel } from '@kokuho/core/review';
import type { PrintDocument } from '@kokuho/print';
import { countText, figureColumn } from './billing-print-parts.ts';

export interface NoticeContext {
  federationName: string;
  providerCode: string;
  providerName: string | undefined;
  /** 診療年月 of the claims. */
  serviceMonth: string;
  issuedOn: IsoDate;
}

const heading = (c: NoticeContext) => ({
  subtitle: `${formatWareki(c.serviceMonth)}診療分`,
  recipient: [`${c.providerName ?? c.providerCode} 御中`, `医療機関コード ${c.providerCode}`],
  issuer: [c.federationName],
  issuedOn: c.issuedOn,
});

export function adjustmentNoticeDocument(rows: readonly AdjustmentNoticeRow[], c: NoticeContext): PrintDocument {
  const total = rows.reduce((n, r) => n + pointsTakenOff(r), 0);
  return {
    title: '増減点連絡書',
    ...heading(c),
    fields: [
      { label: '診療年月', value: formatWareki(c.serviceMonth) },
      { label: '医療機関コード', value: c.providerCode },
      { label: '査定の行数', value: countText(rows.length) },
      { label: '増減点数', value: `${countText(-total)}点` },
    ],
    tables: [{
      columns: [
        { label: 'レセプト番号', align: 'right', width: 0.9 }, { label: '氏名', width: 1.3 }, figureColumn('行', 0.5), { label: 'コード', width: 1 },
        { label: '名称', width: 2.2 }, figureColumn('請求点数', 0.8), figureColumn('決定点数', 0.8), figureColumn('回数', 0.5), figureColumn('増減点数', 0.8),
        { label: '事由', align: 'center', width: 0.5 }, { label: '事由の内容', width: 2.4 }, { label: '理由', width: 2 },
      ],
      rows: rows.map((r) => [String(r.receiptNumber), r.patientName, String(r.line), r.code, r.name, countText(r.pointsBefore), countText(r.pointsAfter),
        countText(r.count), countText(-pointsTakenOff(r)), r.reasonCode, reasonLabel(r.reasonCode), r.reasonText]),
      totals: ['合計', '', '', '', '', '', '', '', countText(-total), '', '', ''],
    }],
    notes: ['増減点数は（決定点数 − 請求点数）× 回数です（△は減点）。'],
  };
}

export function returnListDocument(rows: readonly ReturnNoticeRow[], c: NoticeContext): PrintDocument {
  return {
    title: '返戻一覧',
    ...heading(c),
    fields: [
      { label: '診療年月', value: formatWareki(c.serviceMonth) },
      { label: '医療機関コード', value: c.providerCode },
      { label: '返戻件数', value: `${countText(rows.length)}件` },
    ],
    tables: [{
      columns: [{ label: 'レセプト番号', align: 'right', width: 0.9 }, { label: '氏名', width: 1.5 }, { label: '返戻の区分', width: 1.8 }, { label: '理由', width: 5 }],
      rows: rows.map((r) => [String(r.receiptNumber), r.patientName, r.origin === 'review' ? '審査による返戻' : '受付・事務点検による返戻', r.reason]),
    }],
    notes: ['返戻したレセプトは、理由の箇所を訂正のうえ再請求してください。'],
  };
}
