/**
 * One mutation of the (finding-free) base file per error code: the mutated file must report that
 * code — and only that code — at the expected line. Spec references: 記録条件仕様（医科用）令和4年4月版
 * 第1章3 and uke-format.md (§ numbers in each row).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { UKE_ERROR_CODES, UKE_ERROR_MESSAGES, type UkeErrorCode } from './error-codes.ts';
import { baseLines, concatBytes, errorsOf, fileBytes, rec, setField } from './files.test-support.ts';

interface Case {
  code: UkeErrorCode;
  spec: string;
  bytes: () => Uint8Array;
  /** Line where the code must be reported (0 = file level) */
  line: number;
}

const base = baseLines;
const file = (lines: string[]): Uint8Array => fileBytes(lines);
const insert = (at: number, ...added: string[]): string[] => {
  const l = base();
  l.splice(at - 1, 0, ...added);
  return l;
};
/** Base file with raw bytes replacing the 文字データ of the CO record (line 11). */
const coTextBytes = (bytes: number[]): Uint8Array => {
  const l = base();
  const [before, after] = [l.slice(0, 10), l.slice(11)];
  const enc = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'cp932'));
  return concatBytes([
    fileBytes(before, { eof: false }),
    enc('CO,,1,810000001,テ'),
    Uint8Array.from(bytes),
    enc('スト\r\n'),
    fileBytes(after),
  ]);
};

const CASES: Case[] = [
  { code: 'UKE-E001', spec: '§2 IR first', bytes: () => file(base().slice(1)), line: 1 },
  { code: 'UKE-E002', spec: '§2 GO last', bytes: () => file(base().slice(0, -1)), line: 0 },
  { code: 'UKE-E003', spec: '§2 GO last', bytes: () => file([...base(), rec('SY', { 1: '2500013', 2: '20250401', 3: '1' })]), line: 24 },
  { code: 'UKE-E004', spec: '§2 record ids', bytes: () => file(insert(7, 'ZZ,1,2')), line: 7 },
  { code: 'UKE-E005', spec: '§2 order RE HO KO SN JD …', bytes: () => { const l = base(); [l[3], l[4]] = [l[4]!, l[3]!]; return file(l); }, line: 5 },
  { code: 'UKE-E006', spec: '§1 no quotes', bytes: () => file(setField(base(), 2, 13, 'K"001')), line: 2 },
  { code: 'UKE-E007', spec: '§3 SY 8 columns', bytes: () => file([...base().slice(0, 5), base()[5] + ',X', ...base().slice(6)]), line: 6 },
  { code: 'UKE-E008', spec: '§3 SY 転帰区分 required', bytes: () => file(setLine(base(), 6, 'SY,2500013,20250401')), line: 6 },
  { code: 'UKE-E009', spec: '§1 one record per line', bytes: () => file(insert(7, '')), line: 7 },
  { code: 'UKE-E010', spec: '§1 EOF 0x1A ends the file', bytes: () => concatBytes([file(base()), Uint8Array.from([0x41, 0x42])]), line: 0 },
  { code: 'UKE-E011', spec: '§1 Shift_JIS', bytes: () => coTextBytes([0x80, 0x80]), line: 11 },
  { code: 'UKE-E012', spec: '§2 IR once', bytes: () => file(insert(13, base()[0]!)), line: 13 },
  { code: 'UKE-E013', spec: '§1 JIS X 0208 (no 外字)', bytes: () => coTextBytes([0xf0, 0x40]), line: 11 },
  { code: 'UKE-E020', spec: '§3 SY 傷病名コード', bytes: () => file(setField(base(), 6, 1, '')), line: 6 },
  { code: 'UKE-E021', spec: '§1 数字 mode', bytes: () => file(setField(base(), 8, 4, '1x')), line: 8 },
  { code: 'UKE-E022', spec: '§1 英数 mode', bytes: () => file(setField(base(), 2, 13, 'Ｋ００１')), line: 2 },
  { code: 'UKE-E023', spec: '§1 漢字 mode', bytes: () => file(setField(base(), 11, 4, 'abc')), line: 11 },
  { code: 'UKE-E024', spec: '§1 英数又は漢字 never mixed', bytes: () => file(setField(base(), 2, 4, '山田 太郎')), line: 2 },
  { code: 'UKE-E025', spec: '§1 max bytes (RE カルテ番号等 A20)', bytes: () => file(setField(base(), 2, 13, 'K'.repeat(21))), line: 2 },
  { code: 'UKE-E026', spec: '§1 固定 = max bytes (SI 診療行為コード N9)', bytes: () => file(setField(base(), 8, 3, '11100011')), line: 8 },
  { code: 'UKE-E027', spec: '§1 年月日', bytes: () => file(setField(base(), 2, 6, '19800231')), line: 2 },
  { code: 'UKE-E028', spec: '§1 年月', bytes: () => file(setField(base(), 2, 3, '202513')), line: 2 },
  { code: 'UKE-E029', spec: '§3 SY 修飾語コード 4-byte multiples', bytes: () => file(setField(base(), 6, 4, '800')), line: 6 },
  { code: 'UKE-E030', spec: '§3 IY 使用量 5+5 digits', bytes: () => file(setField(base(), 12, 4, '3.123456')), line: 12 },
  { code: 'UKE-E031', spec: '§5.1 別表5', bytes: () => file(setField(base(), 2, 2, '1199')), line: 2 },
  { code: 'UKE-E032', spec: '§5.2 別表20', bytes: () => file(setField(base(), 8, 1, '15')), line: 8 },
  { code: 'UKE-E033', spec: '§5.3 別表21', bytes: () => file(setField(base(), 11, 2, 'A')), line: 11 },
  { code: 'UKE-E034', spec: '§5.4 別表6', bytes: () => file(setField(base(), 2, 5, '3')), line: 2 },
  { code: 'UKE-E035', spec: '§5.4 別表18', bytes: () => file(setField(base(), 6, 3, '5')), line: 6 },
  { code: 'UKE-E036', spec: '§5.4 別表16', bytes: () => file(setField(base(), 3, 12, '9')), line: 3 },
  { code: 'UKE-E040', spec: '§2 RE opens a claim', bytes: () => file(insert(2, rec('SY', { 1: '2500013', 2: '20250401', 3: '1' }))), line: 2 },
  { code: 'UKE-E041', spec: '§2 presence matrix: HO ○ for 医保+公費', bytes: () => file(setField(base(), 19, 2, '1122')), line: 19 },
  { code: 'UKE-E042', spec: '§2 presence matrix: HO × for 公費単独', bytes: () => file(setField(base(), 13, 2, '1212')), line: 14 },
  { code: 'UKE-E043', spec: '§5.1 digit 3 = number of payers', bytes: () => file(setField(base(), 13, 2, '1132')), line: 13 },
  { code: 'UKE-E044', spec: '§2 HO 複数不可', bytes: () => file(insert(4, base()[2]!)), line: 4 },
  { code: 'UKE-E045', spec: '§2 presence matrix: SN × for 公費単独', bytes: () => file(insert(21, rec('SN', { 1: '2', 2: '01' }))), line: 21 },
  { code: 'UKE-E046', spec: '§5.3 負担区分 names a payer', bytes: () => file(setField(base(), 8, 2, '2')), line: 8 },
  { code: 'UKE-E047', spec: '§2 SY 必須', bytes: () => file(base().filter((_, i) => i !== 20)), line: 19 },
  {
    code: 'UKE-E048', spec: '§2 SI/IY/TO 必須※1',
    bytes: () => file(setField(setField(setLine(base(), 22, rec('CO', { 1: '40', 2: '5', 3: '810000001' })), 20, 5, '0'), 23, 2, '770')),
    line: 19,
  },
  {
    code: 'UKE-E049', spec: '§2 注1: ≤98 consecutive records without 診療識別',
    bytes: () => file(insert(12, ...Array.from({ length: 97 }, () => rec('CO', { 2: '1', 3: '820000001' })))),
    line: 11 + 97,
  },
  { code: 'UKE-E050', spec: '§3 SI 回数 = Σ 算定日', bytes: () => file(setField(base(), 8, 14, '1')), line: 8 },
  { code: 'UKE-E051', spec: '§4 same 回数 in a unit', bytes: () => file(setField(setField(base(), 9, 6, '2'), 9, 13, '2')), line: 10 },
  { code: 'UKE-E052', spec: '§4 same days in a unit', bytes: () => file(setField(setField(base(), 9, 13, ''), 9, 14, '1')), line: 10 },
  {
    code: 'UKE-E053', spec: '§4 点数 on the last record of a unit',
    bytes: () => file(setField(setField(setField(base(), 12, 5, ''), 3, 5, '400'), 23, 2, '850')),
    line: 12,
  },
  { code: 'UKE-E054', spec: '§4 HO 合計点数', bytes: () => file(setField(setField(base(), 3, 5, '421'), 23, 2, '871')), line: 3 },
  { code: 'UKE-E055', spec: '§4 KO 合計点数', bytes: () => file(setField(base(), 15, 5, '301')), line: 15 },
  { code: 'UKE-E056', spec: '§3 RE 診療年月 ≤ IR 請求年月', bytes: () => file(setField(base(), 13, 3, '202506')), line: 13 },
  { code: 'UKE-E057', spec: '§2 JD 1 per payer', bytes: () => file(insert(6, base()[4]!)), line: 6 },
  { code: 'UKE-E058', spec: '§5.1 digit 4 vs age (高齢受給者 at 45)', bytes: () => file(setField(base(), 2, 2, '1118')), line: 2 },
  { code: 'UKE-E060', spec: '§3 GO 総件数 = Σ HO + KO', bytes: () => file(setField(base(), 23, 1, '5')), line: 23 },
  { code: 'UKE-E061', spec: '§3 GO 総合計点数 = Σ main payer', bytes: () => file(setField(base(), 23, 2, '871')), line: 23 },
  { code: 'UKE-E062', spec: '§1 multi-volume: IR 00 ↔ GO 99 or 01', bytes: () => file(setField(base(), 23, 3, '02')), line: 23 },
  { code: 'UKE-E063', spec: '§3 RE レセプト番号 unique', bytes: () => file(setField(setField(base(), 13, 1, '1'), 19, 1, '2')), line: 13 },
  {
    code: 'UKE-E064', spec: '§3 RE レセプト番号 ascending',
    bytes: () => file(setField(setField(setField(base(), 2, 1, '2'), 13, 1, '3'), 19, 1, '1')),
    line: 19,
  },
  { code: 'UKE-W001', spec: '§1 CRLF', bytes: () => fileBytes(base(), { eol: '\n' }), line: 1 },
  { code: 'UKE-W002', spec: '§1 EOF 0x1A', bytes: () => fileBytes(base(), { eof: false }), line: 0 },
  { code: 'UKE-W003', spec: '§2 legacy KH / NI', bytes: () => file(insert(4, 'KH,テスト')), line: 4 },
  { code: 'UKE-W004', spec: '§1 trailing empty fields', bytes: () => file(setLine(base(), 6, 'SY,2500013,20250401,1')), line: 6 },
  { code: 'UKE-W005', spec: '§3 RE レセプト番号 consecutive', bytes: () => file(setField(base(), 19, 1, '5')), line: 19 },
  { code: 'UKE-W006', spec: '§1 totals only on the last volume', bytes: () => file(setField(base(), 23, 3, '01')), line: 23 },
  { code: 'UKE-W007', spec: '§1 数字 可変: no leading zeros', bytes: () => file(setField(base(), 8, 6, '01')), line: 8 },
  { code: 'UKE-W008', spec: '§3 SN/JD/MF from 令和3年9月診療', bytes: () => file(setField(base(), 2, 3, '202108')), line: 4 },
  { code: 'UKE-W009', spec: '§3 CO 文字データ K76', bytes: () => file(setField(base(), 11, 4, 'テ'.repeat(39))), line: 11 },
];

function setLine(lines: string[], line: number, text: string): string[] {
  const out = [...lines];
  out[line - 1] = text;
  return out;
}

test('the base file has no findings', () => {
  assert.deepEqual(errorsOf(fileBytes(base())), []);
});

test('every error code has a Japanese message and a test case', () => {
  for (const code of UKE_ERROR_CODES) assert.ok(UKE_ERROR_MESSAGES[code].length > 0, code);
  assert.deepEqual(CASES.map((c) => c.code).sort(), [...UKE_ERROR_CODES].sort());
});

for (const c of CASES) {
  test(`${c.code} ${UKE_ERROR_MESSAGES[c.code]} (${c.spec})`, () => {
    const found = errorsOf(c.bytes());
    const others = found.filter((e) => e.code !== c.code);
    assert.deepEqual(others.map((e) => `${e.code}@${e.line} ${e.message}`), [], 'no other finding');
    assert.ok(found.some((e) => e.line === c.line), `${c.code} at line ${c.line}; got ${found.map((e) => e.line).join(', ')}`);
    for (const e of found) assert.equal(e.file, 'test.UKE');
  });
}
