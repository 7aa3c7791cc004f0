import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { generateMonth } from '@kokuho/synth';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import type { KokuhoDb } from '../db/database.ts';
import { findEligibility } from './eligibility-repository.ts';
import { loadRegistryDirectory, type RegistryLoadReport } from './load-registry-directory.ts';
import { REGISTRY_TABLES } from './registry-maintenance.ts';

// A small generated month (seed 1): its eligibility file has a 社保加入 喪失, which insured.csv shows as well.
const root = mkdtempSync(join(tmpdir(), 'kokuho-load-registry-'));
after(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'month');
generateMonth({ federation: '13', month: '2025-05', claims: 500, outDir: dir, seed: 1, mastersDir: 'data/sample-masters' });

/** Data lines of a CSV as arrays of values (the generator quotes no value of these columns). */
const rows = (path: string): string[][] => readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(','));
const count = (file: string) => rows(join(dir, 'registry', file)).length;
const insured = rows(join(dir, 'registry/insured.csv'));
const INSURED = { personId: 0, insurerNumber: 2, cardSymbol: 3, cardNumber: 4, cardBranch: 5, birthDate: 9, lostOn: 15, loseReason: 17 };

// The 喪失 with nothing after it: findEligibility must answer "lost" from its date on.
const lossEvent = rows(join(dir, 'eligibility/131359.csv')).find((r) => r[1] === '喪失' && ['death', 'joinedEmployeeInsurance', 'welfareStarted'].includes(r[11]!));
assert.ok(lossEvent, 'the generated month has a 喪失 event');
const [lossInsurer, , lossDate, lossPerson, , symbol, number, branch] = lossEvent;

async function snapshot(k: KokuhoDb): Promise<string> {
  const out: unknown[] = [];
  for (const t of REGISTRY_TABLES) out.push((await sql`select * from ${sql.table(t)} order by 1, 2, 3`.execute(k.db)).rows);
  return JSON.stringify(out);
}

function assertLoadedEverything(r: RegistryLoadReport): void {
  assert.equal(r.found, true);
  const t = r.tables;
  assert.deepEqual(
    Object.fromEntries(Object.entries(t).map(([name, x]) => [name, [x.read, x.written, x.rejectedCount]])),
    {
      insurers: [count('insurers.csv'), count('insurers.csv'), 0],
      providers: [count('providers.csv'), count('providers.csv'), 0],
      publicExpensePrograms: [count('public-expense-recipients.csv'), new Set(rows(join(dir, 'registry/public-expense-recipients.csv')).map((x) => x[3])).size, 0],
      households: [count('households.csv'), count('households.csv'), 0],
      insuredPersons: [new Set(insured.map((x) => x[0])).size, new Set(insured.map((x) => x[0])).size, 0],
      eligibilityPeriods: [insured.length, insured.length, 0],
    },
  );
  assert.deepEqual([r.events.read, r.events.applied, r.events.rejectedCount], [1, 1, 0]);
}

for (const engine of testEngines()) {
  test(`[${engine}] loadRegistryDirectory: a generated month and its events, loaded twice`, async (t) => {
    const k = await createTestDatabase(engine);
    try {
      await t.test('every row of every file is loaded; the 喪失 person is lost from the 喪失日', async () => {
        const r = await loadRegistryDirectory(k, '13', dir);
        assertLoadedEverything(r);
        const counts = await k.withFederation('13', async (trx) =>
          Promise.all(REGISTRY_TABLES.map(async (table) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(trx)).rows[0]!.n))),
        );
        assert.deepEqual(counts, [r.tables.insurers.written, r.tables.providers.written, r.tables.households.written, r.tables.insuredPersons.written, r.tables.eligibilityPeriods.written, r.tables.publicExpensePrograms.written]);
        const card = { symbol, number: number!, branch };
        const before = await k.withFederation('13', (trx) => findEligibility(trx, { insurerNumber: lossInsurer!, card, on: '2025-05-01' }));
        assert.equal(before.eligible, true);
        const lost = await k.withFederation('13', (trx) => findEligibility(trx, { insurerNumber: lossInsurer!, card, on: lossDate! }));
        assert.ok(!lost.eligible && lost.reason === 'lost' && lost.lostOn === lossDate && lost.period.personId === lossPerson, JSON.stringify(lost));
      });

      await t.test('loading the same directory again changes no row and reports no error', async () => {
        const first = await snapshot(k);
        const r = await loadRegistryDirectory(k, '13', dir);
        assertLoadedEverything(r);
        assert.equal(r.events.periodsWritten, 0);
        assert.equal(await snapshot(k), first);
      });

      await t.test('a directory without registry/ or eligibility/ is not found', async () => {
        const r = await loadRegistryDirectory(k, '13', join(root, 'nothing-here'));
        assert.equal(r.found, false);
        assert.equal(r.tables.insurers.read, 0);
      });
    } finally {
      await k.dispose();
    }
  });

  test(`[${engine}] loadRegistryDirectory: a bad row is reported with file and line, the rest loaded; events close what insured.csv leaves open`, async () => {
    const copy = join(root, `copy-${engine}`);
    cpSync(dir, copy, { recursive: true });
    // One person with a single row gets an impossible birth date; the 喪失 person's period is left open.
    const lines = readFileSync(join(copy, 'registry/insured.csv'), 'utf8').split('\n');
    const single = lines.findIndex((l, i) => i > 0 && l !== '' && insured.filter((x) => x[0] === l.split(',')[0]).length === 1 && l.split(',')[0] !== lossPerson);
    const bad = lines[single]!.split(',');
    bad[INSURED.birthDate] = '2025-02-30';
    lines[single] = bad.join(',');
    const open = lines.findIndex((l) => l.startsWith(`${lossPerson},`) && l.split(',')[INSURED.lostOn] === lossDate);
    const reopened = lines[open]!.split(',');
    reopened[INSURED.lostOn] = '';
    reopened[INSURED.loseReason] = '';
    lines[open] = reopened.join(',');
    writeFileSync(join(copy, 'registry/insured.csv'), lines.join('\n'));
    // A change file that is not one at all only costs its own line.
    writeFileSync(join(copy, 'eligibility/131391.csv'), 'insurerNumber,event,eventDate,personId,householdId,cardSymbol,cardNumber,cardBranch,previousCardSymbol,previousCardNumber,previousCardBranch,reason,reasonLabel,name,birthDate\n131391,取得,2025-05-40,P1,H1,1,2,01,,,,birth,出生,,\n');

    const k = await createTestDatabase(engine);
    try {
      const r = await loadRegistryDirectory(k, '13', copy);
      const line = single + 1;
      for (const table of [r.tables.insuredPersons, r.tables.eligibilityPeriods]) {
        assert.equal(table.rejectedCount, 1);
        assert.equal(table.rejected[0]!.file, 'registry/insured.csv');
        assert.equal(table.rejected[0]!.line, line);
        assert.match(table.rejected[0]!.message, /生年月日: 日付が正しくありません/);
      }
      assert.equal(r.tables.eligibilityPeriods.written, insured.length - 1);
      assert.equal(r.tables.insuredPersons.written, new Set(insured.map((x) => x[0])).size - 1);
      assert.equal(r.tables.households.written, count('households.csv'));
      assert.deepEqual(r.events.rejected, [{ file: 'eligibility/131391.csv', line: 2, message: '異動年月日: 日付が正しくありません（YYYY-MM-DD）: 2025-05-40' }]);
      assert.deepEqual([r.events.read, r.events.applied, r.events.periodsWritten], [2, 1, 1]);
      const lost = await k.withFederation('13', (trx) => findEligibility(trx, { insurerNumber: lossInsurer!, card: { symbol, number: number!, branch }, on: lossDate! }));
      assert.ok(!lost.eligible && lost.reason === 'lost' && lost.lostOn === lossDate, JSON.stringify(lost));
    } finally {
      await k.dispose();
    }
  });
}
