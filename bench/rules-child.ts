/**
 * The rules measurement (in memory, no database): every claim of a month read and turned into the
 * rules' view, then the compiled rules run on it. `rules N` prints the time of the reading alone and
 * of the rule evaluation alone, for a catalogue of N rules (the repository's, cut or grown with
 * synthetic rules: synthetic-rules.ts).
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseUke } from '@kokuho/core/uke';
import { compileRules, evaluateRules, ruleClaimOfMedical, ruleClaimOfPharmacy, type RuleClaim } from '@kokuho/core/rules';
import { readRuleDirectory } from '@kokuho/store/rules';
import { loadMasters } from '@kokuho/synth';
import { ukeFiles } from './files.ts';
import { firstRules, withSyntheticRules } from './synthetic-rules.ts';

export async function rulesMeasure(dir: string, total: number): Promise<Record<string, number>> {
  const masters = loadMasters('data/sample-masters').snapshot('2025-05');
  const all = loadMasters(process.env.KOKUHO_BENCH_MASTERS ?? '../shared/data/masters/base');
  const codes = [...all.snapshot('2024-07').entries('S'), ...all.snapshot('2024-07').entries('Y')].map((e) => e.code);
  const base = readRuleDirectory('rules').ruleSet;
  const set = total <= base.rules.length ? firstRules(base, total) : withSyntheticRules(base, total, codes);
  const compiled = compileRules(set, '13', '2025-05');
  let readMs = 0, evalMs = 0, claims = 0, findings = 0, lines = 0, lookups = 0;
  for (const f of ukeFiles(dir)) {
    let provider = '';
    const t = performance.now();
    const batch: RuleClaim[] = [];
    for await (const e of parseUke(createReadStream(f, { highWaterMark: 1 << 20 }), { fileName: f })) {
      if (e.type === 'header') provider = ('providerCode' in e.record ? e.record.providerCode : e.record.raw[4]) ?? '';
      else if (e.type === 'claim') batch.push(ruleClaimOfMedical(e.claim, { providerCode: provider }));
      else if (e.type === 'genericClaim' && e.kind === 'pharmacy') batch.push(ruleClaimOfPharmacy(e.claim, '2025-05', { providerCode: provider, providerKind: 'pharmacy' }));
    }
    const t1 = performance.now();
    for (const c of batch) findings += evaluateRules(c, compiled, { masters }).length;
    evalMs += performance.now() - t1;
    readMs += t1 - t;
    claims += batch.length;
    // rule entries the claims' codes reach: what the evaluation's cost follows
    for (const c of batch) for (const code of new Set(c.lines.map((l) => l.code))) lookups += compiled.byCode.get(code)?.length ?? 0;
    lines += batch.reduce((n, c) => n + c.lines.length, 0);
  }
  return { rules: compiled.rules.length, claims, lines, findings, lookups, readMs, evalMs, bytes: 0 };
}

/** The rules over the month stored by the intake measurement (the database path: read, parse, evaluate, write findings). */
export async function rulesDbMeasure(target: string, total: number): Promise<Record<string, number>> {
  const { openDatabase } = await import('@kokuho/store');
  const { runRulesForMonth } = await import('@kokuho/store/rules');
  const all = loadMasters(process.env.KOKUHO_BENCH_MASTERS ?? '../shared/data/masters/base');
  const codes = [...all.snapshot('2024-07').entries('S'), ...all.snapshot('2024-07').entries('Y')].map((e) => e.code);
  const base = readRuleDirectory('rules').ruleSet;
  const ruleSet = total <= base.rules.length ? firstRules(base, total) : withSyntheticRules(base, total, codes);
  const k = await openDatabase(target.startsWith('postgres') ? { url: target } : { url: '', dataDir: target });
  try {
    const t = performance.now();
    const r = await runRulesForMonth(k, { federation: '13', month: '2025-05', ruleSet });
    return { rules: r.rules, claims: r.claims, findings: r.findings, runMs: performance.now() - t, bytes: 0 };
  } finally {
    await k.close();
  }
}
