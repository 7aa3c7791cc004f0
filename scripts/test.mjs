// Runs every *.test.ts of the workspace with Node's test runner (Node 20 has no --test globs).
// --pg: only the storage tests, which then also run against DATABASE_URL.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const pgOnly = args.includes('--pg');
const filters = args.filter((a) => !a.startsWith('--'));

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

let files = walk('packages', []).sort();
if (pgOnly) {
  if (!process.env.DATABASE_URL) {
    console.error('test:pg needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
    process.exit(2);
  }
  files = files.filter((f) => f.includes('/store/'));
}
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
if (!files.length) {
  console.error('no test files matched');
  process.exit(1);
}
// Two files at a time: most tests wait on child processes and the embedded database, so two share
// two cores well (KOKUHO_TEST_CONCURRENCY=1 runs them one by one).
const concurrency = process.env.KOKUHO_TEST_CONCURRENCY || '2';
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: pgOnly ? process.env : { ...process.env, DATABASE_URL: '' },
});
process.exit(r.status ?? 1);
