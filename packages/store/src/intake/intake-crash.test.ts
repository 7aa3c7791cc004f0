/**
 * kill -9 in the middle of intake, twice, then a run to the end: the database holds exactly what an
 * uninterrupted run stores (same claims, outcomes, findings and file counters; nothing lost or
 * doubled). The child process commits batch after batch; SIGKILL lands between or inside them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMonth } from '@kokuho/synth';
import { openDatabase } from '../db/database.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';

const CHILD = new URL('./crash-child.test-support.ts', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'kokuho-crash-'));
const dir = join(tmp, 'month');
generateMonth({ federation: '13', month: '2025-05', claims: 700, outDir: dir, seed: 11, mastersDir: 'data/sample-masters', errorRate: 0.1 });

/** Runs the child; with `killAfter`, SIGKILLs it once it has printed that many committed batches. */
function runChild(target: string, killAfter?: number): Promise<{ killed: boolean; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, target, dir, '20'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '', batches = 0, killed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      batches = (out.match(/^batch$/gm) ?? []).length;
      if (killAfter !== undefined && batches >= killAfter && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killed) resolve({ killed, out });
      else if (code === 0) resolve({ killed, out });
      else reject(new Error(`child exited ${code ?? signal}: ${err}`));
    });
  });
}

interface Target { where: string; dispose(): Promise<void>; open(): Promise<{ k: Awaited<ReturnType<typeof openDatabase>>; close(): Promise<void> }> }

async function target(engine: 'pglite' | 'postgres'): Promise<Target> {
  if (engine === 'postgres') {
    const t: TestDatabase = await createTestDatabase('postgres');
    return { where: t.url!, dispose: () => t.dispose(), open: async () => ({ k: t, close: async () => {} }) };
  }
  const d = mkdtempSync(join(tmp, 'pglite-'));
  return { where: d, dispose: async () => {}, open: async () => { const k = await openDatabase({ url: '', dataDir: d }); return { k, close: () => k.close() }; } };
}

async function prepare(t: Target): Promise<void> {
  const { k, close } = await t.open();
  await importMasterFiles(k.db, ['data/sample-masters']);
  await loadRegistryDirectory(k, '13', dir);
  await close();
}

/** Everything intake stored, keyed by file name and position (file ids may differ between runs). */
async function state(t: Target): Promise<unknown> {
  const { k, close } = await t.open();
  const s = await k.withFederation('13', async (trx) => {
    const files = await trx.selectFrom('intake_files').select(['file_id', 'file_name', 'status', 'claims', 'claims_done', 'accepted', 'accepted_with_findings', 'returned', 'duplicates', 'out_of_prefecture'])
      .orderBy('file_name').execute();
    const names = new Map(files.map((f) => [f.file_id, f.file_name]));
    const claims = await trx.selectFrom('claims').select(['file_id', 'seq', 'state', 'outcome', 'receipt_number', 'patient_key', 'content_sha256', 'person_id']).execute();
    const findings = await trx.selectFrom('claim_findings').select(['file_id', 'seq', 'n', 'code', 'line', 'message']).execute();
    const key = (r: { file_id: number; seq: number }): string => `${names.get(r.file_id)}#${String(r.seq).padStart(6, '0')}`;
    return {
      files: files.map(({ file_id: _, ...f }) => f),
      claims: claims.map(({ file_id: _f, seq: _s, ...c }) => ({ at: key({ file_id: _f, seq: _s }), ...c })).sort((a, b) => a.at.localeCompare(b.at)),
      findings: findings.map((x) => ({ at: `${key(x)}#${x.n}`, code: x.code, line: x.line, message: x.message })).sort((a, b) => a.at.localeCompare(b.at)),
    };
  });
  await close();
  return s;
}

for (const engine of testEngines()) {
  test(`[${engine}] kill -9 twice during intake, then resume: the same rows as a run without crash`, async () => {
    const ref = await target(engine);
    const crash = await target(engine);
    try {
      await prepare(ref);
      await prepare(crash);
      const plain = await runChild(ref.where);
      assert.match(plain.out, /^done /m);
      const first = await runChild(crash.where, 3);
      const second = await runChild(crash.where, 9);
      assert.ok(first.killed && second.killed, 'both runs were killed mid-way');
      const last = await runChild(crash.where);
      assert.match(last.out, /^done /m);
      const expected = await state(ref) as { claims: unknown[] };
      assert.ok(expected.claims.length > 600);
      assert.deepEqual(await state(crash), expected);
    } finally {
      await ref.dispose();
      await crash.dispose();
    }
  });
}

test.after(() => rmSync(tmp, { recursive: true, force: true }));
