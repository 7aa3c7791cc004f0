import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import type { Schema } from '../schema.ts';
import { importMasterFiles } from './import-master-files.ts';
import { MasterImportError } from './master-file-reader.ts';
import { findMasterVersions, loadMasterSnapshot } from './load-master-snapshot.ts';

const MASTERS = '../shared/data/masters';
const T_BASE = `${MASTERS}/base/t_ALL20240315.zip`;
const T_CHANGES = ['t_20240531.csv', 't_20240830.csv', 't_20241115.csv', 't_20241129.csv'].map((f) => `${MASTERS}/updates/${f}`);

async function versionsDump(db: Kysely<Schema>): Promise<string[]> {
  const rows = await db
    .selectFrom('master_versions')
    .select(['kind', 'code', 'valid_from', 'valid_to', 'amount100', 'source_file', 'source_line'])
    .orderBy('kind')
    .orderBy('code')
    .orderBy('valid_from')
    .execute();
  return rows.map((r) => JSON.stringify(r));
}

for (const engine of testEngines()) {
  test(`[${engine}] a zipped full file and its change files: versions, snapshot, re-import is a no-op`, async () => {
    const t = await createTestDatabase(engine);
    try {
      const first = await importMasterFiles(t.db, [...T_CHANGES].reverse().concat(T_BASE));
      // Imported base first, then change files by date, whatever order they were given in.
      assert.deepEqual(
        first.files.map((f) => [f.file, f.kind, f.full, f.status, f.rows]),
        [
          ['t_ALL20240315.csv', 'T', true, 'imported', 1334],
          ['t_20240531.csv', 'T', false, 'imported', 9],
          ['t_20240830.csv', 'T', false, 'imported', 14],
          ['t_20241115.csv', 'T', false, 'imported', 3],
          ['t_20241129.csv', 'T', false, 'imported', 12],
        ],
      );
      assert.equal(first.files[0]!.versionsCreated, 1334);
      assert.ok(first.files.every((f) => f.errors.length === 0));
      // t_20240531.csv corrects 9 prices for the day the base already starts them (2024-06-01).
      assert.deepEqual([first.files[1]!.versionsCreated, first.files[1]!.versionsRemoved], [9, 9]);

      const gold = await findMasterVersions(t.db, '710010172');
      assert.deepEqual(
        gold.map((v) => [v.validFrom, v.validTo, v.entry.kind === 'T' && v.entry.price100, `${v.source.file}:${v.source.line}`]),
        [
          ['2024-06-01', '2024-09-01', 923200, 't_20240531.csv:1'],
          ['2024-09-01', '2024-12-01', 1030000, 't_20240830.csv:1'],
          ['2024-12-01', undefined, 1039000, 't_20241129.csv:1'],
        ],
      );
      const sep = await loadMasterSnapshot(t.db, '2024-09');
      assert.equal(sep.device('710010172')?.price100, 1030000);
      assert.equal(sep.device('700010000')?.name, '半切');
      // t_20241115.csv line 1: 729920008 is abolished after 2024-11-30.
      assert.ok((await loadMasterSnapshot(t.db, '2024-11-30')).device('729920008'));
      assert.equal((await loadMasterSnapshot(t.db, '2024-12-01')).device('729920008'), undefined);

      const before = await versionsDump(t.db);
      const again = await importMasterFiles(t.db, [T_BASE, ...T_CHANGES]);
      assert.deepEqual(again.files.map((f) => f.status), ['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
      assert.equal(again.files[0]!.sameAs, 't_ALL20240315.csv');
      assert.deepEqual(await versionsDump(t.db), before);
      const log = await t.db.selectFrom('master_imports').select(['file_name', 'row_count']).orderBy('file_name').execute();
      assert.equal(log.length, 5);
    } finally {
      await t.dispose();
    }
  });

  test(`[${engine}] files in any order across imports give the same versions`, async () => {
    const forward = await createTestDatabase(engine);
    const backward = await createTestDatabase(engine);
    try {
      await importMasterFiles(forward.db, [T_BASE, ...T_CHANGES]);
      // Change files first, one import each: their rows wait for the base, with a warning.
      const orphans = await importMasterFiles(backward.db, [T_CHANGES[1]!]);
      // t_20240830.csv: 9 変更 and 2 廃止 rows need their base; its 3 新規 rows stand alone.
      assert.equal(orphans.files[0]!.errors.length, 11);
      assert.ok(orphans.files[0]!.errors.every((e) => e.code === 'MASTER_PATCH_WITHOUT_BASE' && e.severity === 'warning'));
      for (const f of [T_CHANGES[3]!, T_CHANGES[0]!, T_BASE, T_CHANGES[2]!]) await importMasterFiles(backward.db, [f]);
      assert.deepEqual(await versionsDump(backward.db), await versionsDump(forward.db));
    } finally {
      await forward.dispose();
      await backward.dispose();
    }
  });

  test(`[${engine}] bad rows are reported by file and line; the good rows are imported; a republished file replaces its rows`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kokuho-masters-'));
    const t = await createTestDatabase(engine);
    try {
      const original = readFileSync(`${MASTERS}/updates/t_20240830.csv`);
      // latin1 maps bytes 1:1, so the Shift_JIS bytes of the other lines pass through untouched.
      const text = original.toString('latin1').split('\r\n');
      // Line 2 gets a price that is not a decimal; the file keeps its name.
      text[1] = text[1]!.replace('"8991.00"', '"8,991"');
      const path = join(dir, 't_20240830.csv');
      writeFileSync(path, Buffer.from(text.join('\r\n'), 'latin1'));
      await importMasterFiles(t.db, [T_BASE]);
      const bad = await importMasterFiles(t.db, [path]);
      const f = bad.files[0]!;
      assert.equal(f.rows, 13);
      assert.deepEqual(
        f.errors.map((e) => [e.file, e.line, e.column, e.masterCode, e.code, e.severity]),
        [['t_20240830.csv', 2, 12, '710010173', 'MASTER_DECIMAL_INVALID', 'error']],
      );
      assert.match(f.errors[0]!.message, /項番12「新又は現金額」の値「8,991」/);
      assert.equal((await loadMasterSnapshot(t.db, '2024-09-01')).device('710010172')?.price100, 1030000);

      // The publisher's corrected file under the same name replaces the rows of the bad one.
      copyFileSync(`${MASTERS}/updates/t_20240830.csv`, path);
      const fixed = await importMasterFiles(t.db, [dir]);
      assert.deepEqual([fixed.files[0]!.status, fixed.files[0]!.rows, fixed.files[0]!.errors.length], ['replaced', 14, 0]);
      assert.equal((await loadMasterSnapshot(t.db, '2024-09-01')).device('710010173')?.price100, 899100);
    } finally {
      await t.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`[${engine}] an unknown file name stops the import before anything is written`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kokuho-masters-'));
    const t = await createTestDatabase(engine);
    try {
      const odd = join(dir, 'k.csv');
      writeFileSync(odd, '"0","S","190610001"\r\n');
      await assert.rejects(importMasterFiles(t.db, [T_BASE, odd]), (e: unknown) => {
        assert.ok(e instanceof MasterImportError);
        assert.deepEqual(e.errors.map((x) => [x.code, x.file]), [['MASTER_FILE_NAME_UNKNOWN', odd]]);
        assert.match(e.errors[0]!.message, /ファイル名からマスターの種類と日付を判別できません/);
        return true;
      });
      assert.equal((await t.db.selectFrom('master_imports').select('file_name').execute()).length, 0);
      // Inside a directory, files that are not masters by name are passed over and listed.
      copyFileSync(`${MASTERS}/updates/t_20241115.csv`, join(dir, 't_20241115.csv'));
      const r = await importMasterFiles(t.db, [dir]);
      assert.deepEqual(r.ignored, [odd]);
      assert.deepEqual(r.files.map((f) => f.file), ['t_20241115.csv']);
    } finally {
      await t.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
