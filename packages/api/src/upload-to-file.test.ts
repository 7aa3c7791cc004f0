/**
 * Uploads are streamed to a private temporary file, refused with 413 past the limit, and the
 * temporary file is gone after the answer, whatever it was (personal data must not linger).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueApiToken } from '@kokuho/store/api-tokens';
import { startTestServer, upload } from './api.test-support.ts';

test('413 past the limit; no temporary file left after any answer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-uploads-'));
  process.env.KOKUHO_UPLOAD_DIR = dir;
  const s = await startTestServer('pglite', 1000);
  try {
    const { secret } = await issueApiToken(s.k, { federation: '13', provider: '1310000017' });
    const big = await upload(s.app, { secret, bytes: 'x'.repeat(5000) });
    assert.equal(big.statusCode, 413);
    assert.equal(JSON.parse(big.body).error.code, 'PAYLOAD_TOO_LARGE');
    const small = await upload(s.app, { secret, bytes: 'IR,2,13,1,0000017,,x,202506,00,\r\n' });
    assert.equal(small.statusCode, 422, small.body);
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    delete process.env.KOKUHO_UPLOAD_DIR;
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
