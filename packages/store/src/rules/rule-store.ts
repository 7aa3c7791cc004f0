/**
 * The rule catalogue in the database: versions loaded from a rules directory (each immutable once
 * loaded), the federations' adoptions, and the RuleSet read back for a run.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { RULE_KINDS, type RuleAdoption, type RuleDefinition, type RuleKind, type RuleSet, type RuleTableRow, type RuleTestCase } from '@kokuho/core/rules';
import type { KokuhoDb } from '../db/database.ts';
import type { Schema } from '../schema.ts';

export interface RuleLoadReport {
  inserted: string[];
  unchanged: number;
  /** id@version already loaded with other content: the change needs a new version. */
  conflicts: string[];
  adoptions: number;
}

interface StoredRule {
  definition: RuleDefinition;
  rows: RuleTableRow[];
  tests: RuleTestCase[];
}

/** What identifies a version's content: the definition and rows, not where they were read from nor the rule's examples. */
function contentHash(r: StoredRule): string {
  const { origin: _o, ...definition } = r.definition;
  const body = JSON.stringify({ definition, rows: r.rows.map((x) => x.values) });
  return createHash('sha256').update(body).digest('hex');
}

function storedRules(set: RuleSet): StoredRule[] {
  const rows = new Map<string, RuleTableRow[]>();
  for (const list of set.tables.values()) for (const r of list) (rows.get(r.ruleId) ?? rows.set(r.ruleId, []).get(r.ruleId)!).push(r);
  return set.rules.map((definition) => ({
    definition,
    rows: rows.get(definition.ruleId) ?? [],
    tests: set.tests.filter((t) => t.ruleId === definition.ruleId),
  }));
}

export async function loadRuleSet(k: KokuhoDb, set: RuleSet): Promise<RuleLoadReport> {
  const report: RuleLoadReport = { inserted: [], unchanged: 0, conflicts: [], adoptions: 0 };
  const existing = new Map(
    (await k.db.selectFrom('rule_versions').select(['rule_id', 'version', 'content_sha256']).execute()).map((r) => [`${r.rule_id}@${r.version}`, r.content_sha256]),
  );
  const fresh = [];
  for (const r of storedRules(set)) {
    const key = `${r.definition.ruleId}@${r.definition.version}`;
    const hash = contentHash(r);
    const was = existing.get(key);
    if (was === hash) report.unchanged++;
    else if (was) report.conflicts.push(key);
    else {
      report.inserted.push(key);
      const d = r.definition;
      fresh.push({
        rule_id: d.ruleId, version: d.version, kind: d.kind, lamp: d.lamp, scope: d.scope, status: d.status,
        effective_from: d.effectiveFrom, effective_to: d.effectiveTo ?? null,
        definition: JSON.stringify(d), table_rows: JSON.stringify(r.rows), tests: JSON.stringify(r.tests), content_sha256: hash,
      });
    }
  }
  // all or nothing: a set with a conflict loads nothing
  if (report.conflicts.length) return { ...report, inserted: [] };
  for (let i = 0; i < fresh.length; i += 200) await k.db.insertInto('rule_versions').values(fresh.slice(i, i + 200)).execute();
  const byFederation = new Map<string, RuleAdoption[]>();
  for (const a of set.adoptions) byFederation.set(a.federation, [...(byFederation.get(a.federation) ?? []), a]);
  for (const [federation, list] of byFederation) {
    await k.withFederation(federation as FederationCode, async (trx) => {
      for (const a of list) await saveAdoption(trx, a);
    });
    report.adoptions += list.length;
  }
  return report;
}

/** Records a federation's decision on a rule from a day (replacing a decision that starts the same day). */
export async function saveAdoption(db: Kysely<Schema>, a: Omit<RuleAdoption, 'origin'> & { note?: string }): Promise<void> {
  const row = {
    federation_code: a.federation, rule_id: a.ruleId, valid_from: a.from, valid_to: a.to ?? null, state: a.state,
    override: JSON.stringify(a.override), note: a.note ?? '',
  };
  await db.insertInto('rule_adoptions').values(row)
    .onConflict((oc) => oc.columns(['federation_code', 'rule_id', 'valid_from']).doUpdateSet({ valid_to: row.valid_to, state: row.state, override: row.override, note: row.note, decided_at: new Date() }))
    .execute();
}

const asJson = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** Every loaded rule version, with the adoptions of one federation (or of none). */
export async function readStoredRuleSet(k: KokuhoDb, federation?: FederationCode): Promise<RuleSet> {
  const set: RuleSet = { rules: [], tables: new Map(), tests: [], adoptions: [] };
  const rows = await k.db.selectFrom('rule_versions').select(['definition', 'table_rows', 'tests']).orderBy('rule_id').orderBy('version').execute();
  for (const r of rows) {
    const d = asJson<RuleDefinition>(r.definition);
    set.rules.push(d);
    const kind = d.kind as RuleKind;
    if (!RULE_KINDS.includes(kind)) continue;
    const list = set.tables.get(kind) ?? set.tables.set(kind, []).get(kind)!;
    list.push(...asJson<RuleTableRow[]>(r.table_rows));
    set.tests.push(...asJson<RuleTestCase[]>(r.tests));
  }
  if (federation) {
    const adoptions = await k.withFederation(federation, (trx) => trx.selectFrom('rule_adoptions').selectAll().execute());
    set.adoptions = adoptions.map((a) => ({
      federation: a.federation_code, ruleId: a.rule_id, state: a.state, from: a.valid_from, to: a.valid_to ?? undefined,
      override: asJson<RuleAdoption['override']>(a.override), origin: { file: 'rule_adoptions', line: 0 },
    }));
  }
  return set;
}
