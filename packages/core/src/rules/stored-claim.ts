/**
 * A claim kept by intake read back for the rules (uke/read-stored-claim.ts), so that findings point
 * at the lines of the file as sent.
 */
import { readStoredClaim, type StoredClaimLines } from '../uke/read-stored-claim.ts';
import { ruleClaimOfMedical, ruleClaimOfPharmacy, type RuleClaim } from './rule-claim.ts';

export type StoredClaim = StoredClaimLines;

/** undefined for kinds the rules do not read (歯科) or a body the parser no longer sees as a claim. */
export function ruleClaimOfStored(c: StoredClaim, providerKind: RuleClaim['providerKind']): RuleClaim | undefined {
  if (c.kind === 'dental') return undefined;
  const read = readStoredClaim(c);
  const provider = { providerCode: c.providerCode.slice(3), providerKind };
  if (read?.type === 'claim') return ruleClaimOfMedical(read.claim, provider);
  if (read?.type === 'genericClaim' && c.kind === 'pharmacy') return ruleClaimOfPharmacy(read.claim, c.serviceMonth, provider);
  return undefined;
}
