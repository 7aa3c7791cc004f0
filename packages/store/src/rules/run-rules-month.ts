/**
 * Runs the rules in force for a federation and a service month over its stored claims (accepted at
 * intake; returned ones only as the prescriber's visit for 突合), patient by patient so that 横覧 and 突合 see every claim of a patient, with
 * the earlier months' claims at the same provider for 縦覧 (as far back as the rules in force read). Each page of patients is written in
 * one transaction that first deletes what earlier runs found on those claims: a rerun (after a
 * crash, or after the rules changed) leaves exactly one set of findings per claim.
 */
import { sql } from 'kysely';
import { addMonths, type FederationCode, type YearMonth } from '@kokuho/core/common';
import {
  compileRules, evaluatePatientMonth, evaluateRules, ruleClaimOfStored,
  type RuleClaim, type RuleFinding, type RuleSet,
} from '@kokuho/core/rules';
import type { KokuhoDb } from '../db/database.ts';
import { insertUnnest, type Column } from '../intake/insert-rows.ts';
import { openMasterCache } from '../intake/master-cache.ts';
import { readStoredRuleSet } from './rule-store.ts';
import type { RuleFindingTable } from './rule-tables.ts';

export interface RuleRunOptions {
  federation: FederationCode;
  month: YearMonth;
  /** The rules to run; default: the versions loaded in the database with the federation's adoptions. */
  ruleSet?: RuleSet;
  pageSize?: number;
  onProgress?: (claims: number) => void;
}

export interface RuleRunReport {
  runId: number;
  rules: number;
  claims: number;
  findings: number;
  /** Findings per rule id. */
  byRule: Record<string, number>;
  /** No masters for the month: rules that need them (傷病名・医薬品の区分) were not judged. */
  mastersMissing: boolean;
}

const FINDING_COLUMNS: readonly Column<FindingRow>[] = [
  ['federation_code', 'text'], ['file_id', 'bigint'], ['seq', 'int'], ['n', 'smallint'], ['service_month', 'text'], ['rule_id', 'text'],
  ['version', 'int'], ['lamp', 'text'], ['kind', 'text'], ['scope', 'text'], ['severity', 'text'], ['action', 'text'], ['reason_code', 'text'],
  ['line', 'int'], ['record', 'text'], ['code', 'text'], ['message', 'text'], ['lines_read', 'jsonb'], ['table_row', 'jsonb'], ['trace', 'jsonb'],
  ['related_receipts', 'jsonb'], ['run_id', 'bigint'],
];

/** A rule_findings row as inserted: JSON columns as text. */
type FindingRow = Omit<RuleFindingTable, 'lines_read' | 'table_row' | 'trace' | 'related_receipts'> & {
  lines_read: string; table_row: string; trace: string; related_receipts: string | null;
};

interface Row {
  outcome: string;
  file_id: number;
  seq: number;
  kind: string;
  provider_code: string;
  patient_key: string;
  first_line: number;
  body: string;
}

export async function runRulesForMonth(k: KokuhoDb, opts: RuleRunOptions): Promise<RuleRunReport> {
  const { federation, month } = opts;
  const set = opts.ruleSet ?? (await readStoredRuleSet(k, federation));
  const compiled = compileRules(set, federation, month);
  const masters = await openMasterCache(k);
  await masters.ensureMonths([month]);
  const snapshot = masters.snapshotFor(month);
  const pageSize = opts.pageSize ?? 2000;
  const prev = addMonths(month, -1);
  const earliest = addMonths(month, -Math.max(1, compiled.historyMonths));

  const { providerKinds, historyKnown, runId } = await k.withFederation(federation, async (trx) => {
    const providers = await trx.selectFrom('providers').select(['provider_code', 'kind']).execute();
    const lastMonth = await trx.selectFrom('claims').select('seq').where('service_month', '=', prev).where('state', '=', 'current').limit(1).execute();
    const run = await trx.insertInto('rule_runs').values({ federation_code: federation, service_month: month, rules: compiled.rules.length, status: 'running' }).returning('run_id').executeTakeFirstOrThrow();
    return { providerKinds: new Map(providers.map((p) => [p.provider_code, p.kind as RuleClaim['providerKind']])), historyKnown: lastMonth.length > 0, runId: run.run_id };
  });

  const report: RuleRunReport = { runId, rules: compiled.rules.length, claims: 0, findings: 0, byRule: {}, mastersMissing: snapshot === undefined };
  let after: { patient: string; file: number; seq: number } | undefined;
  for (;;) {
    const page = await k.withFederation(federation, async (trx) => {
      // Returned claims are read too: not judged, but a prescriber's returned claim still shows the visit (突合).
      let q = trx.selectFrom('claims').select(['file_id', 'seq', 'kind', 'provider_code', 'patient_key', 'first_line', 'body', 'outcome'])
        .where('service_month', '=', month).where('state', '=', 'current');
      if (after) q = q.where(sql<boolean>`(patient_key, file_id, seq) > (${after.patient}, ${after.file}, ${after.seq})`);
      return (await q.orderBy('patient_key').orderBy('file_id').orderBy('seq').limit(pageSize).execute()) as Row[];
    });
    if (!page.length) break;
    // A full page may end inside a patient's claims: that patient waits for the next page.
    let rows = page;
    if (page.length === pageSize) {
      const lastKey = page[page.length - 1]!.patient_key;
      const cut = page.findIndex((r) => r.patient_key === lastKey);
      if (cut > 0) rows = page.slice(0, cut);
    }
    const last = rows[rows.length - 1]!;
    after = { patient: last.patient_key, file: last.file_id, seq: last.seq };

    await k.withFederation(federation, async (trx) => {
      const keys = [...new Set(rows.map((r) => r.patient_key))];
      // 縦覧: the patients' earlier claims (as far back as the rules read), by provider and patient
      const history = new Map<string, RuleClaim[]>();
      if (historyKnown && compiled.historyMonths > 0) {
        const earlier = await trx.selectFrom('claims').select(['kind', 'provider_code', 'patient_key', 'service_month', 'first_line', 'body'])
          .where('service_month', '>=', earliest).where('service_month', '<', month).where('state', '=', 'current').where('outcome', '<>', 'returned')
          .where('patient_key', '=', sql<string>`any(${keys}::text[])`).execute();
        for (const e of earlier) {
          const c = ruleClaimOfStored({ kind: e.kind, providerCode: e.provider_code, serviceMonth: e.service_month, firstLine: e.first_line, body: e.body }, providerKinds.get(e.provider_code));
          const key = `${e.provider_code}|${e.patient_key}`;
          if (c) history.set(key, [...(history.get(key) ?? []), c]);
        }
      }
      const out: FindingRow[] = [];
      for (let i = 0; i < rows.length; ) {
        let j = i;
        while (j < rows.length && rows[j]!.patient_key === rows[i]!.patient_key) j++;
        const group = rows.slice(i, j);
        const parsed = group.map((r) => ({ r, claim: ruleClaimOfStored({ kind: r.kind, providerCode: r.provider_code, serviceMonth: month, firstLine: r.first_line, body: r.body }, providerKinds.get(r.provider_code)) }));
        const usable = parsed.filter((p): p is { r: Row; claim: RuleClaim } => p.claim !== undefined);
        const grouped = evaluatePatientMonth(usable.map((p) => p.claim), compiled, { masters: snapshot }, usable.map((p) => p.r.outcome === 'returned'));
        usable.forEach(({ r, claim }, x) => {
          if (r.outcome === 'returned') return;
          const ctx = { masters: snapshot, history: () => (historyKnown ? history.get(`${r.provider_code}|${r.patient_key}`) ?? [] : undefined) };
          const findings = [...evaluateRules(claim, compiled, ctx), ...grouped[x]!];
          findings.forEach((f, n) => out.push(findingRow(federation, month, runId, r, n, f)));
          for (const f of findings) report.byRule[f.ruleId] = (report.byRule[f.ruleId] ?? 0) + 1;
        });
        i = j;
      }
      await sql`delete from rule_findings where service_month = ${month} and (file_id, seq) in (select * from unnest(${rows.map((r) => r.file_id)}::bigint[], ${rows.map((r) => r.seq)}::int[]))`.execute(trx);
      await insertUnnest(trx, 'rule_findings', FINDING_COLUMNS, out);
      report.claims += rows.filter((r) => r.outcome !== 'returned').length;
      report.findings += out.length;
    });
    opts.onProgress?.(report.claims);
  }
  await k.withFederation(federation, (trx) =>
    trx.updateTable('rule_runs').set({ status: 'done', claims: report.claims, findings: report.findings, finished_at: new Date() })
      .where('run_id', '=', runId).execute());
  return report;
}

function findingRow(federation: string, month: string, runId: number, r: Row, n: number, f: RuleFinding): FindingRow {
  return {
    federation_code: federation, file_id: r.file_id, seq: r.seq, n, service_month: month,
    rule_id: f.ruleId, version: f.version, lamp: f.lamp, kind: f.kind, scope: f.scope, severity: f.severity, action: f.action,
    reason_code: f.reasonCode, line: f.line, record: f.record, code: f.code, message: f.message,
    lines_read: JSON.stringify(f.linesRead), table_row: JSON.stringify(f.row), trace: JSON.stringify(f.trace),
    related_receipts: f.relatedReceipts ? JSON.stringify(f.relatedReceipts) : null, run_id: runId,
  };
}
