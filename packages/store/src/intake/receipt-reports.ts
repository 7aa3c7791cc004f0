/**
 * 受付結果 files, one per provider: every claim of the month's files with its outcome and each
 * finding, and the 受付エラー of refused files. UTF-8 or Shift_JIS (what providers' software reads).
 */
import { mkdirSync } from 'node:fs';
import { OUTCOME_LABELS, receiptReportCsv, type ClaimOutcome, type ReceiptReportRow } from '@kokuho/core/intake';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import { inBoundFederation } from '../registry/bound-federation.ts';
import { fileErrorsOf } from './intake-tables.ts';
import { writeReportFile, type ReportEncoding } from '../report-files.ts';

export type { ReportEncoding };

const FILE_STATUS: Record<string, string> = { accepted: '受付', refused: '受付不可', replaced: '再送により取下げ', receiving: '受付中' };

export async function writeReceiptReports(
  k: KokuhoDb, federation: FederationCode, month: YearMonth, outDir: string, encoding: ReportEncoding = 'utf8',
): Promise<{ providers: number; rows: number; files: string[] }> {
  mkdirSync(outDir, { recursive: true });
  const providers = await k.withFederation(federation, (trx) => trx.selectFrom('intake_files').select('provider_code').distinct()
    .where(inBoundFederation()).where('service_month', '=', month).where('provider_code', 'is not', null).orderBy('provider_code').execute());
  let rows = 0;
  const written: string[] = [];
  for (const { provider_code } of providers) {
    const report = await k.withFederation(federation, async (trx) => {
      const files = await trx.selectFrom('intake_files').select(['file_id', 'file_name', 'status', 'errors'])
        .where(inBoundFederation()).where('service_month', '=', month).where('provider_code', '=', provider_code!).orderBy('file_id').execute();
      const out: ReceiptReportRow[] = [];
      for (const f of files) {
        const fileStatus = FILE_STATUS[f.status] ?? f.status;
        const errors = fileErrorsOf(f.errors);
        for (const e of errors) out.push({ file: f.file_name, fileStatus, receiptNumber: undefined, serviceMonth: undefined, outcome: '受付不可', code: e.code, line: e.line || undefined, record: e.record, field: e.field, message: e.message });
        const claims = await trx.selectFrom('claims as c')
          .leftJoin('claim_findings as f', (j) => j.onRef('f.federation_code', '=', 'c.federation_code').onRef('f.file_id', '=', 'c.file_id').onRef('f.seq', '=', 'c.seq'))
          .select(['c.seq', 'c.receipt_number', 'c.service_month', 'c.outcome', 'c.state', 'f.code', 'f.line', 'f.record', 'f.field', 'f.message'])
          .where(inBoundFederation('c.federation_code')).where('c.file_id', '=', f.file_id)
          .orderBy('c.seq').orderBy('f.n').execute();
        for (const c of claims) {
          out.push({
            file: f.file_name, fileStatus, receiptNumber: c.receipt_number, serviceMonth: c.service_month,
            outcome: c.state === 'withdrawn' ? '取下げ' : OUTCOME_LABELS[c.outcome as ClaimOutcome], code: c.code ?? '', line: c.line ?? undefined,
            record: c.record ?? '', field: c.field ?? '', message: c.message ?? '',
          });
        }
      }
      return out;
    });
    const csv = receiptReportCsv(report);
    written.push(writeReportFile(outDir, `${provider_code}.csv`, csv, encoding));
    rows += report.length;
  }
  return { providers: providers.length, rows, files: written };
}
