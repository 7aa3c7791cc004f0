/**
 * 漢方 特別審査 (seed 001, 特別審査の対象 ③ 「漢方 4 千点以上（レセプトの全件数のうち漢方製剤の処方
 * 及び調剤を含むレセプトの件数が過半数を占める医療機関における漢方製剤の処方及び調剤を含む入院外の
 * レセプト）」): only the 入院外 claims with a 漢方製剤 of a provider where most claims carry one.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { readSortingTable } from '@kokuho/core/review';
import { generateMonth } from '@kokuho/synth';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles } from '../intake/intake-files.ts';
import { kampoClaimsOfMonth } from './kampo-claims.ts';
import { sortMonth } from './sort-month.ts';

// ツムラ葛根湯エキス顆粒（医療用）: 薬価基準収載医薬品コード 5200013D1123 in the sample Y master
const KAMPO_IY = 'IY,21,,615101406,7.5,0,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,';

const dir = mkdtempSync(join(tmpdir(), 'kokuho-kampo-'));
generateMonth({ federation: '13', month: '2025-05', claims: 400, outDir: dir, seed: 5, mastersDir: 'data/sample-masters', errorRate: 0 });
after(() => rmSync(dir, { recursive: true, force: true }));

for (const engine of testEngines()) test(`[${engine}] 漢方の医療機関: only its 入院外 claims with a 漢方製剤, and only when they are the majority; 4,000点以上 to 特別審査`, async () => {
  const k = await createTestDatabase(engine);
  try {
    await importMasterFiles(k.db, ['data/sample-masters']);
    await loadRegistryDirectory(k, '13', dir);
    const files = readdirSync(join(dir, 'claims')).sort().map((p) => ({ path: join(dir, 'claims', p, 'RECEIPTC.UKE'), name: `claims/${p}/RECEIPTC.UKE` }));
    await intakeFiles(k, files, { federation: '13', month: '2025-05' });
    assert.equal((await k.withFederation('13', (trx) => kampoClaimsOfMonth(trx, '2025-05'))).size, 0, 'no 漢方 in the generated month');

    // Two medical providers with several claims: A's claims all get 漢方, B's fewer than half.
    const providers = await sql<{ provider_code: string; n: number }>`
      select provider_code, count(*)::int as n from claims where kind = 'medical' and state = 'current' and outcome <> 'returned'
      group by provider_code having count(*) >= 4 order by count(*) desc, provider_code limit 2`.execute(k.db);
    const [a, b] = providers.rows;
    assert.ok(a && b);
    await sql`update claims set body = body || ${`\n${KAMPO_IY}`} where provider_code = ${a.provider_code} and service_month = '2025-05'`.execute(k.db);
    await sql`update claims set body = body || ${`\n${KAMPO_IY}`} where (file_id, seq) in (
      select file_id, seq from claims where provider_code = ${b.provider_code} and service_month = '2025-05' order by seq limit ${Math.floor(b.n / 2)})`.execute(k.db);

    const got = await k.withFederation('13', (trx) => kampoClaimsOfMonth(trx, '2025-05'));
    const expected = await sql<{ file_id: number; seq: number }>`
      select file_id, seq from claims where provider_code = ${a.provider_code} and service_month = '2025-05' and state = 'current' and outcome <> 'returned'
        and right(split_part(split_part(body, E'\n', 1), ',', 3), 1) in ('0', '2', '4', '6', '8')`.execute(k.db);
    assert.ok(expected.rows.length > 0);
    assert.deepEqual([...got].sort(), expected.rows.map((r) => `${r.file_id}|${r.seq}`).sort());

    // 振分 with the repository's table: the 漢方 claims of 4,000 points or more go to 特別審査, those of 3,999 do not
    const keys = [...got].sort();
    const heavy = keys.slice(0, Math.ceil(keys.length / 2));
    for (const key of keys) {
      const [file, seq] = key.split('|').map(Number);
      await sql`update claims set total_points = ${heavy.includes(key) ? 4000 : 3999} where file_id = ${file} and seq = ${seq}`.execute(k.db);
    }
    const table = readSortingTable('review/sorting.csv', readFileSync('review/sorting.csv', 'utf8'));
    assert.ok(table.ok);
    await sortMonth(k, '13', '2025-05', table.value);
    const special = await k.withFederation('13', (trx) => trx.selectFrom('review_items').select(['file_id', 'seq', 'reason']).where('queue', '=', 'special').execute());
    assert.deepEqual(special.filter((r) => r.reason.includes('漢方')).map((r) => `${r.file_id}|${r.seq}`).sort(), heavy);
  } finally {
    await k.dispose();
  }
});
