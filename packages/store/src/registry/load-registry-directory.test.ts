import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { checkDigitOf } from '@kokuho/core/registry';
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
const INSURED = { personId: 0, householdId: 1, insurerNumber: 2, cardSymbol: 3, cardNumber: 4, cardBranch: 5, birthDate: 9, acquiredOn: 14, lostOn: 15, acquireReason: 16, loseReason: 17 };

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

  test(`[${engine}] loadRegistryDirectory: insured.csv in any order resolves every household`, async () => {
    // Persons sorted by the last digit of their id: the members of a household end up far apart
    // (P1 of H1, P2 of H2, …, P3 of H1 again), each person's own rows staying together.
    const copy = copyOf(`shuffled-${engine}`);
    const [header, ...data] = readFileSync(join(copy, 'registry/insured.csv'), 'utf8').split('\n').filter(Boolean);
    const shuffled = data.map((l, i) => ({ l, i, id: l.split(',')[INSURED.personId]! })).sort((a, b) => a.id.slice(-1).localeCompare(b.id.slice(-1)) || a.id.localeCompare(b.id) || a.i - b.i);
    const households = shuffled.map((x) => x.l.split(',')[INSURED.householdId]);
    assert.ok(households.some((h, i) => households.indexOf(h) < i - 1 && households[i - 1] !== h), 'some household comes back after another one');
    writeFileSync(join(copy, 'registry/insured.csv'), [header, ...shuffled.map((x) => x.l), ''].join('\n'));

    const k = await createTestDatabase(engine);
    try {
      assertLoadedEverything(await loadRegistryDirectory(k, '13', dir));
      const before = await snapshot(k);
      // The same persons with the same 世帯番号: nothing changes.
      assertLoadedEverything(await loadRegistryDirectory(k, '13', copy));
      assert.equal(await snapshot(k), before);
    } finally {
      await k.dispose();
    }
  });

  test(`[${engine}] loadRegistryDirectory: a person refused for a missing household takes their periods with them`, async () => {
    // A person already stored; the new file gives them a second period (記号番号変更 on 2025-05-10) and
    // names a household that households.csv lacks. Neither the person nor any period of theirs may be written.
    const person = latestRows()[0]!;
    const id = person[INSURED.personId]!;
    const copy = copyOf(`missing-household-${engine}`);
    const lines = readFileSync(join(copy, 'registry/insured.csv'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${id},`));
    const before = lines[at]!.split(',');
    before[INSURED.householdId] = 'H999999999';
    const after = [...before];
    before[INSURED.lostOn] = '2025-05-10';
    before[INSURED.loseReason] = 'other';
    after[INSURED.acquiredOn] = '2025-05-10';
    after[INSURED.acquireReason] = 'other';
    after[INSURED.cardSymbol] = '9999';
    lines.splice(at, 1, before.join(','), after.join(','));
    writeFileSync(join(copy, 'registry/insured.csv'), lines.join('\n'));
    const theirs = [at + 1, at + 2];

    const k = await createTestDatabase(engine);
    try {
      assertLoadedEverything(await loadRegistryDirectory(k, '13', dir));
      const stored = await snapshot(k);
      const r = await loadRegistryDirectory(k, '13', copy);
      const missing = `世帯ID: registry/households.csv に保険者 ${person[INSURED.insurerNumber]} の世帯 H999999999 がありません`;
      assert.deepEqual(r.tables.insuredPersons.rejected, [{ file: 'registry/insured.csv', line: at + 2, message: missing }]);
      assert.deepEqual(
        r.tables.eligibilityPeriods.rejected.map((x) => [x.file, x.line]).sort((a, b) => Number(a[1]) - Number(b[1])),
        theirs.map((n) => ['registry/insured.csv', n]),
      );
      for (const x of r.tables.eligibilityPeriods.rejected) assert.equal(x.message, `個人ID ${id} の被保険者が取り込まれないため、この資格も取り込みません: ${missing}`);
      assert.equal(r.tables.eligibilityPeriods.written, insured.length - 1);
      assert.equal(r.tables.insuredPersons.written, new Set(insured.map((x) => x[0])).size - 1);
      assert.equal(await snapshot(k), stored, 'the stored person and periods are left as they were');
    } finally {
      await k.dispose();
    }
  });

  test(`[${engine}] loadRegistryDirectory: a person's events are applied all together or not at all`, async () => {
    const [a, b] = latestRows().filter((r) => r[INSURED.insurerNumber]!.length === 6 && r[INSURED.acquiredOn]! < '2025-05-10');
    assert.ok(a && b, 'two 国保 persons covered through May');
    // An unregistered 後期 insurer of the federation.
    const insurers = new Set(rows(join(dir, 'registry/insurers.csv')).map((x) => x[0]));
    const unregistered = `3913999${checkDigitOf('3913999')}`;
    assert.ok(!insurers.has(unregistered));
    const ev = (insurer: string, event: string, date: string, p: string[], card: string[], reason: string) =>
      [insurer, event, date, p[INSURED.personId], p[INSURED.householdId], ...card, '', '', '', reason, '', '', ''].join(',');
    const cardOf = (p: string[]) => [p[INSURED.cardSymbol]!, p[INSURED.cardNumber]!, p[INSURED.cardBranch]!];
    const copy = copyOf(`events-${engine}`);
    const file = 'eligibility/zz-test.csv';
    writeFileSync(
      join(copy, file),
      [
        'insurerNumber,event,eventDate,personId,householdId,cardSymbol,cardNumber,cardBranch,previousCardSymbol,previousCardNumber,previousCardBranch,reason,reasonLabel,name,birthDate',
        // 75歳到達 into a 後期 insurer that is not registered: the 国保 period must not be closed.
        ev(a[INSURED.insurerNumber]!, '喪失', '2025-05-20', a, cardOf(a), 'lateElderlyTransition'),
        ev(unregistered, '取得', '2025-05-20', a, ['', '09999999', ''], 'ageReached'),
        // A 喪失 that applies, with a 取得 that contradicts the stored periods: the 喪失 is not written either.
        ev(b[INSURED.insurerNumber]!, '喪失', '2025-05-20', b, cardOf(b), 'joinedEmployeeInsurance'),
        ev(b[INSURED.insurerNumber]!, '取得', '2025-05-10', b, [b[INSURED.cardSymbol]!, '9999999', b[INSURED.cardBranch]!], 'birth'),
        '',
      ].join('\n'),
    );

    const k = await createTestDatabase(engine);
    try {
      const r = await loadRegistryDirectory(k, '13', copy);
      assert.deepEqual([r.events.read, r.events.applied, r.events.periodsWritten, r.events.rejectedCount], [5, 1, 0, 4]);
      const byLine = new Map(r.events.rejected.map((x) => [x.line, x]));
      assert.deepEqual([...byLine.values()].map((x) => x.file), [file, file, file, file]);
      for (const line of [2, 3]) assert.match(byLine.get(line)!.message, new RegExp(`^異動の結果の資格を登録できないため、この被保険者の異動は取り込みません: .*${unregistered}`));
      assert.match(byLine.get(5)!.message, /^取得日（2025-05-10）以後に有効な資格があります/);
      assert.match(byLine.get(4)!.message, new RegExp(`^同じ被保険者の異動（${file} 5行）が取り込めないため、取り込みません: 取得日`));
      for (const p of [a, b]) {
        const card = { symbol: p[INSURED.cardSymbol]!, number: p[INSURED.cardNumber]!, branch: p[INSURED.cardBranch]! };
        const found = await k.withFederation('13', (trx) => findEligibility(trx, { insurerNumber: p[INSURED.insurerNumber]!, card, on: '2025-05-25' }));
        assert.equal(found.eligible, true, `${p[INSURED.personId]} keeps the coverage: ${JSON.stringify(found)}`);
      }
    } finally {
      await k.dispose();
    }
  });
}

function copyOf(name: string): string {
  const copy = join(root, name);
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** Each person's latest row of insured.csv, for persons still covered (open latest period), the 喪失 person left out. */
function latestRows(): string[][] {
  const latest = new Map<string, string[]>();
  for (const r of insured) if (!latest.has(r[0]!) || latest.get(r[0]!)![INSURED.acquiredOn]! <= r[INSURED.acquiredOn]!) latest.set(r[0]!, r);
  return [...latest.values()].filter((r) => r[INSURED.lostOn] === '' && r[0] !== lossPerson && r[INSURED.acquiredOn]! < '2025-05-20');
}
