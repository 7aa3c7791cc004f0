/**
 * All record layouts by claim kind. 医科 is verified against the 令和4年4月版 text; the others are
 * structure (uke-format.md §6) and carry `verified: false`.
 */
import type { UkeKind } from './types.ts';
import type { RecordLayout } from './layout-types.ts';
import { LEGACY_LAYOUTS, MEDICAL_LAYOUTS } from './medical-layouts.ts';
import { DPC_LAYOUTS } from './dpc-layouts.ts';
import { PHARMACY_LAYOUTS } from './pharmacy-layouts.ts';
import { DENTAL_LAYOUTS } from './dental-layouts.ts';

export { MEDICAL_LAYOUTS, LEGACY_LAYOUTS, DPC_LAYOUTS, PHARMACY_LAYOUTS, DENTAL_LAYOUTS };
export type { FieldDef, FieldMode, RecordLayout } from './layout-types.ts';
export type { MedicalRecordId } from './medical-layouts.ts';
export type { DpcRecordId } from './dpc-layouts.ts';

/** Records a file of each kind may contain (DPC files are 医科 files plus the DPC records). */
export const LAYOUTS_BY_KIND: Readonly<Record<UkeKind, Readonly<Record<string, RecordLayout>>>> = {
  medical: MEDICAL_LAYOUTS,
  dpc: { ...MEDICAL_LAYOUTS, ...DPC_LAYOUTS },
  pharmacy: PHARMACY_LAYOUTS,
  dental: DENTAL_LAYOUTS,
};

/** Layout of a record id in a kind of file, or undefined when the id does not belong there. */
export function layoutOf(kind: UkeKind, id: string): RecordLayout | undefined {
  const table = LAYOUTS_BY_KIND[kind];
  return Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined;
}
