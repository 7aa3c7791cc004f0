/**
 * Where a claim of a batch goes, given the claims already held under its key: skipped as a
 * duplicate, stored as the 再請求 of a returned claim (which it will supersede), stored as refused
 * (INT-C001: the same key with other content, accepted before or earlier in the same file), or
 * simply stored. Held claims are the live ones and the pending ones of this very file; pending
 * claims of other files are not held (their file may never be accepted).
 */
import type { ClaimFacts } from '@kokuho/core/intake';

export interface HeldClaim {
  file_id: number;
  seq: number;
  state: string;
  outcome: string;
  receipt_number: number;
  patient_key: string;
  service_month: string;
  content_sha256: string;
  supersedes_file: number | null;
  supersedes_seq: number | null;
}

export type Placement =
  | { kind: 'duplicate' }
  | { kind: 'store'; conflict: boolean; supersedes: { file: number; seq: number } | undefined };

export interface PlacementContext {
  fileId: number;
  /** Files this one replaces: their claims are about to be withdrawn, so they hold nothing. */
  replaces: readonly number[];
  /** Claims of earlier batches of this file and of this batch, by full key: their content hash. */
  inFile: Map<string, string>;
  /** Returned claims already chosen as the target of a 再請求 in this file ("file:seq"). */
  taken: Set<string>;
}

export function placeClaim(f: ClaimFacts, fullKey: string, contentSha: string, held: readonly HeldClaim[], ctx: PlacementContext): Placement {
  const live = held.filter((h) => h.state === 'current' && h.file_id !== ctx.fileId && !ctx.replaces.includes(h.file_id));
  const earlierInFile = ctx.inFile.get(fullKey);
  if (earlierInFile !== undefined) return earlierInFile === contentSha ? { kind: 'duplicate' } : { kind: 'store', conflict: true, supersedes: undefined };
  const sameNumber = live.filter((h) => h.receipt_number === f.receiptNumber);
  const accepted = sameNumber.filter((h) => h.outcome !== 'returned');
  if (accepted.length) return accepted.some((h) => h.content_sha256 === contentSha) ? { kind: 'duplicate' } : { kind: 'store', conflict: true, supersedes: undefined };
  // 再請求: the returned claim of the same number, else the latest returned one of this patient and
  // month not yet replaced by another claim of this file. A returned claim sent again unchanged is
  // checked again (the registry may have been corrected since), not skipped.
  const free = (h: HeldClaim): boolean => h.outcome === 'returned' && !ctx.taken.has(`${h.file_id}:${h.seq}`);
  const target = sameNumber.find(free) ?? live.filter(free).sort((a, b) => b.file_id - a.file_id || b.seq - a.seq)[0];
  return { kind: 'store', conflict: false, supersedes: target ? { file: target.file_id, seq: target.seq } : undefined };
}
