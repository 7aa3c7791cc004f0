/**
 * The detail a paying (insurer-side) federation needs to bill its own insurers for their patients
 * treated in other prefectures: every claim by key, and totals per insurer and per provider
 * federation. Per paying federation, Σ byProviderFederation = Σ byInsurer = its row of the matrix.
 * Own-prefecture claims are left out, as in the matrix.
 */
import type { Result } from '../common/result.ts';
import { ok } from '../common/result.ts';
import type { FederationCode } from '../common/prefectures.ts';
import { FEDERATION_CODES, isOwnPrefecture, validateSettlementClaims } from './settlement-input.ts';
import { addToTotals, emptyTotals } from './settlement-matrix.ts';
import type { SettlementClaim, SettlementError, SettlementTotals, ValidSettlementClaim } from './settlement-types.ts';

export interface InsurerTotals extends SettlementTotals {
  insurerNumber: string;
}

export interface ProviderFederationTotals extends SettlementTotals {
  providerFederation: FederationCode;
}

export interface PayingFederationDetail {
  federation: FederationCode;
  /** Its out-of-prefecture claims, by insurer number, provider federation, claim key (then kind, amounts). */
  claims: ValidSettlementClaim[];
  /** In insurer-number order. */
  byInsurer: InsurerTotals[];
  /** In federation-code order. */
  byProviderFederation: ProviderFederationTotals[];
  total: SettlementTotals;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A total order on claims, so that the detail does not depend on the order of the input. */
export function compareDetailClaims(a: ValidSettlementClaim, b: ValidSettlementClaim): number {
  return cmp(a.insurerNumber, b.insurerNumber)
    || cmp(a.providerFederation, b.providerFederation)
    || cmp(a.claimKey, b.claimKey)
    || cmp(a.kind, b.kind)
    || cmp(a.serviceMonth ?? '', b.serviceMonth ?? '')
    || cmp(a.providerCode ?? '', b.providerCode ?? '')
    || a.amount - b.amount
    || a.insurerPays - b.insurerPays;
}

/** The detail of every federation that owes something this month (at least one record), in code order. */
export function payingFederationDetails(records: readonly SettlementClaim[]): Result<PayingFederationDetail[], SettlementError> {
  const v = validateSettlementClaims(records);
  if (!v.ok) return v;
  const byDebtor = new Map<FederationCode, ValidSettlementClaim[]>();
  for (const c of v.value) {
    if (isOwnPrefecture(c)) continue;
    const list = byDebtor.get(c.insurerFederation);
    if (list) list.push(c);
    else byDebtor.set(c.insurerFederation, [c]);
  }
  const details: PayingFederationDetail[] = [];
  for (const federation of FEDERATION_CODES) {
    const list = byDebtor.get(federation);
    if (list) details.push(detailOf(federation, list));
  }
  return ok(details);
}

function detailOf(federation: FederationCode, list: ValidSettlementClaim[]): PayingFederationDetail {
  const claims = [...list].sort(compareDetailClaims);
  const insurers = new Map<string, InsurerTotals>();
  const providers = new Map<FederationCode, ProviderFederationTotals>();
  const total = emptyTotals();
  for (const c of claims) {
    let i = insurers.get(c.insurerNumber);
    if (!i) insurers.set(c.insurerNumber, (i = { insurerNumber: c.insurerNumber, ...emptyTotals() }));
    let p = providers.get(c.providerFederation);
    if (!p) providers.set(c.providerFederation, (p = { providerFederation: c.providerFederation, ...emptyTotals() }));
    addToTotals(i, c);
    addToTotals(p, c);
    addToTotals(total, c);
  }
  // Claims are sorted by insurer then provider federation, so insurers come in order; providers do not.
  const byProviderFederation = [...providers.values()].sort((a, b) => cmp(a.providerFederation, b.providerFederation));
  return { federation, claims, byInsurer: [...insurers.values()], byProviderFederation, total };
}
