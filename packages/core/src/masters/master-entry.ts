import type { MasterEntry, MasterKind } from './master-types.ts';
import { toProcedureEntry } from './procedure-entry.ts';
import { toDrugEntry } from './drug-entry.ts';
import { toDeviceEntry } from './device-entry.ts';
import { toDiagnosisEntry } from './diagnosis-entry.ts';
import { toModifierEntry } from './modifier-entry.ts';
import { toCommentEntry } from './comment-entry.ts';

const BUILDERS: { [K in MasterKind]: (cols: readonly string[]) => Extract<MasterEntry, { kind: K }> } = {
  S: toProcedureEntry,
  Y: toDrugEntry,
  T: toDeviceEntry,
  B: toDiagnosisEntry,
  Z: toModifierEntry,
  C: toCommentEntry,
};

/** The typed entry of a complete row (a full-file row, or a change row merged over its predecessor). */
export function toMasterEntry(kind: MasterKind, cols: readonly string[]): MasterEntry {
  return BUILDERS[kind](cols);
}
