/**
 * The rules of 再請求 and duplicates on small files built from one clean generated claim: a returned
 * claim is superseded by the claim of the same number sent later (the other returned claim of the
 * patient stays until its own), a returned claim sent again unchanged is checked again, a number
 * repeated in one file with other content is refused (INT-C001), a card written in full-width digits
 * is the same card, and an unreadable レセプト番号 returns the claim without stopping the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { generateMonth, type GroundTruthEntry } from '@kokuho/synth';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles } from './intake-files.ts';
import { IntakeError } from './intake-errors.ts';

const MONTH = '2025-05';
const dir = mkdtempSync(join(tmpdir(), 'kokuho-resend-'));
generateMonth({ federation: '13', month: MONTH, claims: 300, outDir: dir, seed: 8, mastersDir: 'data/sample-masters', errorRate: 0.05 });
const planted = new Set(readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GroundTruthEntry).map((g) => `${g.file}#${g.claim}`));

/** The header and one clean 医科 claim (HO only, no 公費) of the generated month. */
function cleanClaim(): { ir: string; claim: string[] } {
  for (const p of readdirSync(join(dir, 'claims')).sort()) {
    const lines = iconv.decode(readFileSync(join(dir, 'claims', p, 'RECEIPTC.UKE')), 'cp932').replace(/\x1a$/, '').split('\r\n').filter(Boolean);
    if (!lines[0]!.startsWith('IR,')) continue;
    const starts = lines.flatMap((l, i) => (l.startsWith('RE,') ? [i] : []));
    for (let n = 0; n < starts.length; n++) {
      const c = lines.slice(starts[n], starts[n + 1] ?? lines.length - 1);
      const number = Number(c[0]!.split(',')[1]);
      if (!planted.has(`claims/${p}/RECEIPTC.UKE#${number}`) && !c.some((l) => l.startsWith('KO,')) && c.some((l) => l.startsWith('HO,'))) return { ir: lines[0]!, claim: c };
    }
  }
  throw new Error('no clean claim');
}
const { ir, claim } = cleanClaim();
const setField = (lines: string[], id: string, index: number, value: (v: string) => string): string[] =>
  lines.map((l) => (l.startsWith(`${id},`) ? l.split(',').map((v, i) => (i === index ? value(v) : v)).join(',') : l));
const numbered = (c: string[], n: number | string): string[] => setField(c, 'RE', 1, () => String(n));
const total = (c: string[]): number => Number(c.find((l) => l.startsWith('HO,'))!.split(',')[5]);
/** A file of these claims with a consistent GO; `tag` changes the bytes (IR 電話番号) when needed. */
const file = (claims: string[][], tag = ''): Uint8Array =>
  iconv.encode([`${ir}${tag}`, ...claims.flat(), `GO,${claims.length},${claims.reduce((n, c) => n + total(c), 0)},99`].join('\r\n') + '\r\n\x1a', 'cp932');
/** Returned by the reader: HO 合計点数 one point off (UKE-E054), nothing in the duplicate key changes. */
const broken = (c: string[]): string[] => setField(c, 'HO', 5, (v) => String(Number(v) + 1));

for (const engine of testEngines()) {
  test(`[${engine}] 再請求 supersedes the returned claim of the same number; duplicates and conflicts`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await importMasterFiles(k.db, ['data/sample-masters']);
      await loadRegistryDirectory(k, '13', dir);
      const go = (name: string, bytes: Uint8Array) => intakeFiles(k, [{ name, bytes }], { federation: '13', month: MONTH });
      const states = async () => k.withFederation('13', async (trx) => (await trx.selectFrom('claims as c')
        .innerJoin('intake_files as f', (j) => j.onRef('f.federation_code', '=', 'c.federation_code').onRef('f.file_id', '=', 'c.file_id'))
        .select(['f.file_name', 'c.receipt_number', 'c.state', 'c.outcome']).orderBy('c.file_id').orderBy('c.seq').execute())
        .map((r) => `${r.file_name}#${r.receipt_number} ${r.state} ${r.outcome}`));

      const a = await go('A.UKE', file([numbered(broken(claim), 1), numbered(broken(claim), 2)]));
      assert.equal(a.returned, 2);
      const b = await go('B.UKE', file([numbered(claim, 2)]));
      assert.equal(b.accepted, 1);
      assert.deepEqual(await states(), ['A.UKE#1 current returned', 'A.UKE#2 superseded returned', 'B.UKE#2 current accepted']);

      // The other returned claim, sent again unchanged: checked again (not a duplicate), returned again.
      const again = await go('C.UKE', file([numbered(broken(claim), 1)], '-2'));
      assert.equal(again.duplicates, 0);
      assert.equal(again.returned, 1);
      // …and corrected: accepted, superseding it.
      const fixed = await go('D.UKE', file([numbered(claim, 1)], '-3'));
      assert.equal(fixed.accepted, 1);
      assert.deepEqual((await states()).filter((s) => s.includes(' current ')), ['B.UKE#2 current accepted', 'D.UKE#1 current accepted']);

      // The accepted claim again with the card in full-width digits and another カルテ番号: the same
      // key (INT-C001), not a second live claim.
      const wide = setField(setField(numbered(claim, 2), 'HO', 3, (v) => v.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))), 'RE', 13, () => 'K-1');
      const conflict = await go('E.UKE', file([wide]));
      assert.equal(conflict.findings['INT-C001'], 1);
      // A number repeated in one file with other content: the second is refused.
      const twice = await go('F.UKE', file([numbered(claim, 7), setField(numbered(claim, 7), 'RE', 13, () => 'K-2')]));
      assert.equal(twice.accepted, 1);
      assert.equal(twice.returned, 1);
      assert.equal(twice.findings['INT-C001'], 1);
      // An unreadable レセプト番号: that claim is returned, the file goes through.
      const bad = await go('G.UKE', file([numbered(claim, ''), numbered(claim, 9)]));
      assert.equal(bad.filesAccepted, 1);
      assert.equal(bad.returned, 1);
      const live = (await states()).filter((s) => s.includes(' current '));
      assert.deepEqual(live, ['B.UKE#2 current accepted', 'D.UKE#1 current accepted', 'F.UKE#7 current accepted', 'G.UKE#0 current returned', 'G.UKE#9 current accepted']);
    } finally {
      await k.dispose();
    }
  });
}

for (const engine of testEngines()) {
  test(`[${engine}] another file goes live with the same claims while this one is received: settled as if it came first`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await importMasterFiles(k.db, ['data/sample-masters']);
      await loadRegistryDirectory(k, '13', dir);
      const other = setField(numbered(claim, 4), 'RE', 13, () => 'K-4');
      const a = file([numbered(claim, 3), numbered(claim, 4), numbered(broken(claim), 5)], '-a');
      const b = file([numbered(claim, 3), other, numbered(claim, 5)], '-b');
      let ranA = false;
      // B's claims are written (pending); before B is accepted, A arrives and is accepted whole.
      const rb = await intakeFiles(k, [{ name: 'B.UKE', bytes: b }], {
        federation: '13', month: MONTH,
        onProgress: async () => {
          if (ranA) return;
          ranA = true;
          const ra = await intakeFiles(k, [{ name: 'A.UKE', bytes: a }], { federation: '13', month: MONTH });
          assert.equal(ra.accepted + ra.returned, 3);
        },
      });
      assert.ok(ranA);
      assert.equal(rb.duplicates, 1, 'claim 3: the same content');
      assert.equal(rb.findings['INT-C001'], 1, 'claim 4: other content');
      assert.equal(rb.accepted, 1, 'claim 5: the 再請求 of A\'s returned claim');
      const rows = await k.withFederation('13', async (trx) => (await trx.selectFrom('claims as c')
        .innerJoin('intake_files as f', (j) => j.onRef('f.federation_code', '=', 'c.federation_code').onRef('f.file_id', '=', 'c.file_id'))
        .select(['f.file_name', 'c.receipt_number', 'c.state']).orderBy('f.file_name').orderBy('c.seq').execute())
        .map((r) => `${r.file_name}#${r.receipt_number} ${r.state}`));
      assert.deepEqual(rows, ['A.UKE#3 current', 'A.UKE#4 current', 'A.UKE#5 superseded', 'B.UKE#4 rejected', 'B.UKE#5 current']);
    } finally {
      await k.dispose();
    }
  });
}

test('[pglite] the same bytes received twice at once: one run receives the file, the other stops (IN_PROGRESS), nothing doubled', async () => {
  const k = await createTestDatabase('pglite');
  try {
    await importMasterFiles(k.db, ['data/sample-masters']);
    await loadRegistryDirectory(k, '13', dir);
    const bytes = file([numbered(claim, 1), numbered(claim, 2), numbered(claim, 3)], '-x');
    let inner: Awaited<ReturnType<typeof intakeFiles>> | undefined;
    const outer = intakeFiles(k, [{ name: 'X.UKE', bytes }], {
      federation: '13', month: MONTH, batchSize: 1,
      onProgress: async () => {
        inner ??= await intakeFiles(k, [{ name: 'X.UKE', bytes }], { federation: '13', month: MONTH, batchSize: 1 });
      },
    });
    await assert.rejects(outer, (e: unknown) => e instanceof IntakeError && e.code === 'IN_PROGRESS');
    assert.equal(inner?.filesAccepted, 1);
    const files = await k.withFederation('13', (trx) => trx.selectFrom('intake_files').select(['status', 'claims', 'accepted']).execute());
    assert.deepEqual(files, [{ status: 'accepted', claims: 3, accepted: 3 }]);
    const claims = await k.withFederation('13', (trx) => trx.selectFrom('claims').select(['seq', 'state']).orderBy('seq').execute());
    assert.deepEqual(claims, [{ seq: 1, state: 'current' }, { seq: 2, state: 'current' }, { seq: 3, state: 'current' }]);
  } finally {
    await k.dispose();
  }
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
