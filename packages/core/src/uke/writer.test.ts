/**
 * UkeWriter (uke-format.md §1: CP932, CRLF, 0x1A, all fields written; §3 GO totals).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Points } from '../common/money.ts';
import { parseUkeSync } from './parse-uke.ts';
import { isProviderRecord } from './guards.ts';
import { recordFields } from './record-fields.ts';
import { MEDICAL_LAYOUTS } from './medical-layouts.ts';
import { baseLines, concatBytes, errorsOf, fileBytes, rec } from './files.test-support.ts';
import type { ProviderRecord, UkeClaim, UkeEvent } from './types.ts';
import { encodeUke, UkeWriter, writeUke } from './writer.ts';

/** The base file plus an inpatient claim using every other 医科 record (GR MF SJ TI TR TS, TO details). */
function fullLines(): string[] {
  const l = baseLines();
  const go = l.pop()!;
  l.push(
    rec('RE', { 1: '4', 2: '1111', 3: '202504', 4: '田中　一郎', 5: '1', 6: '19600101', 7: '70', 8: '20250401', 9: '0102', 10: '1', 11: '0102', 12: '200', 13: 'C9', 20: '請求情報', 21: '01', 22: '001', 23: '001', 24: '001', 25: '001', 36: 'タナカイチロウ', 37: '001' }),
    rec('HO', { 1: '06130012', 2: '記号', 3: '番号', 4: '30', 5: '1000', 7: '9', 8: '4140', 11: '5000', 12: '1', 13: '10', 14: '100' }),
    rec('MF', { 1: '00' }),
    rec('GR', { 1: '09', 2: '040080xx99x0xx' }),
    rec('SY', { 1: '0000999', 2: '20250401', 3: '1', 5: '未コード化傷病', 6: '01', 7: '補足' }),
    rec('SI', { 1: '90', 2: '1', 3: '190000000', 5: '1000', 6: '1', 7: '850100186', 8: '５０７０４０１' }, { 1: 1 }),
    rec('TO', { 1: '40', 2: '1', 3: '710010000', 4: '2.5', 5: '0', 6: '1', 7: '033', 8: '100.5', 10: 'テスト器材' }, { 1: 1 }),
    rec('SI', { 1: '97', 2: '1', 3: '197000470', 5: '460', 6: '9' }, { 1: 3, 2: 3, 3: 3 }),
    rec('SJ', { 1: '01', 2: '症状詳記テスト' }),
    rec('SJ', { 2: '続き' }),
    rec('TI', { 1: '1', 2: '2', 3: '13', 4: '1', 5: '7654321', 7: '提供病院', 8: '東京都', 9: '03-1234-5678' }),
    rec('TR', { 1: '1', 2: '1991', 3: '202504', 5: '2', 6: '19700101', 8: '20250401' }),
    rec('TS', { 1: '5', 2: '2000' }),
    rec('SY', { 1: '2500013', 2: '20250401', 3: '2' }),
    rec('SI', { 1: '50', 2: '1', 3: '150000000', 5: '2000', 6: '1' }, { 2: 1 }),
  );
  l.push(go.replace('GO,4,870', 'GO,5,1870'));
  return l;
}

const claimsOf = (events: UkeEvent[]): UkeClaim[] => events.flatMap((e) => (e.type === 'claim' ? [e.claim] : []));
const headerOf = (events: UkeEvent[]): ProviderRecord => {
  const h = events[0]!;
  assert.ok(h.type === 'header' && isProviderRecord(h.record));
  return h.record;
};

/** Drops `rawLine` everywhere, so the writer must build every field from typed values. */
function typedOnly<T>(x: T): T {
  return JSON.parse(JSON.stringify(x, (k, v) => (k === 'rawLine' ? undefined : v)));
}

test('the full file parses with no findings and the donor block is typed', () => {
  const events = parseUkeSync(fileBytes(fullLines()), { fileName: 'full' });
  assert.deepEqual(events.flatMap((e) => e.errors), []);
  const c = claimsOf(events)[3]!;
  assert.equal(c.organDonor?.length, 1);
  assert.equal(c.organDonor![0]!.receipts[0]!.ts?.totalPoints, 2000);
  assert.equal(c.organDonor![0]!.receipts[0]!.items.length, 1);
  assert.deepEqual(c.re.wardTypes, ['01', '02']);
  assert.deepEqual(c.re.specialNotes, ['01', '02']);
  assert.equal(c.re.departments.length, 1);
  assert.equal(c.mf?.chargeType, '00');
  assert.equal(c.sj.length, 2);
  assert.deepEqual(c.items[0]!.id === 'SI' && c.items[0]!.comments, [{ code: '850100186', text: '５０７０４０１' }]);
});

test('typed records without raw are written field for field as read (every 医科 record kind)', () => {
  const bytes = fileBytes(fullLines());
  const events = parseUkeSync(bytes, { fileName: 'full' });
  const trailer = events.find((e) => e.type === 'trailer');
  assert.ok(trailer?.type === 'trailer');
  const out = encodeUke({ header: typedOnly(headerOf(events)), claims: typedOnly(claimsOf(events)), trailer: typedOnly(trailer.record) });
  assert.equal(Buffer.from(out).toString('latin1'), Buffer.from(bytes).toString('latin1'));
});

test('GO totals are computed from the claims written', () => {
  const events = parseUkeSync(fileBytes(fullLines()), { fileName: 'full' });
  const w = new UkeWriter();
  const parts = [w.header(headerOf(events)), ...claimsOf(events).map((c) => w.claim(c)), w.trailer()];
  assert.deepEqual(w.totals, { claims: 4, totalCount: 5, totalPoints: 1870 });
  const bytes = concatBytes(parts);
  assert.equal(bytes.at(-1), 0x1a);
  assert.equal(Buffer.from(bytes.subarray(-12)).toString('latin1'), 'GO,5,1870,99\r\n\x1a'.slice(-12));
  assert.deepEqual(errorsOf(bytes), []);
});

test('overriding the totals writes a deliberately wrong file', () => {
  const events = parseUkeSync(fileBytes(baseLines()), { fileName: 'b' });
  const bytes = encodeUke({ header: headerOf(events), claims: claimsOf(events), trailer: { totalCount: 9, totalPoints: 1 as Points } });
  assert.deepEqual(errorsOf(bytes).map((e) => e.code), ['UKE-E060', 'UKE-E061']);
});

test('records() writes any order; options control line ending and EOF', () => {
  const events = parseUkeSync(fileBytes(baseLines()), { fileName: 'b' });
  const c = claimsOf(events)[0]!;
  const w = new UkeWriter({ lineEnding: '\n', eofMarker: false });
  const out = Buffer.from(concatBytes([w.header(headerOf(events)), w.records([c.re, c.sy[0]!, c.ho!]), w.trailer({ totalCount: 1, totalPoints: 420 as Points })]));
  assert.ok(!out.includes(0x0d) && out.at(-1) === 0x0a);
  const codes = errorsOf(out).map((e) => e.code);
  assert.ok(codes.includes('UKE-E005') && codes.includes('UKE-W001') && codes.includes('UKE-W002'));
});

test('writeUke streams one chunk per claim from an async source', async () => {
  const events = parseUkeSync(fileBytes(baseLines()), { fileName: 'b' });
  async function* claims() {
    yield* claimsOf(events);
  }
  const chunks: Uint8Array[] = [];
  for await (const ch of writeUke(headerOf(events), claims())) chunks.push(ch);
  assert.equal(chunks.length, 5);
  assert.ok(Buffer.from(concatBytes(chunks)).equals(Buffer.from(fileBytes(baseLines()))));
});

test('recordFields writes every column of the layout', () => {
  const events = parseUkeSync(fileBytes(fullLines()), { fileName: 'full' });
  for (const c of claimsOf(typedOnly(events))) {
    for (const r of [c.re, c.ho, ...c.ko, ...c.sn, ...c.jd, c.mf, ...c.gr, ...c.sy, ...c.items, ...c.sj]) {
      if (r) assert.equal(recordFields(r).length, MEDICAL_LAYOUTS[r.id].fields.length, r.id);
    }
  }
});
