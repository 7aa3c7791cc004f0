/** Between the core's rows and versions and the tables of migration 0003. */
import { toMasterEntry, type MasterRow, type MasterVersion } from '@kokuho/core/masters';
import type { Insertable, Selectable } from 'kysely';
import type { MasterRowTable, MasterVersionTable } from './master-tables.ts';

export function rowToTable(r: MasterRow): Insertable<MasterRowTable> {
  return {
    file_name: r.file,
    line: r.line,
    kind: r.kind,
    code: r.code,
    change_type: r.change,
    file_date: r.fileDate,
    full_file: r.full,
    cols: [...r.cols],
  };
}

export function rowFromTable(t: Selectable<MasterRowTable>): MasterRow {
  return {
    kind: t.kind,
    code: t.code,
    change: t.change_type,
    cols: t.cols,
    file: t.file_name,
    fileDate: t.file_date,
    full: t.full_file,
    line: t.line,
  };
}

export function versionToTable(v: MasterVersion): Insertable<MasterVersionTable> {
  const e = v.entry;
  const amount100 = e.kind === 'S' ? e.points100 : e.kind === 'Y' || e.kind === 'T' ? e.price100 : null;
  const unitCode = e.kind === 'S' || e.kind === 'Y' || e.kind === 'T' ? e.unitCode : null;
  return {
    kind: v.kind,
    code: v.code,
    valid_from: v.validFrom ?? null,
    valid_to: v.validTo ?? null,
    name: e.name,
    amount100,
    unit_code: unitCode,
    changed_on: e.changedOn ?? null,
    abolished_on: e.abolishedOn ?? null,
    cols: [...v.cols],
    source_file: v.source.file,
    source_line: v.source.line,
  };
}

export type StoredVersion = Pick<
  Selectable<MasterVersionTable>,
  'kind' | 'code' | 'valid_from' | 'valid_to' | 'cols' | 'source_file' | 'source_line'
>;

export function versionFromTable(t: StoredVersion): MasterVersion {
  return {
    kind: t.kind,
    code: t.code,
    validFrom: t.valid_from ?? undefined,
    validTo: t.valid_to ?? undefined,
    cols: t.cols,
    entry: toMasterEntry(t.kind, t.cols),
    source: { file: t.source_file, line: t.source_line },
  };
}

/** Identity of a version for counting what an import created and removed. */
export function versionKey(v: { valid_from: string | null; valid_to: string | null; source_file: string; source_line: number; code: string }): string {
  return `${v.code}|${v.valid_from ?? ''}|${v.valid_to ?? ''}|${v.source_file}|${v.source_line}`;
}
