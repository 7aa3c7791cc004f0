/**
 * The month's 47×47 matrix of what federations owe each other for out-of-prefecture claims.
 * Row = the federation of the insurer's prefecture (it owes: 支払側), column = the federation where the
 * provider is (it is owed: 受取側). Own-prefecture claims (the diagonal) are not part of national
 * settlement: they are counted apart for reconciliation and the diagonal cells stay zero.
 */
import type { Result } from '../common/result.ts';
import { ok } from '../common/result.ts';
import type { FederationCode } from '../common/prefectures.ts';
import { yen, type Yen } from '../common/money.ts';
import { FEDERATION_CODES, isOwnPrefecture, validateSettlementClaims } from './settlement-input.ts';
import type { SettlementClaim, SettlementError, SettlementTotals, ValidSettlementClaim } from './settlement-types.ts';

export interface SettlementMatrix {
  /** The 47 federations in code order: the order of rows and of columns. */
  federations: readonly FederationCode[];
  /** cells[i][j]: what federations[i] (insurer side) owes federations[j] (provider side); cells[i][i] is zero. */
  cells: SettlementTotals[][];
  /** Own-prefecture claims seen in the input and left out of the matrix. */
  ownPrefecture: SettlementTotals;
  /** Σ of all cells: out-of-prefecture claims of the month. */
  total: SettlementTotals;
}

export function emptyTotals(): SettlementTotals {
  return { claims: 0, insurerPays: yen(0), publicExpensePays: yen(0), amount: yen(0) };
}

/** Adds a claim to totals (in place). Exact: the inputs were checked to sum within 2^53 − 1. */
export function addToTotals(t: SettlementTotals, c: Pick<ValidSettlementClaim, 'insurerPays' | 'publicExpensePays' | 'amount'>): void {
  t.claims += 1;
  t.insurerPays = (t.insurerPays + c.insurerPays) as Yen;
  t.publicExpensePays = (t.publicExpensePays + c.publicExpensePays) as Yen;
  t.amount = (t.amount + c.amount) as Yen;
}

export function sumTotals(parts: Iterable<SettlementTotals>): SettlementTotals {
  const t = emptyTotals();
  for (const p of parts) {
    t.claims += p.claims;
    t.insurerPays = (t.insurerPays + p.insurerPays) as Yen;
    t.publicExpensePays = (t.publicExpensePays + p.publicExpensePays) as Yen;
    t.amount = (t.amount + p.amount) as Yen;
  }
  return t;
}

const INDEX: ReadonlyMap<FederationCode, number> = new Map(FEDERATION_CODES.map((c, i) => [c, i]));

export function federationIndex(code: FederationCode): number {
  return INDEX.get(code)!;
}

export function buildSettlementMatrix(records: readonly SettlementClaim[]): Result<SettlementMatrix, SettlementError> {
  const v = validateSettlementClaims(records);
  if (!v.ok) return v;
  return ok(matrixOfValidClaims(v.value));
}

export function matrixOfValidClaims(claims: readonly ValidSettlementClaim[]): SettlementMatrix {
  const cells = FEDERATION_CODES.map(() => FEDERATION_CODES.map(emptyTotals));
  const ownPrefecture = emptyTotals();
  for (const c of claims) {
    if (isOwnPrefecture(c)) addToTotals(ownPrefecture, c);
    else addToTotals(cells[federationIndex(c.insurerFederation)]![federationIndex(c.providerFederation)]!, c);
  }
  return { federations: FEDERATION_CODES, cells, ownPrefecture, total: sumTotals(cells.flat()) };
}

/** What a federation owes, summed over its row (its insurers' patients treated elsewhere). */
export function rowTotals(m: SettlementMatrix, debtor: FederationCode): SettlementTotals {
  return sumTotals(m.cells[federationIndex(debtor)]!);
}

/** What a federation is owed, summed over its column (other prefectures' patients it paid for). */
export function columnTotals(m: SettlementMatrix, creditor: FederationCode): SettlementTotals {
  const j = federationIndex(creditor);
  return sumTotals(m.cells.map((row) => row[j]!));
}

/** The cell for a pair: what `debtor` (insurer side) owes `creditor` (provider side). */
export function owed(m: SettlementMatrix, debtor: FederationCode, creditor: FederationCode): SettlementTotals {
  return m.cells[federationIndex(debtor)]![federationIndex(creditor)]!;
}
