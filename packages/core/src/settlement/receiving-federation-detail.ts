/**
 * The detail a receiving (provider-side) federation keeps of what other federations owe it: every
 * out-of-prefecture claim it paid its providers for, by insurer federation, insurer number and claim
 * key, with totals per insurer federation. Per receiving federation, Σ byInsurerFederation = its
 * column of the matrix and each line = one cell. The counterpart of {@link payingFederationDetails}.
 */
import type { Result } from '../common/result.ts';
import { ok } from '../common/result.ts';
import type { FederationCode } from '../common/prefectures.ts';
import { FEDERATION_CODES, isOwnPrefecture, validateSettlementClaims } from './settlement-input.ts';
import { addToTotals, emptyTotals } from './settlement-matrix.ts';
import { compareDetailClaims } from './paying-federation-detail.ts';
import type { SettlementClaim, SettlementError, SettlementTotals, ValidSettlementClaim } from './settlement-types.ts';

export interface InsurerFederationTotals extends SettlementTotals {
  insurerFederation: FederationCode;
}

export interface ReceivingFederationDetail {
  federation: FederationCode;
  /** Its out-of-prefecture claims, by insurer federation, then as in the paying detail. */
  claims: ValidSettlementClaim[];
  /** In federation-code order. */
  byInsurerFederation: InsurerFederationTotals[];
  total: SettlementTotals;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The detail of every federation that is owed something this month (at least one record), in code order. */
export function receivingFederationDetails(records: readonly SettlementClaim[]): Result<ReceivingFederationDetail[], SettlementError> {
  const v = validateSettlementClaims(records);
  if (!v.ok) return v;
  const byCreditor = new Map<FederationCode, ValidSettlementClaim[]>();
  for (const c of v.value) {
    if (isOwnPrefecture(c)) continue;
    const list = byCreditor.get(c.providerFederation);
    if (list) list.push(c);
    else byCreditor.set(c.providerFederation, [c]);
  }
  const details: ReceivingFederationDetail[] = [];
  for (const federation of FEDERATION_CODES) {
    const list = byCreditor.get(federation);
    if (list) details.push(detailOf(federation, list));
  }
  return ok(details);
}

function detailOf(federation: FederationCode, list: ValidSettlementClaim[]): ReceivingFederationDetail {
  const claims = [...list].sort((a, b) => cmp(a.insurerFederation, b.insurerFederation) || compareDetailClaims(a, b));
  const debtors = new Map<FederationCode, InsurerFederationTotals>();
  const total = emptyTotals();
  for (const c of claims) {
    let d = debtors.get(c.insurerFederation);
    if (!d) debtors.set(c.insurerFederation, (d = { insurerFederation: c.insurerFederation, ...emptyTotals() }));
    addToTotals(d, c);
    addToTotals(total, c);
  }
  // claims come sorted by insurer federation, so the totals are in code order already
  return { federation, claims, byInsurerFederation: [...debtors.values()], total };
}
