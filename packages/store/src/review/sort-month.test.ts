/**
 * 振分 of a checked month: every accepted claim lands in one queue, claims with findings go to people
 * (V → 審査委員会, S only → 事務共助), the rest complete automatically; sorting again moves only
 * claims whose review has not begun.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSortingTable } from '@kokuho/core/review';
import { generateMonth } from '@kokuho/synth';
import { createTestDatabase } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles } from '../intake/intake-files.ts';
import { readRuleDirectory } from '../rules/read-rule-directory.ts';
import { runRulesForMonth } from '../rules/run-rules-month.ts';
import { sortMonth } from './sort-month.ts';

test('振分: queues by findings and points, share sent to people, stable for claims under review', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-sort-'));
  generateMonth({ federation: '13', month: '2025-05', claims: 1200, outDir: dir, seed: 9, mastersDir: 'data/sample-masters', errorRate: 0.1 });
  const k = await createTestDatabase('pglite');
  try {
    await importMasterFiles(k.db, ['data/sample-masters']);
    await loadRegistryDirectory(k, '13', dir);
    const files = readdirSync(join(dir, 'claims')).sort().map((p) => ({ path: join(dir, 'claims', p, 'RECEIPTC.UKE'), name: `claims/${p}/RECEIPTC.UKE` }));
    const intake = await intakeFiles(k, files, { federation: '13', month: '2025-05' });
    await runRulesForMonth(k, { federation: '13', month: '2025-05', ruleSet: readRuleDirectory('rules').ruleSet });
    const table = readSortingTable('review/sorting.csv', readFileSync('review/sorting.csv', 'utf8'));
    assert.ok(table.ok);

    const r = await sortMonth(k, '13', '2025-05', table.value, 300);
    assert.equal(r.claims, intake.accepted);
    assert.equal(Object.values(r.byQueue).reduce((a, b) => a + b, 0), r.claims);
    assert.ok(r.byQueue.clerical > 0 && r.byQueue.committee > 0 && r.byQueue.auto > 0, JSON.stringify(r.byQueue));
    assert.ok(r.toPeople > 0 && r.toPeople < 0.2, `${r.toPeople}`);

    // Every claim with a V finding is before the 審査委員会; every claim in 自動完結 has no finding.
    const wrong = await k.withFederation('13', (trx) => trx.selectFrom('review_items as i')
      .innerJoin('rule_findings as f', (j) => j.onRef('f.file_id', '=', 'i.file_id').onRef('f.seq', '=', 'i.seq'))
      .select(['i.queue', 'f.lamp']).where((eb) => eb.or([eb.and([eb('f.lamp', '=', 'V'), eb('i.queue', 'not in', ['committee', 'special'])]), eb('i.queue', '=', 'auto')])).execute());
    assert.deepEqual(wrong, []);

    // A claim under review keeps its queue when the month is sorted again under another table.
    const held = await k.withFederation('13', (trx) => trx.updateTable('review_items').set({ status: 'held' }).where('queue', '=', 'clerical').returning(['file_id', 'seq']).execute());
    const allAuto = readSortingTable('t.csv', 'order,queue,label,kinds,min_points,transplant,lamp,priority_out_of_prefecture\n1,auto,全件自動,*,,,,\n');
    assert.ok(allAuto.ok);
    await sortMonth(k, '13', '2025-05', allAuto.value);
    const queues = await k.withFederation('13', (trx) => trx.selectFrom('review_items').select(['queue', 'status']).execute());
    assert.equal(queues.filter((q) => q.status === 'held' && q.queue === 'clerical').length, held.length);
    assert.equal(queues.filter((q) => q.status === 'open' && q.queue !== 'auto').length, 0);
    assert.equal(queues.length, intake.accepted);
  } finally {
    await k.close();
  }
});
