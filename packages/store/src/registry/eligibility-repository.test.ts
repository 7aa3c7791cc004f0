import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eligibilityMessage, type EligibilityPeriod } from '@kokuho/core/registry';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { deleteEligibilityPeriod, eligibilityPeriodsOf, findEligibility, upsertEligibilityPeriods } from './eligibility-repository.ts';
import { upsertInsuredPersons } from './insured-persons-repository.ts';
import { upsertInsurers } from './insurers-repository.ts';
import { loadRegistryFixture, municipalInsurerNumber, registryFixture } from './registry-fixtures.test-support.ts';

// Story (as in the core's eligibility-resolution test): 13-P1 is covered by 市 A from 2019-04-01,
// moves within Tokyo to 市 B on 2022-10-01, and joins an employer's plan on 2024-06-01.
const A = municipalInsurerNumber('13', '001');
const B = municipalInsurerNumber('13', '002');
const period = (personId: string, insurerNumber: string, number: string, branch: string, acquiredOn: string, lostOn?: string): EligibilityPeriod => ({
  personId,
  insurerNumber,
  card: { symbol: '12', number, branch },
  acquiredOn,
  lostOn,
  acquireReason: 'moveIn',
  loseReason: lostOn ? 'moveOut' : undefined,
});

for (const engine of testEngines()) {
  test(`[${engine}] eligibility periods: overlaps refused, lookups explained`, async (t) => {
    const db = await createTestDatabase(engine);
    try {
      const fx = registryFixture('13');
      await db.withFederation('13', async (trx) => {
        await loadRegistryFixture(trx, { ...fx, periods: [] });
        const b = { ...fx.insurers[0]!, number: B, name: '13 市B国保' };
        assert.deepEqual((await upsertInsurers(trx, [b])).rejected, []);
      });
      const P1 = fx.persons[0]!.personId, P2 = fx.persons[1]!.personId;

      await t.test('overlaps inside one input are refused on both sides; the rest is written', async () => {
        const r = await db.withFederation('13', (trx) =>
          upsertEligibilityPeriods(trx, [
            period(P1, A, '3456', '01', '2019-04-01', '2022-10-01'),
            period(P1, B, '9000', '01', '2022-10-01', '2024-06-01'), // contiguous: fine
            period(P2, A, '3456', '02', '2020-01-01', '2021-01-01'),
            period(P2, A, '3456', '02', '2020-12-31'), // overlaps the previous one by a day
          ]),
        );
        assert.equal(r.written, 2);
        assert.deepEqual(r.rejected.map((x) => [x.index, x.errors.map((e) => e.code)]), [[2, ['periodOverlap']], [3, ['periodOverlap']]]);
      });

      await t.test('a period overlapping a stored one is refused', async () => {
        const r = await db.withFederation('13', (trx) => upsertEligibilityPeriods(trx, [period(P1, B, '9000', '01', '2024-05-01')]));
        assert.equal(r.written, 0);
        assert.equal(r.rejected[0]!.errors[0]!.code, 'periodOverlap');
        assert.equal(r.rejected[0]!.errors[0]!.message, '資格取得年月日: 同じ被保険者の資格期間が重複しています');
      });

      await t.test('a batch that ends a stored period and starts the next is applied as a whole', async () => {
        const r = await db.withFederation('13', (trx) =>
          upsertEligibilityPeriods(trx, [period(P2, A, '3456', '02', '2021-06-01'), period(P2, A, '3456', '02', '2020-01-01', '2021-01-01')]),
        );
        assert.deepEqual(r.rejected, []);
        const r2 = await db.withFederation('13', (trx) =>
          // close 2021-06-01's period on 2023-04-01 and open a new one that day, newer row first
          upsertEligibilityPeriods(trx, [
            period(P2, A, '3456', '02', '2023-04-01'),
            { ...period(P2, A, '3456', '02', '2021-06-01', '2023-04-01'), loseReason: 'other' },
          ]),
        );
        assert.deepEqual(r2.rejected, []);
        assert.equal(r2.written, 2);
        const all = await db.withFederation('13', (trx) => eligibilityPeriodsOf(trx, P2));
        assert.deepEqual(all.map((p) => [p.acquiredOn, p.lostOn ?? null]), [['2020-01-01', '2021-01-01'], ['2021-06-01', '2023-04-01'], ['2023-04-01', null]]);
      });

      await t.test('rows of unknown persons or insurers are refused as notRegistered, others written', async () => {
        const r = await db.withFederation('13', (trx) =>
          upsertEligibilityPeriods(trx, [period('13-NOBODY', A, '1', '01', '2020-01-01'), period(P1, '132993', '1', '01', '2030-01-01'), period(P1, A, 'x', '', '2019-04-01', '2019-04-01')]),
        );
        assert.equal(r.written, 0);
        assert.deepEqual(r.rejected.map((x) => x.errors.map((e) => `${e.field}:${e.code}`)), [['personId:notRegistered'], ['insurerNumber:notRegistered'], ['lostOn:periodReversed']]);
      });

      await t.test('lookups by insurer + card + day, card in any width', async () => {
        const rows: [insurer: string, symbol: string, number: string, branch: string | undefined, on: string, expected: string][] = [
          [A, '１２', '３４５６', '０１', '2020-01-01', '資格あり'],
          [` ${A}`, '12', '3456', '01', '2022-09-30', '資格あり'],
          [A, '12', '3456', '01', '2022-10-01', `受診日に他の保険者の資格があります（保険者番号 ${B}）`],
          [B, '12', '9000', '01', '2024-06-01', '資格喪失後の受診です（喪失日 令和6年6月1日）'],
          [A, '12', '3456', '02', '2021-03-01', '資格喪失後の受診です（喪失日 令和3年1月1日）'],
          [A, '12', '3456', '02', '2019-12-31', '資格取得日より前の受診です（取得日 令和2年1月1日）'],
          [A, '12', '3456', undefined, '2020-06-01', '枝番がないため被保険者を特定できません'],
          [A, '12', '3456', '03', '2020-06-01', '該当する被保険者が資格台帳にありません'],
          [B, '12', '3456', '01', '2020-06-01', '該当する被保険者が資格台帳にありません'],
        ];
        for (const [insurerNumber, symbol, number, branch, on, expected] of rows) {
          const o = await db.withFederation('13', (trx) => findEligibility(trx, { insurerNumber, card: { symbol, number, branch }, on }));
          assert.equal(eligibilityMessage(o), expected, `${insurerNumber} ${number}-${branch} ${on}`);
        }
        // Another federation does not see 13's persons at all.
        const other = await db.withFederation('27', (trx) => findEligibility(trx, { insurerNumber: A, card: { symbol: '12', number: '3456', branch: '01' }, on: '2020-01-01' }));
        assert.deepEqual(other, { eligible: false, reason: 'notFound' });
      });

      await t.test('a corrected 取得日: delete, then upsert', async () => {
        assert.equal(await db.withFederation('13', (trx) => deleteEligibilityPeriod(trx, P2, '2023-04-01')), true);
        assert.equal(await db.withFederation('13', (trx) => deleteEligibilityPeriod(trx, P2, '2023-04-01')), false);
        const r = await db.withFederation('13', (trx) => upsertEligibilityPeriods(trx, [period(P2, A, '3456', '02', '2023-05-01')]));
        assert.deepEqual(r.rejected, []);
      });

      await t.test('concurrent loads cannot interleave overlapping periods of one person', async () => {
        const P3 = '13-P3';
        await db.withFederation('13', (trx) => upsertInsuredPersons(trx, [{ ...fx.persons[0]!, personId: P3, isHouseholder: false }]));
        const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
        const first = db.withFederation('13', async (trx) => {
          const r = await upsertEligibilityPeriods(trx, [period(P3, A, '777', '01', '2020-01-01')]);
          await sleep(150); // hold the person lock while the second load starts
          return r;
        });
        await sleep(30);
        const second = db.withFederation('13', (trx) => upsertEligibilityPeriods(trx, [period(P3, B, '888', '01', '2021-01-01')]));
        const [r1, r2] = await Promise.all([first, second]);
        assert.equal(r1.written, 1);
        assert.equal(r2.written, 0);
        assert.equal(r2.rejected[0]!.errors[0]!.code, 'periodOverlap');
        assert.equal((await db.withFederation('13', (trx) => eligibilityPeriodsOf(trx, P3))).length, 1);
      });
    } finally {
      await db.dispose();
    }
  });
}
