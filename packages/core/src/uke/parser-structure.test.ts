/**
 * Claim structure beyond single codes: organ donor blocks (§2), DPC / 調剤 / 歯科 files (§6),
 * legacy records, multi-volume totals (§1), severity overrides and the check report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkUke } from './check-uke.ts';
import { parseUkeSync } from './parse-uke.ts';
import { baseLines, errorsOf, fileBytes, rec, setField } from './files.test-support.ts';
import type { UkeEvent } from './types.ts';

const codes = (bytes: Uint8Array): string[] => errorsOf(bytes).map((e) => `${e.code}@${e.line}`);

test('KH / NI of older editions are skipped with a warning, not attached', () => {
  const l = baseLines();
  l.splice(3, 0, 'KH,国保連', rec('NI', {}));
  const events = parseUkeSync(fileBytes(l), { fileName: 'k' });
  assert.deepEqual(events.flatMap((e) => e.errors).map((e) => e.code), ['UKE-W003', 'UKE-W003']);
});

test('organ donor block: TS must follow TR, TR needs TI', () => {
  const donor = [
    rec('TI', { 1: '1', 2: '1' }),
    rec('TR', { 1: '1', 2: '1992', 3: '202504', 5: '1', 6: '19700101' }),
    rec('SY', { 1: '2500013', 2: '20250401', 3: '1' }),
    rec('SI', { 1: '50', 2: '1', 3: '150000000', 5: '10', 6: '1' }),
  ];
  const l = baseLines();
  l.splice(12, 0, ...donor); // after claim 1 (no SJ): donor block with TS missing
  assert.deepEqual(codes(fileBytes(l)), ['UKE-E005@14']);
  const l2 = baseLines();
  l2.splice(12, 0, ...donor.slice(1)); // TR without TI
  assert.ok(codes(fileBytes(l2)).includes('UKE-E005@13'));
});

test('DPC records join the claim as fields and make the file kind dpc', async () => {
  const l = baseLines();
  l.splice(5, 0, 'BU,040080xx99x0xx,20250401,,,');
  const bytes = fileBytes(l);
  const events = parseUkeSync(bytes, { fileName: 'd' });
  assert.deepEqual(events.flatMap((e) => e.errors), []);
  const c = events.find((e) => e.type === 'claim');
  assert.ok(c?.type === 'claim');
  assert.deepEqual(c.claim.dpc?.map((r) => r.id), ['BU']);
  assert.equal((await checkUke([bytes], { fileName: 'd' })).kind, 'dpc');
});

test('調剤 (YK) and 歯科 (UK) files are grouped into generic claims', () => {
  const pharmacy = [
    rec('YK', { 1: '2', 2: '13', 3: '4', 4: '1234567', 7: '202505', 8: '00' }),
    'RE,1,4112,202504,山田　太郎,1,19800101',
    'HO,  138057,,１,1,300',
    'IY,1,620000001,1',
    `KI,1,410000110,300,1${',1'}${','.repeat(30)}`,
    'RE,2,4112,202504,鈴木　花子,2,19900101',
    'HO,  138057,,２,1,200',
    'SH,1,1,,,50',
    'CZ,1,0501,0501,1,4,1,,410001110,0,',
    'GO,2,500,99',
  ];
  const events = parseUkeSync(fileBytes(pharmacy), { fileName: 'p' });
  assert.equal((events[0] as Extract<UkeEvent, { type: 'header' }>).kind, 'pharmacy');
  const claims = events.filter((e) => e.type === 'genericClaim');
  assert.equal(claims.length, 2);
  assert.deepEqual(events.flatMap((e) => e.errors), []);

  const dental = [
    'UK,2,13,3,1234567,,歯科医院,202505,,00',
    'IR,2,13,3,1234567,,202505,,',
    'RE,1,3112,202504,山田　太郎,1,19800101',
    'HO,  138057,,１,1,300',
    `SS,11,1,301000110${','.repeat(72)},300,1,1${','.repeat(30)}`,
    'ZZ,1',
    'GO,1,300,99',
  ];
  const d = parseUkeSync(fileBytes(dental), { fileName: 'd' });
  assert.equal((d[0] as Extract<UkeEvent, { type: 'header' }>).kind, 'dental');
  const dc = d.filter((e) => e.type === 'genericClaim');
  assert.equal(dc.length, 1);
  assert.ok(dc[0]!.type === 'genericClaim');
  assert.deepEqual(dc[0]!.claim.records.map((r) => r.id), ['IR', 'RE', 'HO', 'SS']);
  assert.deepEqual(d.flatMap((e) => e.errors).map((e) => e.code), ['UKE-E004']);
});

test('multi-volume: the last volume checks GO against previousVolumes', () => {
  let l = setField(baseLines(), 1, 8, '01'); // second volume
  l = setField(l, 23, 1, '10');
  l = setField(l, 23, 2, '2000');
  const bytes = fileBytes(l);
  assert.deepEqual(codes(bytes), []); // not checkable alone
  const ok = errorsOf(bytes).length;
  assert.equal(ok, 0);
  const withPrev = parseUkeSync(bytes, { fileName: 'v', previousVolumes: { totalCount: 6, totalPoints: 1130 } });
  assert.deepEqual(withPrev.flatMap((e) => e.errors), []);
  const wrong = parseUkeSync(bytes, { fileName: 'v', previousVolumes: { totalCount: 5, totalPoints: 1130 } });
  assert.deepEqual(wrong.flatMap((e) => e.errors).map((e) => e.code), ['UKE-E060']);
});

test('severity overrides: a strict intake makes a missing SY an error', async () => {
  const bytes = fileBytes(baseLines().filter((_, i) => i !== 20));
  const lenient = await checkUke([bytes], { fileName: 's' });
  assert.equal(lenient.valid, true);
  const strict = await checkUke([bytes], { fileName: 's', severity: { 'UKE-E047': 'error' } });
  assert.equal(strict.valid, false);
  assert.equal(strict.errors[0]?.severity, 'error');
});

test('checkUke caps the errors it keeps and counts the rest', async () => {
  const l = baseLines();
  l.splice(12, 0, ...Array.from({ length: 30 }, () => 'ZZ,1'));
  const r = await checkUke([fileBytes(l)], { fileName: 'c', maxErrors: 10 });
  assert.equal(r.errors.length, 10);
  assert.equal(r.truncated, 20);
  assert.equal(r.errorCount, 30);
  assert.equal(r.valid, false);
});

test('an empty input never throws', async () => {
  const r = await checkUke([new Uint8Array(0)], { fileName: 'e' });
  assert.deepEqual(r.errors.map((e) => e.code), ['UKE-E001', 'UKE-E002', 'UKE-W002']);
  const junk = await checkUke([Uint8Array.from([0xff, 0x2c, 0x22, 0x0a, 0x1a, 0x00])], { fileName: 'j' });
  assert.equal(junk.valid, false);
});
