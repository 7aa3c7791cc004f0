/**
 * The month's notices to each provider, written as files: `<provider>-adjustments.csv` (増減点連絡書:
 * every line cut, by its last 査定, on claims not returned) and `<provider>-returns.csv` (返戻一覧:
 * claims returned by a reviewer, with the reason given, and at intake, with the checks' reasons).
 * UTF-8 or Shift_JIS (cp932), as the 受付結果. With `pdf`, each also as `.pdf`, dated the last day of
 * the review month (the month after the service month), so that printing again gives the same bytes.
 */
import { mkdirSync } from 'node:fs';
import { sql } from 'kysely';
import { adjustmentNoticeCsv, returnListCsv, type AdjustmentNoticeRow, type ReturnNoticeRow } from '@kokuho/core/billing';
import { addMonths, federationName, monthEnd, type FederationCode, type YearMonth } from '@kokuho/core/common';
import { renderPdf, type RenderOptions } from '@kokuho/print';
import type { KokuhoDb } from '../db/database.ts';
import { writeReportFile, type ReportEncoding } from '../report-files.ts';
import { masterNames } from '../masters/master-names.ts';
import { adjustmentNoticeDocument, returnListDocument, type NoticeContext } from './notice-documents.ts';
import { requireFonts } from './billing-print-parts.ts';

export interface ProviderNotices {
  providers: number;
  adjustments: number;
  returns: number;
  files: string[];
}

const nameOf = (body: string): string => body.split('\n', 1)[0]?.split(',')[4] ?? '';

export interface NoticeWriteOptions {
  /** Also write each notice as PDF (default false: CSV only, no font needed). */
  pdf?: boolean | undefined;
  render?: RenderOptions | undefined;
}

export async function writeProviderNotices(k: KokuhoDb, federation: FederationCode, month: YearMonth, outDir: string, encoding: ReportEncoding = 'utf8',
  o: NoticeWriteOptions = {}): Promise<ProviderNotices> {
  const { cuts, returned, providerNames } = await k.withFederation(federation, async (trx) => {
    const cuts = (await sql<{ provider_code: string; receipt_number: number; body: string; first_line: number; line: number; code: string; points_before: number; points_after: number; reason_code: string; reason_text: string }>`
      select * from (
        select distinct on (d.file_id, d.seq, d.line) c.provider_code, c.receipt_number, c.body, c.first_line, d.line, d.code, d.points_before, d.points_after, d.reason_code, d.reason_text, d.file_id, d.seq
        from review_decisions d join claims c on c.file_id = d.file_id and c.seq = d.seq
        where c.service_month = ${month} and c.state = 'current' and c.outcome <> 'returned' and d.decision = 'adjust'
          and not exists (select 1 from review_decisions r where r.file_id = d.file_id and r.seq = d.seq and r.decision = 'return')
        order by d.file_id, d.seq, d.line, d.decision_id desc) x
      order by provider_code, receipt_number, line`.execute(trx)).rows;
    const returned = (await sql<{ provider_code: string; receipt_number: number; body: string; origin: 'review' | 'intake'; reason: string }>`
      select c.provider_code, c.receipt_number, c.body, 'review' as origin,
             (select r.reason_text from review_decisions r where r.file_id = c.file_id and r.seq = c.seq and r.decision = 'return' order by r.decision_id desc limit 1) as reason
      from claims c
      where c.service_month = ${month} and c.state = 'current' and c.outcome <> 'returned'
        and exists (select 1 from review_decisions r where r.file_id = c.file_id and r.seq = c.seq and r.decision = 'return')
      union all
      select c.provider_code, c.receipt_number, c.body, 'intake' as origin,
             coalesce((select string_agg(f.code || ' ' || f.message, '／' order by f.n) from claim_findings f where f.file_id = c.file_id and f.seq = c.seq and f.severity = 'return'), '') as reason
      from claims c where c.service_month = ${month} and c.state = 'current' and c.outcome = 'returned'
      order by 1, 2`.execute(trx)).rows;
    const providerNames = new Map((await sql<{ provider_code: string; name: string }>`
      select distinct on (provider_code) provider_code, name from providers order by provider_code, valid_from desc`.execute(trx)).rows.map((r) => [r.provider_code, r.name]));
    return { cuts, returned, providerNames };
  });
  const names = await masterNames(k.db, cuts.map((c) => c.code), month);
  const providers = [...new Set([...cuts.map((c) => c.provider_code), ...returned.map((r) => r.provider_code)])].sort();
  if (o.pdf) requireFonts(o.render);
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, content: string | Uint8Array): void => {
    files.push(writeReportFile(outDir, name, content, encoding));
  };
  const landscape: RenderOptions = { ...o.render, orientation: 'landscape' };
  for (const p of providers) {
    const adj: AdjustmentNoticeRow[] = cuts.filter((c) => c.provider_code === p).map((c) => ({
      serviceMonth: month, receiptNumber: c.receipt_number, patientName: nameOf(c.body), line: c.line, code: c.code, name: names.get(c.code) ?? '',
      pointsBefore: c.points_before, pointsAfter: c.points_after, count: Number(c.body.split('\n')[c.line - c.first_line]?.split(',')[6]) || 1,
      reasonCode: c.reason_code, reasonText: c.reason_text,
    }));
    const ret: ReturnNoticeRow[] = returned.filter((r) => r.provider_code === p).map((r) => ({ serviceMonth: month, receiptNumber: r.receipt_number, patientName: nameOf(r.body), origin: r.origin, reason: r.reason }));
    const context: NoticeContext = { federationName: federationName(federation), providerCode: p, providerName: providerNames.get(p), serviceMonth: month, issuedOn: monthEnd(addMonths(month, 1)) };
    if (adj.length) write(`${p}-adjustments.csv`, adjustmentNoticeCsv(adj));
    if (adj.length && o.pdf) write(`${p}-adjustments.pdf`, await renderPdf(adjustmentNoticeDocument(adj, context), landscape));
    if (ret.length) write(`${p}-returns.csv`, returnListCsv(ret));
    if (ret.length && o.pdf) write(`${p}-returns.pdf`, await renderPdf(returnListDocument(ret, context), landscape));
  }
  return { providers: providers.length, adjustments: cuts.length, returns: returned.length, files };
}
