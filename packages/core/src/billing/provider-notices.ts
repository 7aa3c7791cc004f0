/**
 * What a provider is told of the review each month (issue 6): the 増減点連絡書 — every 査定 with the
 * item, the points before and after, the count, the points taken off and the 事由 spelled out — and
 * the 返戻一覧 — every claim sent back with its reason. CSV text with Japanese headers (csv-out.ts);
 * the store writes it in UTF-8 or Shift_JIS.
 */
import { csvLine } from '../common/csv-out.ts';
import { formatWareki } from '../common/dates.ts';
import { reasonLabel } from '../review/reason-codes.ts';

export interface AdjustmentNoticeRow {
  serviceMonth: string;
  receiptNumber: number;
  patientName: string;
  line: number;
  code: string;
  name: string;
  pointsBefore: number;
  pointsAfter: number;
  /** 回数 of the line: the points taken off are (before − after) × count. */
  count: number;
  reasonCode: string;
  reasonText: string;
}

export interface ReturnNoticeRow {
  serviceMonth: string;
  receiptNumber: number;
  patientName: string;
  /** 'review' (返戻 by a reviewer) or 'intake' (returned at 受付 by the checks). */
  origin: 'review' | 'intake';
  reason: string;
}

export const ADJUSTMENT_NOTICE_HEADER = ['診療年月', 'レセプト番号', '氏名', '行', 'コード', '名称', '請求点数', '決定点数', '回数', '増減点数', '事由', '事由の内容', '理由'];
export const RETURN_LIST_HEADER = ['診療年月', 'レセプト番号', '氏名', '返戻の区分', '理由'];

export const pointsTakenOff = (r: AdjustmentNoticeRow): number => (r.pointsBefore - r.pointsAfter) * r.count;

export function adjustmentNoticeCsv(rows: readonly AdjustmentNoticeRow[]): string {
  let s = csvLine(ADJUSTMENT_NOTICE_HEADER);
  for (const r of rows) {
    s += csvLine([formatWareki(r.serviceMonth), r.receiptNumber, r.patientName, r.line, r.code, r.name, r.pointsBefore, r.pointsAfter, r.count,
      -pointsTakenOff(r), r.reasonCode, reasonLabel(r.reasonCode), r.reasonText]);
  }
  const total = rows.reduce((n, r) => n + pointsTakenOff(r), 0);
  return s + csvLine(['合計', rows.length, '', '', '', '', '', '', '', -total, '', '', '']);
}

export function returnListCsv(rows: readonly ReturnNoticeRow[]): string {
  let s = csvLine(RETURN_LIST_HEADER);
  for (const r of rows) s += csvLine([formatWareki(r.serviceMonth), r.receiptNumber, r.patientName, r.origin === 'review' ? '審査による返戻' : '受付・事務点検による返戻', r.reason]);
  return s;
}
