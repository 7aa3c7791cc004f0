/**
 * A stored claim as the paper レセプト lays it out (claim-sheet-types.ts), for the review screen:
 * 医科 / DPC from the typed records, 調剤 / 歯科 from their layouts' fields. Names come from the
 * caller (the masters in force in the service month), so this stays free of I/O; claimSheetCodes
 * says which codes to look up.
 */
import { readStoredClaim, type StoredClaimLines } from '../uke/read-stored-claim.ts';
import { genericSheet } from './claim-sheet-generic.ts';
import { medicalSheet } from './claim-sheet-medical.ts';
import { emptyHeader, KIND_LABELS, namesOf, otherRecordsOf } from './claim-sheet-parts.ts';
import type { ClaimSheet, MasterNameLookup } from './claim-sheet-types.ts';

export interface ClaimSheetOptions {
  /** 医療機関名称 (the file's IR is not kept with the claim: the registry's name, say). */
  providerName?: string;
}

export function claimSheet(c: StoredClaimLines, names: MasterNameLookup, opts: ClaimSheetOptions = {}): ClaimSheet {
  const lookup = namesOf(names);
  const providerName = opts.providerName ?? '';
  const read = readStoredClaim(c);
  if (read?.type === 'claim') return medicalSheet(c, read.claim, lookup, providerName);
  if (read?.type === 'genericClaim') return genericSheet(c, read.kind, read.claim, lookup, providerName);
  // records the parser no longer sees as a claim: all of them shown as read
  return {
    kind: KIND_LABELS[c.kind] ?? c.kind, header: emptyHeader(c, providerName), payers: [], diagnoses: [], groups: [], comments: [],
    symptomNotes: [], totalPoints: null, otherRecords: otherRecordsOf(c, new Set()),
  };
}

/** Every code whose name the sheet of this claim shows (items, comments and the codes in their text, 傷病名, 修飾語). */
export function claimSheetCodes(c: StoredClaimLines): string[] {
  const codes = new Set<string>();
  claimSheet(c, (code) => void codes.add(code));
  return [...codes];
}
