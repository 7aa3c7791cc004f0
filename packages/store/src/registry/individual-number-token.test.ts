import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { parseIndividualNumber } from '@kokuho/core/registry';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { createIndividualNumberTokenizer, KEY_FILE_NAME, loadIndividualNumberKey } from './individual-number-token.ts';
import { findInsuredPersonByToken, insuredPersonToRow, upsertInsuredPersons } from './insured-persons-repository.ts';
import { loadRegistryFixture, registryFixture } from './registry-fixtures.test-support.ts';

const KEY_A = Buffer.alloc(32, 0xa5);
const KEY_B = Buffer.alloc(32, 0x5a);
const NUMBER = '123456789018'; // valid check digit (see core individual-number.test.ts)
const valid = (s: string) => {
  const r = parseIndividualNumber(s);
  assert.ok(r.ok);
  return r.value;
};

test('tokens are stable for the same number and key, differ across numbers and keys, and hide the number', () => {
  const a = createIndividualNumberTokenizer(KEY_A);
  const t1 = a.token(valid(NUMBER));
  assert.match(t1, /^[0-9a-f]{64}$/);
  assert.equal(a.token(valid(NUMBER)), t1);
  assert.equal(createIndividualNumberTokenizer(Buffer.from(KEY_A)).token(valid(NUMBER)), t1);
  assert.notEqual(createIndividualNumberTokenizer(KEY_B).token(valid(NUMBER)), t1);
  assert.notEqual(a.token(valid('000000000000')), t1);
  assert.ok(!t1.includes(NUMBER));
  assert.deepEqual(a.tokenize(` ${NUMBER} `), { ok: true, value: t1 });
  const bad = a.tokenize('123456789012');
  assert.equal(!bad.ok && bad.errors[0]!.code, 'checkDigit');
  assert.equal(!bad.ok && bad.errors[0]!.input, undefined);
  assert.throws(() => createIndividualNumberTokenizer(Buffer.alloc(16)), RangeError);
});

test('the key: KOKUHO_PEPPER when set, else a 0600 key file generated once under the data dir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-key-'));
  try {
    const pepper = 'p'.repeat(40);
    assert.deepEqual(Buffer.from(loadIndividualNumberKey({ env: { KOKUHO_PEPPER: pepper }, dataDir: dir })), Buffer.from(pepper));
    assert.throws(() => loadIndividualNumberKey({ env: { KOKUHO_PEPPER: 'short' }, dataDir: dir }), /at least 32/);

    const k1 = loadIndividualNumberKey({ env: {}, dataDir: join(dir, 'data') });
    const file = join(dir, 'data', KEY_FILE_NAME);
    assert.equal(k1.length, 32);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.match(readFileSync(file, 'utf8'), /^[0-9a-f]{64}\n$/);
    const k2 = loadIndividualNumberKey({ env: {}, dataDir: join(dir, 'data') });
    assert.deepEqual(Buffer.from(k2), Buffer.from(k1), 'the second load reads the same key');
    const other = loadIndividualNumberKey({ env: {}, dataDir: join(dir, 'elsewhere') });
    assert.notDeepEqual(Buffer.from(other), Buffer.from(k1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const engine of testEngines()) {
  test(`[${engine}] a person is found by token; the clear number cannot be stored`, async () => {
    const db = await createTestDatabase(engine);
    try {
      const tokenizer = createIndividualNumberTokenizer(KEY_A);
      const token = tokenizer.token(valid(NUMBER));
      const fx = registryFixture('13');
      const person = { ...fx.persons[0]!, individualNumberToken: token };
      await db.withFederation('13', async (trx) => {
        await loadRegistryFixture(trx, { ...fx, persons: [], periods: [] });
        assert.deepEqual((await upsertInsuredPersons(trx, [person])).rejected, []);
      });
      const found = await db.withFederation('13', (trx) => findInsuredPersonByToken(trx, tokenizer.token(valid(NUMBER))));
      assert.equal(found?.personId, person.personId);
      assert.equal(await db.withFederation('27', (trx) => findInsuredPersonByToken(trx, token)), undefined);

      // The repository refuses a clear number as a typed error…
      const r = await db.withFederation('13', (trx) => upsertInsuredPersons(trx, [{ ...person, individualNumberToken: NUMBER as never }]));
      assert.deepEqual(r.rejected[0]!.errors.map((e) => e.code), ['notToken']);
      // …and the table refuses it even from code that skips the repository.
      const raw = insuredPersonToRow('13', { ...person, personId: '13-RAW', isHouseholder: false, individualNumberToken: NUMBER as never });
      await assert.rejects(db.withFederation('13', (trx) => trx.insertInto('insured_persons').values(raw).execute()), /check constraint/);
      // Nothing anywhere in the table holds the number.
      const leaks = await db.withFederation('13', (trx) => sql<{ n: number }>`select count(*)::int as n from insured_persons p where p::text like ${'%' + NUMBER + '%'}`.execute(trx));
      assert.equal(leaks.rows[0]!.n, 0);
    } finally {
      await db.dispose();
    }
  });
}

