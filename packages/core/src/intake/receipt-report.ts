/**
 * 受付結果 for a provider: one row per claim (its outcome) and per finding, one row per 受付エラー of a
 * refused file. CSV with a Japanese header row; the store writes it in UTF-8 or Shift_JIS.
 */
import { csvCell } from '../common/csv-out.ts';

export interface ReceiptReportRow {
  file: string;
  fileStatus: string;
  receiptNumber: number | undefined;
  serviceMonth: string | undefined;
  outcome: string;
  code: string;
  line: number | undefined;
  record: string;
  field: string;
  message: string;
}

export const RECEIPT_REPORT_HEADER = ['ファイル', 'ファイルの受付', 'レセプト番号', '診療年月', '結果', 'コード', '行', 'レコード', '項目', '内容'];

export function receiptReportLine(r: ReceiptReportRow): string {
  return [r.file, r.fileStatus, r.receiptNumber, r.serviceMonth, r.outcome, r.code, r.line, r.record, r.field, r.message].map(csvCell).join(',');
}

export function receiptReportCsv(rows: Iterable<ReceiptReportRow>): string {
  let s = RECEIPT_REPORT_HEADER.join(',') + '\r\n';
  for (const r of rows) s += receiptReportLine(r) + '\r\n';
  return s;
}
