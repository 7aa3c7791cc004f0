/**
 * A month's settlement computed from the books as read: the core's records from every provider
 * federation's settled rows, the report (matrix, netting, details, files) and its digest. The run and
 * its verification both come through here, so that they cannot compute two different things.
 */
import type { ClaimAmounts } from '@kokuho/core/ledger';
import { settlementClaimOf, settlementReport, type SettlementReport } from '@kokuho/core/settlement';
import type { FederationMonthBooks } from './month-books.ts';
import { fileDigests, settlementDigest, type FileDigest } from './settlement-digest.ts';
import { SettlementRunError } from './settlement-errors.ts';

export interface ComputedSettlement {
  report: SettlementReport;
  files: FileDigest[];
  digest: string;
  /** The rows settled, every provider federation's in turn. */
  settled: ClaimAmounts[];
  unsettled: number;
}

export function settlementOfBooks(books: readonly FederationMonthBooks[]): ComputedSettlement {
  const settled = books.flatMap((b) => b.settled);
  const report = settlementReport(settled.map(settlementClaimOf));
  if (!report.ok) throw new SettlementRunError('INVALID_RECORDS', report.errors.slice(0, 5).map((e) => `${settled[e.index]?.postingKey ?? ''} ${e.message}`).join('／'));
  return { report: report.value, files: fileDigests(report.value.files), digest: settlementDigest(report.value.files), settled, unsettled: books.reduce((n, b) => n + b.unsettled, 0) };
}
