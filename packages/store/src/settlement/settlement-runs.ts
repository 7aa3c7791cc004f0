/**
 * The stored record of a month's settlement run (migration 0015): what it came to, in a form that can
 * be read without the ledger — the transfers, the non-zero cells, the files' digests — and the digest
 * that a recomputation from the ledger must find again.
 */
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { SettlementReport, TransferDirection } from '@kokuho/core/settlement';
import type { KokuhoDb } from '../db/database.ts';
import type { FileDigest } from './settlement-digest.ts';

export interface StoredTransfer {
  federation: FederationCode;
  receivableClaims: number;
  receivable: number;
  payableClaims: number;
  payable: number;
  net: number;
  direction: TransferDirection;
  amount: number;
}

/** One non-zero cell of the matrix: what `debtor` (insurer side) owes `creditor` (provider side). */
export interface StoredCell {
  debtor: FederationCode;
  creditor: FederationCode;
  claims: number;
  insurerPays: number;
  publicExpensePays: number;
  amount: number;
}

export interface StoredSettlement {
  runId: number;
  month: YearMonth;
  records: number;
  gross: number;
  centralReceives: number;
  centralPaysOut: number;
  /** All 47, in code order. */
  transfers: StoredTransfer[];
  /** Row then column in code order. */
  cells: StoredCell[];
  /** Federations with a record as provider or insurer side, in code order. */
  federations: FederationCode[];
  files: FileDigest[];
  digest: string;
  runBy: string;
  runAt: string;
  /** How many runs of the month are stored (the last one is this). */
  runs: number;
}

export function storedFigures(r: SettlementReport): Pick<StoredSettlement, 'records' | 'gross' | 'centralReceives' | 'centralPaysOut' | 'transfers' | 'cells' | 'federations'> {
  const m = r.matrix;
  const cells: StoredCell[] = [];
  m.cells.forEach((row, i) => row.forEach((c, j) => {
    if (c.claims) cells.push({ debtor: m.federations[i]!, creditor: m.federations[j]!, claims: c.claims, insurerPays: c.insurerPays, publicExpensePays: c.publicExpensePays, amount: c.amount });
  }));
  const involved = new Set<FederationCode>(cells.flatMap((c) => [c.debtor, c.creditor]));
  return {
    records: m.total.claims, gross: r.netting.gross, centralReceives: r.netting.centralReceives, centralPaysOut: r.netting.centralPaysOut,
    transfers: r.netting.transfers.map((t) => ({
      federation: t.federation, receivableClaims: t.receivable.claims, receivable: t.receivable.amount, payableClaims: t.payable.claims, payable: t.payable.amount,
      net: t.net, direction: t.direction, amount: t.amount,
    })),
    cells,
    federations: m.federations.filter((f) => involved.has(f)),
  };
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** The last run of the month, or undefined when it was never run. */
export async function settlementOf(k: KokuhoDb, month: YearMonth): Promise<StoredSettlement | undefined> {
  const rows = await k.db.selectFrom('settlement_runs').selectAll().where('posting_month', '=', month).orderBy('run_id', 'desc').execute();
  const r = rows[0];
  if (!r) return undefined;
  return {
    runId: Number(r.run_id), month: r.posting_month, records: Number(r.records), gross: Number(r.gross), centralReceives: Number(r.central_receives),
    centralPaysOut: Number(r.central_pays_out), transfers: json(r.transfers), cells: json(r.cells), federations: json(r.federations), files: json(r.files),
    digest: r.digest, runBy: r.run_by, runAt: new Date(r.run_at).toISOString(), runs: rows.length,
  };
}

/** Records a run, unless the last run of the month came to the same digest (a rerun adds nothing). */
export async function recordSettlement(k: KokuhoDb, month: YearMonth, report: SettlementReport, files: FileDigest[], digest: string, runBy: string): Promise<{ stored: StoredSettlement; recorded: boolean }> {
  const last = await settlementOf(k, month);
  if (last?.digest === digest) return { stored: last, recorded: false };
  const f = storedFigures(report);
  await k.db.insertInto('settlement_runs').values({
    posting_month: month, records: f.records, gross: f.gross, central_receives: f.centralReceives, central_pays_out: f.centralPaysOut,
    transfers: JSON.stringify(f.transfers), cells: JSON.stringify(f.cells), federations: JSON.stringify(f.federations), files: JSON.stringify(files), digest, run_by: runBy,
  }).execute();
  return { stored: (await settlementOf(k, month))!, recorded: true };
}
