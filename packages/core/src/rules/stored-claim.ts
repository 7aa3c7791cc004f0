/**
 * A claim kept by intake (its records as text, where they stood in the file) read back for the
 * rules: the records go through the UKE parser again at their own line numbers, behind a header
 * made from the claim's provider, so that findings point at the lines of the file as sent.
 */
import { addMonths, isoToCompact, type YearMonth } from '../common/dates.ts';
import { UkeParser } from '../uke/parser.ts';
import { ruleClaimOfMedical, ruleClaimOfPharmacy, type RuleClaim } from './rule-claim.ts';

export interface StoredClaim {
  kind: string;
  /** 10 digits: prefecture, 点数表, 医療機関コード. */
  providerCode: string;
  serviceMonth: YearMonth;
  firstLine: number;
  body: string;
}

const END = { eofMarker: true, bytesAfterEof: 0, firstLfOnlyLine: 0, lineEnding: '\r\n' as const, unterminatedLine: 0 };

/** undefined for kinds the rules do not read (歯科) or a body the parser no longer sees as a claim. */
export function ruleClaimOfStored(c: StoredClaim, providerKind: RuleClaim['providerKind']): RuleClaim | undefined {
  if (c.kind === 'dental') return undefined;
  const pharmacy = c.kind === 'pharmacy';
  const pref = c.providerCode.slice(0, 2), table = c.providerCode.slice(2, 3), code = c.providerCode.slice(3);
  const parser = new UkeParser({ fileName: 'stored' });
  parser.line(`${pharmacy ? 'YK' : 'IR'},2,${pref},${table},${code},,,${isoToCompact(addMonths(c.serviceMonth, 1))},00,`, Math.max(1, c.firstLine - 1));
  let n = c.firstLine;
  for (const line of c.body.split('\n')) parser.line(line, n++);
  parser.end(END);
  const provider = { providerCode: code, providerKind };
  for (const e of parser.drain()) {
    if (e.type === 'claim') return ruleClaimOfMedical(e.claim, provider);
    if (e.type === 'genericClaim' && pharmacy) return ruleClaimOfPharmacy(e.claim, c.serviceMonth, provider);
  }
  return undefined;
}
