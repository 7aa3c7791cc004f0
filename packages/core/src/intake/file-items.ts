/**
 * A claim file as intake and the pre-check read it: its header, its claims numbered in file order
 * (each with every reader error inside its lines), and the errors of the file as a whole. The reader
 * reports records it cannot place (an unknown record id) between claims: those inside a claim's
 * lines are that claim's, earlier ones belong to the file.
 */
import type { UkeClaim, UkeError, UkeEvent, UkeGenericClaim, UkeHeaderRecord, UkeKind } from '../uke/types.ts';
import { genericFacts, medicalFacts, type ClaimFacts } from './claim-facts.ts';
import { structuralErrors, type FileError } from './file-acceptance.ts';

export type FileItem =
  | { type: 'header'; kind: UkeKind; record: UkeHeaderRecord; errors: FileError[] }
  | { type: 'claim'; seq: number; kind: UkeKind; medical: UkeClaim | undefined; generic: UkeGenericClaim | undefined; errors: UkeError[] }
  | { type: 'fileErrors'; errors: FileError[] };

export async function* fileItems(events: AsyncIterable<UkeEvent>): AsyncGenerator<FileItem, void, undefined> {
  let orphans: UkeError[] = [];
  let seq = 0;
  let kind: UkeKind = 'medical';
  for await (const ev of events) {
    switch (ev.type) {
      case 'header':
        kind = ev.kind;
        yield { type: 'header', kind: ev.kind, record: ev.record, errors: structuralErrors(ev.errors) };
        break;
      case 'claim':
      case 'genericClaim': {
        const first = ev.claim.lines.first;
        const before = orphans.filter((e) => e.line < first);
        const own = orphans.filter((e) => e.line >= first);
        orphans = [];
        if (before.length) yield { type: 'fileErrors', errors: structuralErrors(before) };
        seq++;
        yield ev.type === 'claim'
          ? { type: 'claim', seq, kind, medical: ev.claim, generic: undefined, errors: [...ev.errors, ...own] }
          : { type: 'claim', seq, kind: ev.kind, medical: undefined, generic: ev.claim, errors: [...ev.errors, ...own] };
        break;
      }
      case 'errors':
        orphans.push(...ev.errors);
        break;
      case 'trailer':
      case 'end': {
        const errors = structuralErrors([...orphans, ...ev.errors]);
        orphans = [];
        if (errors.length) yield { type: 'fileErrors', errors };
        break;
      }
    }
  }
}

/** The facts of a claim item (built only for claims that are checked: a resumed file skips most). */
export function factsOf(item: Extract<FileItem, { type: 'claim' }>): ClaimFacts {
  return item.medical ? medicalFacts(item.medical) : genericFacts(item.kind, item.generic!);
}
