import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { hashApiSecret, issueApiToken, revokeApiToken, verifyApiToken } from './api-tokens-repository.ts';

for (const engine of testEngines()) {
  test(`[${engine}] api tokens: issue, verify, revoke; only the hash is stored`, async () => {
    const k = await createTestDatabase(engine);
    try {
      const a = await issueApiToken(k, { federation: '13', provider: '1310000017', label: '東京クリニック 請求端末' });
      assert.match(a.secret, /^kk_[A-Za-z0-9_-]{43}$/);
      assert.match(a.tokenId, /^13-[0-9a-f]{16}$/);
      assert.deepEqual(await verifyApiToken(k, a.secret), { federation: '13', provider: '1310000017', role: 'provider', tokenId: a.tokenId });

      const rows = await k.db.selectFrom('api_tokens').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.token_hash, hashApiSecret(a.secret));
      assert.ok(!JSON.stringify(rows).includes(a.secret.slice(3)), 'the secret is not stored');

      assert.equal(await verifyApiToken(k, `${a.secret.slice(0, -1)}${a.secret.endsWith('A') ? 'B' : 'A'}`), undefined);
      assert.equal(await verifyApiToken(k, ''), undefined);
      assert.equal(await verifyApiToken(k, hashApiSecret(a.secret)), undefined, 'the stored hash is no credential');

      assert.equal(await revokeApiToken(k, a.tokenId), true);
      assert.equal(await revokeApiToken(k, a.tokenId), false, 'already revoked');
      assert.equal(await revokeApiToken(k, '27-0000000000000000'), false);
      assert.equal(await verifyApiToken(k, a.secret), undefined);
    } finally {
      await k.dispose();
    }
  });

  test(`[${engine}] api tokens are tenant rows: a provider of another prefecture is refused, 27 cannot see 13's tokens`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await assert.rejects(issueApiToken(k, { federation: '13', provider: '2710000019' }), RangeError);
      await assert.rejects(issueApiToken(k, { federation: '13', provider: '131000001' }), RangeError);
      const a = await issueApiToken(k, { federation: '13', provider: '1310000017' });
      await issueApiToken(k, { federation: '27', provider: '2710000019' });
      const seen = await k.withFederation('27', (trx) => trx.selectFrom('api_tokens').select(['federation_code', 'token_id']).execute());
      assert.deepEqual(seen.map((r) => r.federation_code), ['27']);
      const moved = await k.withFederation('27', (trx) => trx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('token_id', '=', a.tokenId).executeTakeFirst());
      assert.equal(Number(moved.numUpdatedRows), 0);
      assert.equal((await verifyApiToken(k, a.secret))?.federation, '13');
    } finally {
      await k.dispose();
    }
  });
}
