/**
 * Intake end to end on a generated month (both engines): every planted format, clerical and
 * eligibility error is found on its claim and no clean claim gets a finding (ground-truth.jsonl of
 * @kokuho/synth, docs/formats/ground-truth.md); re-sent bytes store nothing; a re-send with
 * --replace withdraws the earlier file; a repeated claim is a duplicate or, with other content,
 * returned (INT-C001); bad headers and GO totals refuse the file and keep nothing of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { confusionTable, generateMonth, type GroundTruthEntry } from '@kokuho/synth';
import { createTestDatabase, testEngines, type TestDatabase } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles } from './intake-files.ts';
import { observedFindings } from './observed-findings.ts';
import { writeReceiptReports } from './receipt-reports.ts';

const MONTH = '2025-05';
const dir = mkdtempSync(join(tmpdir(), 'kokuho-intake-'));
generateMonth({ federation: '13', month: MONTH, claims: 1200, outDir: dir, seed: 5, mastersDir: 'data/sample-masters', errorRate: 0.1 });
const truth = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GroundTruthEntry);

function ukeFiles(root: string): { path: string; name: string }[] {
  const out: { path: string; name: string }[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (n.isDirectory()) walk(join(d, n.name));
      else if (n.name.endsWith('.UKE')) out.push({ path: join(d, n.name), name: relative(dir, join(d, n.name)) });
    }
  };
  walk(root);
  return out;
}
const files = ukeFiles(join(dir, 'claims'));
const readLines = (p: string): string[] => iconv.decode(readFileSync(p), 'cp932').replace(/\x1a$/, '').split('\r\n').filter((l) => l !== '');
const toBytes = (lines: string[]): Uint8Array => iconv.encode(lines.join('\r\n') + '\r\n\x1a', 'cp932');

async function prepared(engine: 'pglite' | 'postgres'): Promise<TestDatabase> {
  const k = await createTestDatabase(engine);
  await importMasterFiles(k.db, ['data/sample-masters']);
  await loadRegistryDirectory(k, '13', dir);
  return k;
}

async function liveClaims(k: TestDatabase): Promise<number> {
  return k.withFederation('13', async (trx) => Number((await trx.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).where('state', '=', 'current').executeTakeFirstOrThrow()).n));
}

for (const engine of testEngines()) {
  test(`[${engine}] a generated month: outcomes, recall 100 % on format/clerical/eligibility, no false findings, idempotent`, async () => {
    const k = await prepared(engine);
    try {
      const s = await intakeFiles(k, files, { federation: '13', month: MONTH });
      assert.equal(s.files, files.length);
      assert.equal(s.claims, 1200);
      assert.equal(s.claims, s.accepted + s.returned + s.duplicates + s.refused);
      assert.ok(s.returned > 0 && s.acceptedWithFindings > 0 && s.outOfPrefecture > 0);
      const obs = await observedFindings(k, '13', MONTH);
      const t = confusionTable(truth, obs.claims, obs.files, ['format', 'clerical', 'eligibility']);
      for (const r of t.rows) assert.equal(r.found, r.planted, `${r.kind}: found ${r.found} of ${r.planted}`);
      assert.ok(t.rows.length >= 12, 'most kinds are planted in this month');
      assert.equal(t.falseFindings, 0, JSON.stringify(t.falseFindingCodes));
      assert.equal(await liveClaims(k), s.accepted + s.returned);

      // The same bytes again: nothing is stored, every claim counts as a duplicate.
      const again = await intakeFiles(k, files, { federation: '13', month: MONTH });
      assert.equal(again.filesDuplicate, files.length);
      assert.equal(again.duplicates, 1200);
      assert.equal(again.accepted + again.returned, 0);
      assert.equal(await liveClaims(k), s.accepted + s.returned);

      // 受付結果 per provider, in Shift_JIS: one row per claim or finding.
      const out = mkdtempSync(join(tmpdir(), 'kokuho-report-'));
      const rep = await writeReceiptReports(k, '13', MONTH, out, 'sjis');
      assert.equal(rep.providers, files.length);
      const csv = iconv.decode(readFileSync(rep.files[0]!), 'cp932');
      assert.match(csv.split('\r\n')[0]!, /^ファイル,ファイルの受付,レセプト番号,診療年月,結果/);
      const all = rep.files.map((f) => iconv.decode(readFileSync(f), 'cp932')).join('');
      assert.equal((all.match(/,返戻,/g) ?? []).length >= s.returned, true);
      rmSync(out, { recursive: true, force: true });
    } finally {
      await k.dispose();
    }
  });

  test(`[${engine}] re-send, duplicates, 再請求 and refused files`, async () => {
    const k = await prepared(engine);
    try {
      const medical = files.find((f) => readLines(f.path)[0]!.startsWith('IR,') && readLines(f.path).filter((l) => l.startsWith('RE,')).length >= 3)!;
      const lines = readLines(medical.path);
      const first = await intakeFiles(k, [medical], { federation: '13', month: MONTH });
      const live = await liveClaims(k);
      assert.equal(live, first.accepted + first.returned);

      // Another file repeating the first claim as is: a duplicate; with other content: returned (INT-C001).
      const re1 = lines.findIndex((l) => l.startsWith('RE,'));
      const re2 = lines.findIndex((l, i) => i > re1 && l.startsWith('RE,'));
      const claim1 = lines.slice(re1, re2);
      const go = (claims: string[][]): string => {
        const total = claims.reduce((n, c) => n + Number((c.find((l) => l.startsWith('HO,')) ?? c.find((l) => l.startsWith('KO,')))!.split(',')[5]), 0);
        return `GO,${claims.reduce((n, c) => n + c.filter((l) => l.startsWith('HO,') || l.startsWith('KO,')).length, 0)},${total},99`;
      };
      const dupName = 'extra/DUP.UKE';
      const dup = await intakeFiles(k, [{ name: dupName, bytes: toBytes([lines[0]!, ...claim1, go([claim1])]) }], { federation: '13', month: MONTH });
      assert.equal(dup.duplicates, 1);
      assert.equal(dup.accepted + dup.returned, 0);
      const changed = claim1.map((l) => (l.startsWith('RE,') ? l.split(',').map((v, i) => (i === 13 ? 'K-99' : v)).join(',') : l)); // カルテ番号等
      const conflict = await intakeFiles(k, [{ name: 'extra/CONFLICT.UKE', bytes: toBytes([lines[0]!, ...changed, go([changed])]) }], { federation: '13', month: MONTH });
      assert.equal(conflict.returned, 1);
      assert.equal(conflict.findings['INT-C001'], 1);
      assert.equal(await liveClaims(k), live, 'a refused double claim is not live');

      // A corrected re-send of the whole file with --replace: the earlier claims are withdrawn.
      const resent = [lines[0]!, ...changed, ...lines.slice(re2)];
      const replaced = await intakeFiles(k, [{ name: 'fixed/RECEIPTC.UKE', bytes: toBytes(resent) }], { federation: '13', month: MONTH, replace: true });
      assert.equal(replaced.filesAccepted, 1);
      const states = await k.withFederation('13', (trx) => trx.selectFrom('claims').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute());
      const byState = Object.fromEntries(states.map((r) => [r.state, Number(r.n)]));
      assert.equal(byState.withdrawn, live, 'every claim of the earlier file of that name is withdrawn');
      assert.equal(byState.rejected, 1, 'the INT-C001 claim of another file stays');
      assert.equal(byState.current, replaced.accepted + replaced.returned);

      // Refused files keep nothing: wrong prefecture in IR, GO total that does not match.
      const wrongPref = [lines[0]!.replace(/^IR,2,13,/, 'IR,2,14,'), ...lines.slice(1)];
      const badGo = [...lines.slice(0, -1), lines.at(-1)!.replace(/^GO,(\d+),(\d+),/, (_m, n, p) => `GO,${n},${Number(p) + 1},`)];
      // Batches of one claim: the GO file's claims are written (pending) before its end refuses it.
      const r = await intakeFiles(k, [{ name: 'bad/PREF.UKE', bytes: toBytes(wrongPref) }, { name: 'bad/GO.UKE', bytes: toBytes(badGo) }], { federation: '13', month: MONTH, batchSize: 1 });
      assert.equal(r.filesRefused, 2);
      assert.deepEqual(r.results[0]!.errors.map((e) => e.code), ['INT-F003']);
      assert.ok(r.results[1]!.errors.some((e) => e.code === 'UKE-E061' && e.line === lines.length));
      assert.equal(r.refused, r.claims);
      const stored = await k.withFederation('13', (trx) => trx.selectFrom('claims as c').innerJoin('intake_files as f', (j) => j.onRef('f.federation_code', '=', 'c.federation_code').onRef('f.file_id', '=', 'c.file_id'))
        .select((eb) => eb.fn.countAll().as('n')).where('f.file_name', 'like', 'bad/%').executeTakeFirstOrThrow());
      assert.equal(Number(stored.n), 0);
    } finally {
      await k.dispose();
    }
  });
}

test.after(() => rmSync(dir, { recursive: true, force: true }));
