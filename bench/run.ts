/**
 * `npm run bench`: figures for the UKE library on a generated month.
 *   --claims N   size of the generated month (default 200000)
 * The month is generated once into .kokuho/bench/ and reused. Each measurement runs in its own
 * process; the decode floor runs first so that both read from a warm page cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const claims = Number(args[args.indexOf('--claims') + 1] || 200_000) || 200_000;
const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.kokuho', 'bench', `13-2025-05-${claims}-s1`);
const node = (argv: string[]): string => {
  const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
};

if (!existsSync(join(dir, 'manifest.json'))) {
  console.log(`generating ${claims.toLocaleString()} claims into ${dir} …`);
  const t = performance.now();
  node(['packages/cli/bin/kokuho.js', 'generate', '--federation', '13', '--month', '2025-05', '--claims', String(claims), '--out', dir, '--seed', '1']);
  const s = (performance.now() - t) / 1000;
  console.log(`generate: ${s.toFixed(1)} s (${Math.round(claims / s).toLocaleString()} claims/s)`);
}

type Figures = { ms: number; bytes: number; claims?: number; records?: number; lines?: number; errors?: number; maxRssMb: number };
const measure = (what: string): Figures => JSON.parse(node(['--import', 'tsx', 'bench/child.ts', what, dir]).trim().split('\n').pop()!);

measure('floor'); // warm the page cache
const floor = measure('floor');
const parse = measure('parse');
const mb = (f: Figures): number => f.bytes / 1e6 / (f.ms / 1000);
const row = (name: string, f: Figures, extra: string): string =>
  `${name.padEnd(28)} ${(f.ms / 1000).toFixed(2).padStart(7)} s ${mb(f).toFixed(1).padStart(8)} MB/s ${extra.padStart(18)} ${f.maxRssMb.toFixed(0).padStart(6)} MB peak RSS`;

console.log(`\nUKE: ${parse.claims!.toLocaleString()} claims, ${parse.records!.toLocaleString()} records, ${(floor.bytes / 1e6).toFixed(1)} MB in ${dir}`);
console.log(row('read+CP932 decode+split', floor, `${Math.round(floor.lines! / (floor.ms / 1000)).toLocaleString()} lines/s`));
console.log(row('parse+validate (checkUke)', parse, `${Math.round(parse.claims! / (parse.ms / 1000)).toLocaleString()} claims/s`));
console.log(`parse+validate / floor: ${(parse.ms / floor.ms).toFixed(2)}× the floor's time; errors reported: ${parse.errors}`);
