import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { importMasterFiles } from './import-master-files.ts';
import { findMasterVersions, listMasterImports, loadMasterSnapshot } from './load-master-snapshot.ts';

// The demo sample shipped in the repository (scripts/make-sample-masters.ts): official rows only.
const SAMPLE = 'data/sample-masters';

for (const engine of testEngines()) {
  test(`[${engine}] the sample master: snapshots of service months`, async () => {
    const t = await createTestDatabase(engine);
    try {
      const r = await importMasterFiles(t.db, [SAMPLE]);
      assert.ok(r.files.length >= 6);
      assert.ok(r.files.every((f) => f.status === 'imported' && f.errors.length === 0), JSON.stringify(r.files.flatMap((f) => f.errors)));
      assert.deepEqual(r.ignored, [`${SAMPLE}/codes.txt`]);

      const june = await loadMasterSnapshot(t.db, '2024-06');
      assert.equal(june.month, '2024-06');
      const shoshin = june.procedure('111000110');
      assert.equal(shoshin?.name, '初診料');
      assert.equal(shoshin?.points100, 29100);
      assert.equal(june.procedure('112007410')?.points100, 7500); // 再診料
      assert.equal(june.drug('610406079')?.price100, 1650); // ガスター散２％ per g
      assert.equal(june.drug('622911101')?.price100, 14790); // ケレンディア錠１０ｍｇ before 2024-07
      assert.equal(june.diagnosis('8833421')?.name, '高血圧症');
      assert.equal(june.modifier('8002')?.name, 'の疑い');
      assert.equal(june.comment('820000001')?.name, '別途コメントあり');
      assert.equal(june.device('700010000')?.price100, 12000);

      const july = await loadMasterSnapshot(t.db, '2024-07');
      assert.equal(july.drug('622911101')?.price100, 14390);
      // 医療ＤＸ推進体制整備加算１ exists from 2024-10-01; 医療情報取得加算１ ends 2024-11-30.
      assert.equal((await loadMasterSnapshot(t.db, '2024-09-30')).procedure('111703470'), undefined);
      const oct = await loadMasterSnapshot(t.db, '2024-10');
      assert.equal(oct.procedure('111703470')?.points100, 1100);
      assert.equal(oct.procedure('111703370')?.name, '医療ＤＸ推進体制整備加算３（初診）');
      assert.equal(oct.drug('610406079')?.selectiveCareClass, '1'); // 選定療養 from 2024-10-01
      assert.equal((await loadMasterSnapshot(t.db, '2024-12')).procedure('111703170'), undefined);

      const versions = await findMasterVersions(t.db, '111703370');
      assert.deepEqual(
        versions.map((v) => [v.validFrom, v.validTo, v.entry.name, `${v.source.file}:${v.source.line}`]),
        [
          ['2024-06-01', '2024-10-01', '医療ＤＸ推進体制整備加算（初診）', 's_ALL20240531.csv:13'],
          ['2024-10-01', '2025-04-01', '医療ＤＸ推進体制整備加算３（初診）', 's_20240906.csv:1'],
          ['2025-04-01', undefined, '医療ＤＸ推進体制整備加算６（初診）', 's_20250307.csv:1'],
        ],
      );
      assert.deepEqual(await findMasterVersions(t.db, '999'), []);
      const log = await listMasterImports(t.db);
      assert.equal(log[0]!.kind, 'B');
      assert.equal(log.length, r.files.length);
      await assert.rejects(loadMasterSnapshot(t.db, '2024-13'), RangeError);
    } finally {
      await t.dispose();
    }
  });
}
