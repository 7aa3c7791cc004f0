/**
 * Names of a few codes in the masters in force in a service month, in one query: what a screen
 * showing one claim needs, without loading the whole month's masters (~65,000 entries). The version
 * chosen for each code is the snapshot's (master-snapshot.ts), so a name here is the name the checks saw.
 */
import { sql, type Kysely } from 'kysely';
import type { YearMonth } from '@kokuho/core/common';
import { buildMasterSnapshot, kindOfCode, periodOf, type MasterKind } from '@kokuho/core/masters';
import type { Schema } from '../schema.ts';
import { versionFromTable } from './version-rows.ts';

/** code → name; codes of no master (by their shape) or not in force in the month are left out. */
export async function masterNames(db: Kysely<Schema>, codes: Iterable<string>, month: YearMonth): Promise<Map<string, string>> {
  const keyed = [...new Set(codes)].flatMap((code) => {
    const kind = kindOfCode(code);
    return kind ? [{ kind, code }] : [];
  });
  const names = new Map<string, string>();
  if (!keyed.length) return names;
  const { start, end } = periodOf(month);
  const rows = await db.selectFrom('master_versions')
    .select(['kind', 'code', 'valid_from', 'valid_to', 'cols', 'source_file', 'source_line'])
    .where(sql<boolean>`(kind, code) in (select * from unnest(${keyed.map((k) => k.kind)}::char(1)[], ${keyed.map((k) => k.code)}::text[]))`)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<', end)]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', start)]))
    .execute();
  const snapshot = buildMasterSnapshot(rows.map(versionFromTable), month);
  for (const { kind, code } of keyed) {
    const name = snapshot.get(kind as MasterKind, code)?.name;
    if (name !== undefined) names.set(code, name);
  }
  return names;
}
