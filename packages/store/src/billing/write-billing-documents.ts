/**
 * A posting month's billing documents, written as files: per insurer of the federation's prefecture
 * `<insurer>-bill.csv` and `.pdf` (診療報酬等請求書) and `<insurer>-claims.csv` (its detail), per 公費
 * payer `<payer>-public-bill.csv` and `.pdf` and `<payer>-public-claims.csv`, per provider
 * `<provider>-payment.csv` and `.pdf` (支払額通知書), `summary.csv` and `reconciliation.csv` (月次照合).
 * CSV in UTF-8 or Shift_JIS (cp932), like the notices. Nothing is written when the documents disagree
 * with the month's entries or the month does not tie out. The same month gives the same bytes: the
 * PDFs carry the closing date (or the month's last day), never the time of writing.
 */
import { mkdirSync } from 'node:fs';
import {
  billingError, billingSummaryCsv, formatBillingError, insurerBillCsv, insurerClaimsCsv, mismatchText, providerPaymentCsv, publicExpenseBillCsv, publicExpenseClaimsCsv,
  reconciliationCsv, reconciliationText, type BillingError, type MonthReconciliation,
} from '@kokuho/core/billing';
import type { FederationCode, IsoDate, YearMonth } from '@kokuho/core/common';
import { renderPdf, type RenderOptions } from '@kokuho/print';
import type { KokuhoDb } from '../db/database.ts';
import { writeReportFile, type ReportEncoding } from '../report-files.ts';
import { readBillingMonth } from './billing-month.ts';
import { requireFonts } from './billing-print-parts.ts';
import { insurerBillDocument, type BillingDocumentContext } from './insurer-bill-document.ts';
import { paymentStatementDocument } from './payment-statement-document.ts';
import { publicBillDocument } from './public-bill-document.ts';

export interface BillingDocuments {
  bills: number;
  statements: number;
  /** Σ 請求額 of the bills. */
  billed: number;
  /** Σ 審査支払手数料 of the bills. */
  reviewFee: number;
  /** Bills to 公費 payers, their Σ 請求額 and Σ 審査支払手数料. */
  publicBills: number;
  publicBilled: number;
  publicReviewFee: number;
  /** Σ 支払額 of the statements. */
  paid: number;
  closed: boolean;
  issuedOn: IsoDate;
  /** 月次照合; its difference is 0 (else nothing is written). */
  reconciliation: MonthReconciliation;
  files: string[];
}

export interface BillingWriteOptions {
  encoding?: ReportEncoding | undefined;
  /** Default true; false writes the CSV files only (no font needed). */
  pdf?: boolean | undefined;
  /** Font and layout of the PDFs (pin the font to reproduce bytes on another machine). */
  render?: RenderOptions | undefined;
}

/** The documents disagree with the books: nothing was written. */
export class BillingDocumentsError extends Error {
  constructor(readonly errors: BillingError[]) {
    super(errors.map(formatBillingError).join('\n'));
  }
}

export async function writeBillingDocuments(k: KokuhoDb, federation: FederationCode, postingMonth: YearMonth, outDir: string, o: BillingWriteOptions = {}): Promise<BillingDocuments> {
  const m = await readBillingMonth(k, federation, postingMonth);
  if (m.mismatches.length) {
    throw new BillingDocumentsError(m.mismatches.map((x) => billingError('LEDGER_MISMATCH', '', 0, x.code, `${postingMonth} ${mismatchText(x)}`)));
  }
  const r = m.reconciliation;
  if (r.difference !== 0) {
    throw new BillingDocumentsError([billingError('RECONCILIATION', '', 0, '', `${postingMonth} ${reconciliationText(r)}`)]);
  }
  if (o.pdf !== false) requireFonts(o.render);
  const context: BillingDocumentContext = { federationName: m.federationName, names: m.names, issuedOn: m.issuedOn, closed: m.closedOn !== undefined };
  const landscape: RenderOptions = { ...o.render, orientation: 'landscape' };
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, content: string | Uint8Array): void => {
    files.push(writeReportFile(outDir, name, content, o.encoding));
  };
  for (const b of m.bills) {
    write(`${b.insurerNumber}-bill.csv`, insurerBillCsv(b));
    write(`${b.insurerNumber}-claims.csv`, insurerClaimsCsv(b));
    if (o.pdf !== false) write(`${b.insurerNumber}-bill.pdf`, await renderPdf(insurerBillDocument(b, context), landscape));
  }
  for (const b of m.publicBills) {
    write(`${b.payerNumber}-public-bill.csv`, publicExpenseBillCsv(b));
    write(`${b.payerNumber}-public-claims.csv`, publicExpenseClaimsCsv(b));
    if (o.pdf !== false) write(`${b.payerNumber}-public-bill.pdf`, await renderPdf(publicBillDocument(b, context), landscape));
  }
  for (const s of m.statements) {
    write(`${s.providerCode}-payment.csv`, providerPaymentCsv(s));
    if (o.pdf !== false) write(`${s.providerCode}-payment.pdf`, await renderPdf(paymentStatementDocument(s, context), landscape));
  }
  write('summary.csv', billingSummaryCsv(m.bills, m.publicBills, m.statements, m.names));
  write('reconciliation.csv', reconciliationCsv(r));
  return {
    bills: m.bills.length, statements: m.statements.length, billed: m.bills.reduce((n, b) => n + b.billed, 0), reviewFee: m.bills.reduce((n, b) => n + b.reviewFee, 0),
    publicBills: m.publicBills.length, publicBilled: m.publicBills.reduce((n, b) => n + b.billed, 0), publicReviewFee: m.publicBills.reduce((n, b) => n + b.reviewFee, 0),
    paid: m.statements.reduce((n, s) => n + s.paid, 0), closed: context.closed, issuedOn: m.issuedOn, reconciliation: r, files,
  };
}
