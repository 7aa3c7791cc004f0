/**
 * Review decisions and the audit log on both engines: 査定 only on a line with points and with a 事由,
 * 返戻 only with a reason; each decision commits with a hash-chained audit entry that the application
 * cannot rewrite, and an entry edited behind its back breaks the chain where it was edited; another
 * federation cannot decide on the claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { generateMonth } from '@kokuho/synth';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles } from '../intake/intake-files.ts';
import { verifyAuditChain } from './audit-log.ts';
import { DecisionError, recordDecision } from './record-decision.ts';

const dir = mkdtempSync(join(tmpdir(), 'kokuho-decide-'));
generateMonth({ federation: '13', month: '2025-05', claims: 150, outDir: dir, seed: 3, mastersDir: 'data/sample-masters', errorRate: 0, fileErrorRate: 0 });

for (const engine of testEngines()) {
  test(`[${engine}] decisions: 査定・返戻・保留 with their audit chain; append-only; federation-bound`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await importMasterFiles(k.db, ['data/sample-masters']);
      await loadRegistryDirectory(k, '13', dir);
      const files = readdirSync(join(dir, 'claims')).sort().map((p) => ({ path: join(dir, 'claims', p, 'RECEIPTC.UKE'), name: p }));
      await intakeFiles(k, files, { federation: '13', month: '2025-05' });
      const claims = await k.withFederation('13', (trx) => trx.selectFrom('claims').select(['file_id', 'seq', 'first_line', 'body']).where('kind', '=', 'medical').limit(2).execute());
      const [a, b] = claims;
      const lines = a!.body.split('\n');
      const at = lines.findIndex((l) => l.startsWith('SI,') && /^\d+$/.test(l.split(',')[5] ?? '') && Number(l.split(',')[5]) > 1);
      const line = a!.first_line + at;
      const points = Number(lines[at]!.split(',')[5]);
      const ref = { fileId: Number(a!.file_id), seq: a!.seq };

      await assert.rejects(recordDecision(k, '13', '13-acc', { ...ref, decision: 'adjust', line: a!.first_line, pointsAfter: 0, reasonCode: 'B' }), DecisionError); // the RE line
      await assert.rejects(recordDecision(k, '13', '13-acc', { ...ref, decision: 'adjust', line, pointsAfter: points, reasonCode: 'B' }), /未満/);
      await assert.rejects(recordDecision(k, '13', '13-acc', { ...ref, decision: 'adjust', line, pointsAfter: 1 }), /事由/);
      const cut = await recordDecision(k, '13', '13-acc', { ...ref, decision: 'adjust', line, pointsAfter: 1, reasonCode: 'B', reasonText: '過剰' });
      assert.equal(cut.auditEntry, 1);
      await assert.rejects(recordDecision(k, '13', '13-acc', { fileId: Number(b!.file_id), seq: b!.seq, decision: 'return' }), /理由/);
      await recordDecision(k, '13', '13-acc', { fileId: Number(b!.file_id), seq: b!.seq, decision: 'return', reasonText: '傷病名の記載漏れ' });
      await recordDecision(k, '13', '13-acc', { ...ref, decision: 'hold', reasonText: '症状詳記を確認' });
      // Another federation does not see the claim at all.
      await assert.rejects(recordDecision(k, '27', '27-acc', { ...ref, decision: 'confirm' }), /見つかりません/);

      const stored = await k.withFederation('13', (trx) => trx.selectFrom('review_decisions').select(['decision', 'points_before', 'points_after', 'code']).orderBy('decision_id').execute());
      assert.deepEqual(stored.map((d) => d.decision), ['adjust', 'return', 'hold']);
      assert.deepEqual([stored[0]!.points_before, stored[0]!.points_after], [points, 1]);
      assert.deepEqual(await verifyAuditChain(k, '13'), { entries: 3, brokenAt: undefined });

      // The application cannot rewrite history…
      await assert.rejects(k.withFederation('13', (trx) => trx.updateTable('audit_log').set({ action: 'x' }).execute()));
      await assert.rejects(k.withFederation('13', (trx) => trx.deleteFrom('review_decisions').execute()));
      // …and an entry edited by the table's owner breaks the chain at that entry.
      await sql`update audit_log set after = '{"points": 0}' where entry_no = 2`.execute(k.db);
      assert.deepEqual(await verifyAuditChain(k, '13'), { entries: 3, brokenAt: 2 });
    } finally {
      await k.close();
    }
  });
}
