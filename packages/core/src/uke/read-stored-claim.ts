/**
 * A claim kept by intake (its records as text, where they stood in the file) read back: the records
 * go through the parser again at their own line numbers, behind a header made from the claim's
 * provider, so that whatever is read from them points at the lines of the file as sent.
 */
import { addMonths, isoToCompact, type YearMonth } from '../common/dates.ts';
import { UkeParser } from './parser.ts';
import type { UkeClaim, UkeGenericClaim, UkeKind } from './types.ts';

export interface StoredClaimLines {
  kind: string;
  /** 10 digits: prefecture, 点数表, 医療機関コード. */
  providerCode: string;
  serviceMonth: YearMonth;
  /** Line of the file on which the claim's first record stood. */
  firstLine: number;
  /** The claim's records, one per line ('\n'), consecutive lines of the file. */
  body: string;
}

export type StoredClaimRead =
  | { type: 'claim'; claim: UkeClaim }
  | { type: 'genericClaim'; kind: UkeKind; claim: UkeGenericClaim };

const END = { eofMarker: true, bytesAfterEof: 0, firstLfOnlyLine: 0, lineEnding: '\r\n' as const, unterminatedLine: 0 };

/** undefined when the parser no longer sees the records as one claim. */
export function readStoredClaim(c: StoredClaimLines): StoredClaimRead | undefined {
  const pref = c.providerCode.slice(0, 2), table = c.providerCode.slice(2, 3), code = c.providerCode.slice(3);
  const billing = isoToCompact(addMonths(c.serviceMonth, 1));
  // The file headers of 調剤 (YK) and 歯科 (UK) set the kind; 歯科 claims then carry their own IR.
  const header = c.kind === 'pharmacy' ? `YK,2,${pref},${table},${code},,,${billing},00,`
    : c.kind === 'dental' ? `UK,2,${pref},${table},${code},,,${billing},,00`
      : `IR,2,${pref},${table},${code},,,${billing},00,`;
  const parser = new UkeParser({ fileName: 'stored' });
  parser.line(header, Math.max(1, c.firstLine - 1));
  let n = c.firstLine;
  for (const line of c.body.split('\n')) parser.line(line, n++);
  parser.end(END);
  for (const e of parser.drain()) {
    if (e.type === 'claim') return { type: 'claim', claim: e.claim };
    if (e.type === 'genericClaim') return { type: 'genericClaim', kind: e.kind, claim: e.claim };
  }
  return undefined;
}
