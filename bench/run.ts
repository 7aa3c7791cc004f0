/**
 * `npm run bench`: figures on generated months, each measurement in its own process.
 *   --claims N          UKE library: size of the month parsed and validated (default 200000)
 *   --intake-claims N   intake into the database (default 1000000 with DATABASE_URL, else 100000 on PGlite)
 *   --only uke|intake   run one part
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

if (only !== 'intake') {
  const dir = month(claims);
  measure('floor', dir);
  const floor = measure('floor', dir);
  const parse = measure('parse', dir);
  console.log(`\nUKE: ${parse.claims!.toLocaleString()} claims, ${parse.records!.toLocaleString()} records, ${(floor.bytes / 1e6).toFixed(1)} MB in ${dir}`);
  console.log(row('read+CP932 decode+split', floor, perS(floor.lines!, floor, 'lines')));
  console.log(row('parse+validate (checkUke)', parse, perS(parse.claims!, parse, 'claims')));
  console.log(`parse+validate / floor: ${(parse.ms / floor.ms).toFixed(2)}× the floor's time; errors reported: ${parse.errors}`);
}

if (only !== 'uke') {
  const dir = month(intakeClaims);
  let target: string;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('drop database if exists kokuho_bench with (force)');
    await admin.query('create database kokuho_bench');
    await admin.end();
    const u = new URL(url);
    u.pathname = '/kokuho_bench';
    target = u.toString();
  } else {
    target = join(root, '.kokuho', 'bench', `pglite-${intakeClaims}`);
    rmSync(target, { recursive: true, force: true });
  }
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
}
