/**
 * masterNames answers for a few codes what the month's whole snapshot answers: the same version of
 * every code (a code not yet listed, or already abolished, has no name), on both engines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MASTER_KINDS } from '@kokuho/core/masters';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { importMasterFiles } from './import-master-files.ts';
import { loadMasterSnapshot } from './load-master-snapshot.ts';
import { masterNames } from './master-names.ts';

for (const engine of testEngines()) {
  test(`[${engine}] masterNames: the names of the month's snapshot, in one query`, async () => {
    const t = await createTestDatabase(engine);
    try {
      await importMasterFiles(t.db, ['data/sample-masters']);
      const all = new Set<string>();
      for (const month of ['2024-06', '2025-05']) for (const kind of MASTER_KINDS) for (const e of (await loadMasterSnapshot(t.db, month)).entries(kind)) all.add(e.code);
      for (const month of ['2024-06', '2024-09', '2025-05']) {
        const snapshot = await loadMasterSnapshot(t.db, month);
        const expected = new Map(MASTER_KINDS.flatMap((kind) => [...snapshot.entries(kind)].map((e) => [e.code, e.name] as const)));
        assert.deepEqual(await masterNames(t.db, [...all, '199999999', '410001110', 'x'], month), new Map([...expected].sort()), month);
      }
      // 医療ＤＸ推進体制整備加算１ is listed from 2024-10-01
      assert.deepEqual(await masterNames(t.db, ['111703470', '112007410'], '2024-09'), new Map([['112007410', '再診料']]));
      assert.deepEqual([...(await masterNames(t.db, ['111703470'], '2024-10')).keys()], ['111703470']);
      assert.deepEqual(await masterNames(t.db, [], '2025-05'), new Map());
    } finally {
      await t.close();
    }
  });
}
