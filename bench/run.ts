/**
 * `npm run bench`: figures on generated months, each measurement in its own process.
 *   --claims N          UKE library: size of the month parsed and validated (default 200000)
 *   --intake-claims N   intake into the database (default 1000000 with DATABASE_URL, else 100000 on PGlite)
 *   --rules-claims N    rules in memory: size of the month (default 1000000), with 300 and 10,000 rules
 *   --money-claims N    pricing + ledger in memory: size of the month (default 1000000)
 *   --ledger-db-claims N  pricing + ledger posted to the database, closed and verified (default
 *                       1000000 with DATABASE_URL, else 200000 on PGlite)
 *   --only uke|intake|rules|money   run one part
 * Months are generated once into .kokuho/bench/ and reused. The decode floor runs first so that the
 * measurements after it read from a warm page cache. With DATABASE_URL, intake writes into a fresh
 * database `kokuho_bench` on that server (dropped and created again each run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = arg('--only');
const claims = Number(arg('--claims') || 200_000) || 200_000;
const url = process.env.DATABASE_URL || undefined;
const intakeClaims = Number(arg('--intake-claims') || (url ? 1_000_000 : 100_000));
const rulesClaims = Number(arg('--rules-claims') || 1_000_000);
const moneyClaims = Number(arg('--money-claims') || 1_000_000);
const ledgerDbClaims = Number(arg('--ledger-db-claims') || (url ? 1_000_000 : 200_000));
const root = resolve(import.meta.dirname, '..');

const node = (argv: string[]): string => {
  const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, DATABASE_URL: '' } });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
};

function month(n: number): string {
  const dir = join(root, '.kokuho', 'bench', `13-2025-05-${n}-s1`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.log(`generating ${n.toLocaleString()} claims into ${dir} …`);
    const t = performance.now();
    node(['packages/cli/bin/kokuho.js', 'generate', '--federation', '13', '--month', '2025-05', '--claims', String(n), '--out', dir, '--seed', '1']);
    const s = (performance.now() - t) / 1000;
    console.log(`generate: ${s.toFixed(1)} s (${Math.round(n / s).toLocaleString()} claims/s)`);
  }
  return dir;
}

type Figures = { ms: number; bytes: number; claims?: number; records?: number; lines?: number; errors?: number; persons?: number; accepted?: number; returned?: number; maxRssMb: number };
const measure = (what: string, dir: string, target?: string): Figures =>
  JSON.parse(node(['--import', 'tsx', 'bench/child.ts', what, dir, ...(target ? [target] : [])]).trim().split('\n').pop()!);
const mb = (f: Figures): number => f.bytes / 1e6 / (f.ms / 1000);
const row = (name: string, f: Figures, extra: string): string =>
  `${name.padEnd(34)} ${(f.ms / 1000).toFixed(2).padStart(8)} s ${f.bytes ? `${mb(f).toFixed(1).padStart(8)} MB/s` : "".padStart(13)} ${extra.padStart(20)} ${f.maxRssMb.toFixed(0).padStart(6)} MB peak RSS`;
const perS = (n: number, f: Figures, unit: string): string => `${Math.round(n / (f.ms / 1000)).toLocaleString()} ${unit}/s`;

if (only === undefined || only === 'uke') {
  const dir = month(claims);
  measure('floor', dir);
  const floor = measure('floor', dir);
  const parse = measure('parse', dir);
  console.log(`\nUKE: ${parse.claims!.toLocaleString()} claims, ${parse.records!.toLocaleString()} records, ${(floor.bytes / 1e6).toFixed(1)} MB in ${dir}`);
  console.log(row('read+CP932 decode+split', floor, perS(floor.lines!, floor, 'lines')));
  console.log(row('parse+validate (checkUke)', parse, perS(parse.claims!, parse, 'claims')));
  console.log(`parse+validate / floor: ${(parse.ms / floor.ms).toFixed(2)}× the floor's time; errors reported: ${parse.errors}`);
}

/** An empty database: `kokuho_bench` on DATABASE_URL's server (dropped and created), else a PGlite directory. */
async function freshDatabase(name: string): Promise<string> {
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('drop database if exists kokuho_bench with (force)');
    await admin.query('create database kokuho_bench');
    await admin.end();
    const u = new URL(url);
    u.pathname = '/kokuho_bench';
    return u.toString();
  }
  const target = join(root, '.kokuho', 'bench', name);
  rmSync(target, { recursive: true, force: true });
  return target;
}

if (only === undefined || only === 'intake') {
  const dir = month(intakeClaims);
  const target = await freshDatabase(`pglite-${intakeClaims}`);
  const engine = url ? 'PostgreSQL' : 'PGlite';
  measure('floor', dir);
  const floor = measure('floor', dir);
  const prep = measure('prepare', dir, target);
  const intake = measure('intake', dir, target);
  console.log(`\nIntake (受付 + 事務点検 + 資格点検, stored) on ${engine}: ${intake.claims!.toLocaleString()} claims, ${(intake.bytes / 1e6).toFixed(1)} MB in ${dir}`);
  console.log(row('registries + eligibility load', prep, perS(prep.persons!, prep, 'persons')));
  console.log(row('read+CP932 decode+split', floor, perS(floor.lines!, floor, 'lines')));
  console.log(row('intake end to end', intake, perS(intake.claims!, intake, 'claims')));
  console.log(`intake / floor: ${(intake.ms / floor.ms).toFixed(1)}× the floor's time; accepted ${intake.accepted!.toLocaleString()}, returned ${intake.returned!.toLocaleString()}`);
  // The rules over the stored month (kokuho rules run): the catalogue cut to 300 rules, then grown to 10,000.
  for (const n of [300, 10_000]) {
    const r = measure('rules-db', dir, `${target}#${n}`) as Figures & { rules: number; findings: number };
    console.log(row(`rules run, ${r.rules.toLocaleString()} rules`, r, perS(r.claims!, r, 'claims')) + `  ${r.findings.toLocaleString()} findings`);
  }
}

if (only === undefined || only === 'rules') {
  const dir = month(rulesClaims);
  type RuleFigures = Figures & { rules: number; lines: number; findings: number; lookups: number; readMs: number; evalMs: number };
  const runs = [300, 10_000].map((n) => measure('rules', dir, String(n)) as RuleFigures);
  console.log(`\nRules (compiled catalogue, in memory): ${runs[0]!.claims!.toLocaleString()} claims, ${runs[0]!.lines.toLocaleString()} billed lines in ${dir}`);
  console.log(`${'rules'.padStart(8)} ${'read+view'.padStart(11)} ${'evaluate'.padStart(10)} ${'µs/claim'.padStart(9)} ${'claims/s'.padStart(12)} ${'entries/claim'.padStart(14)} ${'ns/entry'.padStart(9)} ${'findings'.padStart(9)} ${'peak RSS'.padStart(9)}`);
  for (const r of runs) {
    const us = (r.evalMs * 1000) / r.claims!;
    const perClaim = r.lookups / r.claims!;
    console.log(`${r.rules.toLocaleString().padStart(8)} ${(r.readMs / 1000).toFixed(1).padStart(9)} s ${(r.evalMs / 1000).toFixed(2).padStart(8)} s ${us.toFixed(2).padStart(9)} ${Math.round(r.claims! / (r.evalMs / 1000)).toLocaleString().padStart(12)} ${perClaim.toFixed(2).padStart(14)} ${((r.evalMs * 1e6) / Math.max(1, r.lookups)).toFixed(0).padStart(9)} ${r.findings.toLocaleString().padStart(9)} ${r.maxRssMb.toFixed(0).padStart(6)} MB`);
  }
  console.log(`evaluation time, 10,000 rules / 300 rules: ${(runs[1]!.evalMs / runs[0]!.evalMs).toFixed(2)}× for ${(runs[1]!.rules / runs[0]!.rules).toFixed(0)}× the rules and ${(runs[1]!.lookups / Math.max(1, runs[0]!.lookups)).toFixed(1)}× the rule entries the claims' codes reach`);
}

if (only === undefined || only === 'money') {
  const dir = month(moneyClaims);
  const m = measure('money', dir) as Figures & { priced: number; unpriced: number; entries: number; readMs: number; priceMs: number; closeMs: number; imbalance: number; insurerYen: number };
  console.log(`\nPricing + ledger (in memory): ${m.claims!.toLocaleString()} 医科 claims in ${dir}`);
  console.log(`read claims: ${(m.readMs / 1000).toFixed(1)} s; price + post: ${(m.priceMs / 1000).toFixed(2)} s (${Math.round(m.claims! / (m.priceMs / 1000)).toLocaleString()} claims/s, ${((m.priceMs * 1000) / m.claims!).toFixed(2)} µs/claim); balance + digest of ${m.entries.toLocaleString()} entries: ${(m.closeMs / 1000).toFixed(2)} s; peak RSS ${m.maxRssMb.toFixed(0)} MB`);
  console.log(`priced ${m.priced.toLocaleString()}, not priced ${m.unpriced.toLocaleString()} (公費 etc.); 保険者負担 ¥${m.insurerYen.toLocaleString()}; imbalance ¥${m.imbalance}`);
  const dbDir = month(ledgerDbClaims);
  const db = measure('ledger-db', dbDir, await freshDatabase(`pglite-ledger-${ledgerDbClaims}`)) as Figures & { priced: number; entries: number; readMs: number; postMs: number; closeMs: number; verifyMs: number };
  console.log(`\nPricing + ledger into ${url ? 'PostgreSQL' : 'PGlite'}: ${db.claims!.toLocaleString()} 医科 claims in ${dbDir}`);
  console.log(`read claims: ${(db.readMs / 1000).toFixed(1)} s; price + post ${db.priced.toLocaleString()} claims (${db.entries.toLocaleString()} entries + their amounts): ${(db.postMs / 1000).toFixed(1)} s (${Math.round(db.priced / (db.postMs / 1000)).toLocaleString()} claims/s); close (balance + digest): ${(db.closeMs / 1000).toFixed(1)} s; verify: ${(db.verifyMs / 1000).toFixed(1)} s; peak RSS ${db.maxRssMb.toFixed(0)} MB`);
}
