/**
 * 自動レポーティング: per rule, federation and month, how many findings and claims the rule hit,
 * from the stored findings of the latest runs, and how reviewers decided them: a finding is decided
 * once its claim has a 査定, 返戻 or 確定, and upheld when the claim was returned or the finding's own
 * line was cut (査定). Until a rule has a decided finding, `upheld` is null.
 */
import { sql, type Kysely } from 'kysely';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import type { Schema } from '../schema.ts';

export interface RuleHitRow {
  federation: string;
  month: string;
  ruleId: string;
  version: number;
  lamp: string;
  kind: string;
  scope: string;
  action: string;
  title: string;
  findings: number;
  claims: number;
  /** Share of the month's checked claims the rule hit. */
  claimShare: number;
  /** Findings a reviewer upheld (the claim returned, or the finding's line cut); null while none is decided. */
  upheld: number | null;
  /** Findings whose claim has a 査定, 返戻 or 確定. */
  decided: number;
}

export interface RuleReport {
  months: { federation: string; month: string; claimsChecked: number; findings: number; lastRunAt: string | null }[];
  rules: RuleHitRow[];
}

async function report(db: Kysely<Schema>, month: YearMonth | undefined): Promise<RuleReport> {
  const monthFilter = month ? sql`and f.service_month = ${month}` : sql``;
  const runFilter = month ? sql`and r.service_month = ${month}` : sql``;
  const runs = await sql<{ federation_code: string; service_month: string; claims: number; findings: number; finished_at: Date | null }>`
    select distinct on (r.federation_code, r.service_month) r.federation_code, r.service_month, r.claims, r.findings, r.finished_at
    from rule_runs r where r.status = 'done' ${runFilter}
    order by r.federation_code, r.service_month, r.run_id desc`.execute(db);
  const hits = await sql<{ federation_code: string; service_month: string; rule_id: string; version: number; lamp: string; kind: string; scope: string; action: string; title: string | null; findings: string; claims: string; decided: string; upheld: string }>`
    select f.federation_code, f.service_month, f.rule_id, f.version, f.lamp, f.kind, f.scope, f.action,
           v.definition->>'title' as title, count(*) as findings, count(distinct (f.file_id, f.seq)) as claims,
           count(*) filter (where d.decided) as decided, count(*) filter (where d.upheld) as upheld
    from rule_findings f left join rule_versions v on v.rule_id = f.rule_id and v.version = f.version
    left join lateral (
      select bool_or(x.decision in ('adjust', 'return', 'confirm')) as decided,
             bool_or(x.decision = 'return' or (x.decision = 'adjust' and x.line = f.line)) as upheld
      from review_decisions x where x.federation_code = f.federation_code and x.file_id = f.file_id and x.seq = f.seq) d on true
    where true ${monthFilter}
    group by f.federation_code, f.service_month, f.rule_id, f.version, f.lamp, f.kind, f.scope, f.action, v.definition->>'title'
    order by f.federation_code, f.service_month, count(*) desc, f.rule_id`.execute(db);
  const checked = new Map(runs.rows.map((r) => [`${r.federation_code}|${r.service_month}`, Number(r.claims)]));
  return {
    months: runs.rows.map((r) => ({
      federation: r.federation_code, month: r.service_month, claimsChecked: Number(r.claims), findings: Number(r.findings),
      lastRunAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    })),
    rules: hits.rows.map((h) => {
      const claims = Number(h.claims);
      const of = checked.get(`${h.federation_code}|${h.service_month}`) ?? 0;
      return {
        federation: h.federation_code, month: h.service_month, ruleId: h.rule_id, version: h.version, lamp: h.lamp, kind: h.kind,
        scope: h.scope, action: h.action, title: h.title ?? '', findings: Number(h.findings), claims,
        claimShare: of ? claims / of : 0, upheld: Number(h.decided) ? Number(h.upheld) : null, decided: Number(h.decided),
      };
    }),
  };
}

/** One federation's report (its staff), or every federation's (the central association) when none is given. */
export async function ruleReport(k: KokuhoDb, federation: FederationCode | undefined, month?: YearMonth): Promise<RuleReport> {
  return federation ? k.withFederation(federation, (trx) => report(trx, month)) : report(k.db, month);
}
