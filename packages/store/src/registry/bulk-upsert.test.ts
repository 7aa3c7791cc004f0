import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EligibilityPeriod, Household, InsuredPerson } from '@kokuho/core/registry';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { chunksOf, lastPerKey, PG_MAX_PARAMETERS, rowsPerStatement } from './batches.ts';
import { upsertEligibilityPeriods } from './eligibility-repository.ts';
import { upsertHouseholds } from './households-repository.ts';
import { findInsuredPerson, upsertInsuredPersons } from './insured-persons-repository.ts';
import { loadRegistryFixture, registryFixture } from './registry-fixtures.test-support.ts';
import { analyzeRegistryTables } from './registry-maintenance.ts';

test('rows per statement stay under PostgreSQL\'s 65,535 bind parameters', () => {
  const rows: [columns: number, expected: number][] = [
    [14, 1000], // insured_persons
    [10, 1000], // eligibility_periods
    [65, 1000],
    [66, 992],
    [100, 655],
    [70_000, 1],
  ];
  for (const [columns, expected] of rows) {
    assert.equal(rowsPerStatement(columns), expected, String(columns));
    assert.ok(expected === 1 || expected * columns <= PG_MAX_PARAMETERS);
  }
  assert.deepEqual([...chunksOf([1, 2, 3, 4, 5], 2)], [[1, 2], [3, 4], [5]]);
  assert.deepEqual(lastPerKey([{ k: 'a', v: 1 }, { k: 'b', v: 2 }, { k: 'a', v: 3 }], (r) => r.k), [{ k: 'b', v: 2 }, { k: 'a', v: 3 }]);
});

for (const engine of testEngines()) {
  test(`[${engine}] bulk upsert across statement batches: inserts, then updates, last row of a key wins`, async () => {
    const db = await createTestDatabase(engine);
    try {
      const fx = registryFixture('13');
      const insurer = fx.insurers[0]!.number;
      const N = 2_500; // three statements of ≤ 1,000 rows
      const households: Household[] = Array.from({ length: N / 5 }, (_, i) => ({ insurerNumber: insurer, householdNumber: `H${i}`, householderName: undefined }));
      const persons: InsuredPerson[] = Array.from({ length: N }, (_, i) => ({
        ...fx.persons[0]!,
        personId: `13-B${String(i).padStart(6, '0')}`,
        card: { symbol: '77', number: String(100000 + Math.floor(i / 5)), branch: String((i % 5) + 1).padStart(2, '0') },
        householdNumber: `H${Math.floor(i / 5)}`,
        isHouseholder: i % 5 === 0,
      }));
      const periods: EligibilityPeriod[] = persons.map((p) => ({ personId: p.personId, insurerNumber: insurer, card: p.card, acquiredOn: '2024-04-01', lostOn: undefined, acquireReason: 'moveIn', loseReason: undefined }));

      await db.withFederation('13', async (trx) => {
        await loadRegistryFixture(trx, { ...fx, households: [], persons: [], periods: [] });
        assert.deepEqual(await upsertHouseholds(trx, households), { written: N / 5, rejected: [] });
        assert.deepEqual(await upsertInsuredPersons(trx, persons), { written: N, rejected: [] });
        assert.deepEqual(await upsertEligibilityPeriods(trx, periods), { written: N, rejected: [] });
      });
      await analyzeRegistryTables(db.db);

      // The same load again, renamed, with one person twice: updates in place, the later row wins.
      const renamed = persons.map((p) => ({ ...p, name: `${p.name} 改` }));
      renamed.push({ ...renamed[7]!, name: '最後の行' });
      const r = await db.withFederation('13', (trx) => upsertInsuredPersons(trx, renamed));
      assert.deepEqual(r, { written: N, rejected: [] });
      const counts = await db.withFederation('13', async (trx) => ({
        persons: (await trx.selectFrom('insured_persons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
        periods: (await trx.selectFrom('eligibility_periods').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      }));
      assert.deepEqual(counts, { persons: N, periods: N });
      assert.equal((await db.withFederation('13', (trx) => findInsuredPerson(trx, persons[7]!.personId)))?.name, '最後の行');
      assert.equal((await db.withFederation('13', (trx) => findInsuredPerson(trx, persons[8]!.personId)))?.name, `${persons[8]!.name} 改`);

      // Re-sending the periods changes nothing and overlaps nothing: they replace themselves.
      const again = await db.withFederation('13', (trx) => upsertEligibilityPeriods(trx, periods));
      assert.deepEqual(again, { written: N, rejected: [] });
    } finally {
      await db.dispose();
    }
  });
}
