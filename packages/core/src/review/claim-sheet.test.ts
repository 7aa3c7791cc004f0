/**
 * The paper レセプト of a stored claim, worked by hand on claims the generator wrote
 * (`generateMonth({ federation: '13', month: '2025-05', claims: 300, seed: 3, errorRate: 0 })`,
 * copied with their line numbers) and named from the sample masters of 2025-05. Record layouts:
 * 記録条件仕様（医科用）令和4年4月版 第1章3(4) (../shared/docs/uke-format.md §3: RE idx 4 氏名, 11 特記事項,
 * 21–25 診療科; SY idx 1 傷病名コード, 3 転帰区分, 4 修飾語コード, 5 傷病名称, 6 主傷病; SI/IY idx 1 診療識別,
 * 5 点数, 6 回数, 7–12 コメント, 13–43 算定日; CO idx 3–4), 調剤 §6.2 and 歯科 §6.1 (structure only).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadMasters } from '@kokuho/synth';
import { kindOfCode } from '../masters/code-kind.ts';
import type { StoredClaimLines } from '../uke/read-stored-claim.ts';
import { claimSheet, claimSheetCodes } from './claim-sheet.ts';
import type { ClaimSheet } from './claim-sheet-types.ts';
import { commentText } from './comment-text.ts';

const snapshot = loadMasters('data/sample-masters').snapshot('2025-05');
const names = (code: string): string | undefined => {
  const kind = kindOfCode(code);
  return kind ? snapshot.get(kind, code)?.name : undefined;
};

/** claims/0000060 (整形外科), lines 26–39: 後期, 再診 + 関節腔内注射 with its drug, X-ray with a comment. */
const OUTPATIENT = [
  'RE,4,1310,202505,佐々木　武,1,19470320,,,,,,,000140,,,,,,,,,,,,,,,,,,,,,,,ササキタケシ,',
  'HO,39131172,,00000140,2,694,,,,,,,,,',
  'SN,1,01,,,,,,',
  'JD,1,,,,,,,,,,,,,,,,,,,1,,,,,1,,,,,,,',
  'SY,7153018,20210201,1,2056,,01,',
  'SI,12,1,112007410,,75,2,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,,,,,',
  'SI,,1,112011010,,52,2,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,,,,,',
  'SI,33,1,130005310,,80,2,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,,,,,',
  'IY,,1,620894804,1,26,2,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,,,,,',
  'SI,70,1,170000510,1,,1,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,',
  'SI,,1,170027910,1,,1,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,',
  'SI,,1,170000210,,168,1,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,',
  'CO,,1,830181500,右',
  'SI,80,1,120002910,,60,1,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,',
];

/** claims/0000110 (病院), lines 48–73: 生活保護 (公費単独) stay from the 23rd, a 剤 of two drugs, 食事 (97). */
const INPATIENT = [
  'RE,6,1211,202505,鈴木　洋子,2,19361127,,20250523,,,,60,000280,,,,,,,,,,,,,,,,,,,,,,,スズキヨウコ,',
  'KO,12131223,0019729,,9,19885,,,,,26,17940',
  'JD,2,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,1,1,1',
  'SY,5070003,20250523,1,,,01,',
  'SI,33,5,130003810,,102,9,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,1,1,1',
  'IY,,5,622345201,1,,9,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,1,1,1',
  'IY,,5,621987401,2,102,9,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,1,1,1',
  'SI,40,5,140005610,,65,6,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,,,',
  'SI,60,5,160008010,,21,2,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,',
  'SI,,5,160054710,,16,2,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,',
  'SI,,5,160019010,,11,2,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,',
  'SI,,5,160019210,,11,2,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,',
  'SI,,5,160021410,,11,2,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,1,,,',
  'SI,,5,160061810,,125,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,',
  'SI,,5,160062110,,144,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,',
  'SI,,5,160061910,,144,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,',
  'SI,70,5,170000410,1,,2,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,1,',
  'SI,,5,170027910,1,,2,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,1,',
  'SI,,5,170000210,,210,2,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,1,',
  'CO,,5,820181220,',
  'SI,90,5,190077410,,,9,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,1,1,1',
  'SI,,5,190079470,,1854,9,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,1,1,1',
  'SI,97,5,197000110,2,1380,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,',
  'SI,,5,197001110,2,220,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,',
  'SI,,5,197000110,3,2070,8,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,1,1',
  'SI,,5,197001110,3,330,8,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,1,1,1,1,1,1,1',
];

/** claims/0000122 (薬局), lines 2–10: one 内服 剤 (SH, CZ, IY) and the 基本料 (KI). */
const PHARMACY = [
  'RE,1,4112,202505,前田　一樹,1,19690912,70,13,1,0000003,,,,,,000020,,,,マエダカズキ,',
  'HO,  133082,4742,0000002,1,234,,,,,,,,,',
  'SN,1,01,,,,01,,',
  'SH,1,1,,,1',
  'CZ,1,0509,0509,1,60,1,,410001110,24,',
  'IY,1,622886301,1,,',
  'KI,1,410000110,45,1,,,,,,,,,1,,,,,,,,,,,,,,,,,,,,,,',
  'KI,1,410002410,60,1,,,,,,,,,1,,,,,,,,,,,,,,,,,,,,,,',
  'KI,1,410003110,45,1,,,,,,,,,1,,,,,,,,,,,,,,,,,,,,,,',
];

/** claims/0000181 (歯科), lines 2–9: the claim's own IR, HS 傷病名部位, SS 歯科診療行為. */
const DENTAL = [
  'IR,2,13,3,0000181,,202506,03-8130-5413,',
  'RE,1,3112,202505,森　大輔,1,19720822,70,,,,000000,,,,20200401,1,,,モリダイスケ,',
  'HO,  111120,6598,0000000,1,508,,,,,,,,,',
  'SN,1,01,,,,01,,',
  'HS,20200401,1,5234016,,,,,,01,',
  `SS,12,1,301001610,,,${','.repeat(69)},58,1,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,`,
  `SS,13,1,302000110,,,${','.repeat(69)},100,1,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,`,
  `SS,40,1,309000210,,,${','.repeat(69)},350,1,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,`,
];

const stored = (lines: readonly string[], firstLine: number, kind = 'medical', providerCode = '1310000060'): StoredClaimLines =>
  ({ kind, providerCode, serviceMonth: '2025-05', firstLine, body: lines.join('\n') });
const outpatient = stored(OUTPATIENT, 26);
const inpatient = stored(INPATIENT, 48, 'medical', '1310000110');
const pharmacy = stored(PHARMACY, 2, 'pharmacy', '1340000122');
const dental = stored(DENTAL, 2, 'dental', '1330000181');

/** A record with field `i` (idx of the layout) replaced. */
const setField = (line: string, i: number, value: string): string => line.split(',').map((f, j) => (j === i ? value : f)).join(',');
/** OUTPATIENT with line i (0-based) replaced. */
const edited = (i: number, line: string): StoredClaimLines => stored(OUTPATIENT.map((l, j) => (j === i ? line : l)), 26);

const sheetOf = (c: StoredClaimLines): ClaimSheet => claimSheet(c, names, { providerName: '青木整形外科' });
const lineAt = (s: ClaimSheet, line: number) => s.groups.flatMap((g) => g.lines).find((l) => l.line === line)!;
const daysOn = (days: readonly number[]): number[] => days.flatMap((n, i) => (n ? [i + 1] : []));

const cases: { name: string; claim: StoredClaimLines; read: (s: ClaimSheet) => unknown; expected: unknown }[] = [
  // header (RE)
  { name: 'kind', claim: outpatient, read: (s) => s.kind, expected: '医科' },
  { name: '診療年月 in 和暦', claim: outpatient, read: (s) => [s.header.serviceMonth, s.header.serviceMonthWareki], expected: ['2025-05', '令和7年5月'] },
  { name: 'patient', claim: outpatient, read: (s) => [s.header.patientName, s.header.kanaName, s.header.sex, s.header.birthDate, s.header.birthDateWareki],
    expected: ['佐々木　武', 'ササキタケシ', '男', '1947-03-20', '昭和22年3月20日'] },
  { name: 'レセプト種別 1310: 後期高齢者 7割 外来', claim: outpatient, read: (s) => [s.header.receiptNumber, s.header.receiptType, s.header.receiptTypeLabel, s.header.inpatient],
    expected: [4, '1310', '医科・後期高齢者単独・高齢受給者7割・入院外', false] },
  { name: 'provider from the stored code and the caller', claim: outpatient, read: (s) => [s.header.providerCode, s.header.providerName, s.header.line], expected: ['1310000060', '青木整形外科', 26] },
  { name: 'レセプト種別 1211: 公費単独 入院, 入院年月日', claim: inpatient, read: (s) => [s.header.receiptTypeLabel, s.header.inpatient, s.header.admissionDateWareki],
    expected: ['医科・公費単独・入院', true, '令和7年5月23日'] },
  { name: '診療科 (RE 21–22: 01 内科, 004 呼吸器)', claim: edited(0, setField(setField(OUTPATIENT[0]!, 21, '01'), 22, '004')),
    read: (s) => s.header.specialty, expected: '呼吸器内科' },
  { name: '特記事項 (RE 11: 01 公, 10 第三)', claim: edited(0, setField(OUTPATIENT[0]!, 11, '0110')),
    read: (s) => s.header.specialNotes, expected: ['公', '第三'] },
  // payers (HO, KO)
  { name: 'HO: 後期 number, card, days, points', claim: outpatient, read: (s) => s.payers,
    expected: [{ kind: '保険', number: '39131172', cardSymbol: '', cardNumber: '00000140', days: 2, points: 694, copay: null, line: 27 }] },
  { name: 'KO alone: 公費1 with 受給者番号', claim: inpatient, read: (s) => s.payers.map((p) => [p.kind, p.number, p.cardNumber, p.days, p.points, p.line]),
    expected: [['公費1', '12131223', '0019729', 9, 19885, 49]] },
  { name: '合計点数 of the main payer', claim: inpatient, read: (s) => s.totalPoints, expected: 19885 },
  // diagnoses (SY)
  { name: 'SY with 修飾語 2056 右 before the name, 主傷病, 診療開始日', claim: outpatient,
    read: (s) => s.diagnoses, expected: [{ line: 30, code: '7153018', name: '右変形性膝関節症', startDate: '2021-02-01', startDateWareki: '令和3年2月1日',
      outcome: '', main: true, modifiers: ['右'], modifierCodes: ['2056'], supplement: '' }] },
  { name: '接尾語 8002 の疑い after the name, 転帰 2 治ゆ', claim: edited(4, 'SY,7153018,20210201,2,20568002,,,'),
    read: (s) => [s.diagnoses[0]!.name, s.diagnoses[0]!.outcome, s.diagnoses[0]!.main], expected: ['右変形性膝関節症の疑い', '治ゆ', false] },
  { name: '0000999 未コード化傷病名: the recorded name, 補足コメント', claim: edited(4, 'SY,0000999,20250501,1,,膝の痛み,01,階段で増悪'),
    read: (s) => [s.diagnoses[0]!.name, s.diagnoses[0]!.supplement], expected: ['膝の痛み', '階段で増悪'] },
  // 摘要 groups (SI/IY/TO by 診療識別)
  { name: 'groups in file order by 診療識別', claim: outpatient, read: (s) => s.groups.map((g) => [g.category, g.label, g.lines.map((l) => l.line)]),
    expected: [['12', '再診', [31, 32]], ['33', '注射 その他', [33, 34]], ['70', '画像診断', [35, 36, 37]], ['80', 'その他', [39]]] },
  { name: 'IY with blank 診療識別 stays in the 注射 group; its drug named and priced', claim: outpatient,
    read: (s) => { const l = lineAt(s, 34); return [l.record, l.code, l.name, l.quantity, l.points, l.count, daysOn(l.days)]; },
    expected: ['IY', '620894804', 'ヒアルロン酸Ｎａ関節注２５ｍｇ「日新」　１％２．５ｍＬ', '1', 26, 2, [19, 24]] },
  { name: 'a 剤 of two drugs: points on its last line only', claim: inpatient,
    read: (s) => [52, 53, 54].map((n) => [lineAt(s, n).name, lineAt(s, n).quantity, lineAt(s, n).points]),
    expected: [['点滴注射', '', 102], ['ソリタ－Ｔ３号輸液　５００ｍＬ', '1', null], ['セフトリアキソンナトリウム静注用１ｇ「ＮＰ」', '2', 102]] },
  { name: '算定日情報 of 酸素吸入: 6 days from the 23rd', claim: inpatient, read: (s) => daysOn(lineAt(s, 55).days), expected: [23, 24, 25, 26, 27, 28] },
  { name: '食事療養 (97) stays one group of four lines', claim: inpatient, read: (s) => s.groups.map((g) => g.category), expected: ['33', '40', '60', '70', '90', '97'] },
  { name: 'コメント① on an SI record (pattern 20)', claim: edited(13, setField(OUTPATIENT[13]!, 7, '820100099')),
    read: (s) => lineAt(s, 39).comments, expected: [{ code: '820100099', text: '急性増悪' }] },
  // CO
  { name: 'CO pattern 30: fixed text and the recorded word, in the X-ray group', claim: outpatient, read: (s) => s.comments,
    expected: [{ line: 38, code: '830181500', text: '撮影部位（単純撮影）：膝＿；右', category: '70' }] },
  { name: 'CO pattern 20: the fixed text', claim: inpatient, read: (s) => s.comments.map((c) => c.text), expected: ['撮影部位（単純撮影）：胸部（肩を除く。）'] },
  { name: 'SN and JD are shown raw', claim: outpatient, read: (s) => s.otherRecords.map((r) => [r.line, r.record]), expected: [[28, 'SN'], [29, 'JD']] },
  // 調剤
  { name: '調剤: header and payer from the layout fields', claim: pharmacy,
    read: (s) => [s.kind, s.header.receiptTypeLabel, s.header.patientName, s.header.benefitRatio, s.payers[0]!.number, s.payers[0]!.points, s.totalPoints],
    expected: ['調剤', '調剤・医保/国保単独・本人/世帯主・入院外', '前田　一樹', 70, '133082', 234, 234] },
  { name: '調剤: the 剤 (SH, CZ, IY) and 基本料 (KI) groups', claim: pharmacy,
    read: (s) => s.groups.map((g) => [g.label, g.lines.map((l) => [l.record, l.code, l.quantity, l.points])]),
    expected: [
      ['剤1 内服', [['SH', '', '', 1], ['CZ', '410001110', '60', 24], ['IY', '622886301', '1', null]]],
      ['基本料・薬学管理料', [['KI', '410000110', '', 45], ['KI', '410002410', '', 60], ['KI', '410003110', '', 45]]],
    ] },
  { name: '調剤: the drug named from the Y master, 調剤月日 5/9 as its day', claim: pharmacy,
    read: (s) => [lineAt(s, 7).name, daysOn(lineAt(s, 6).days)], expected: ['フェブキソスタット錠２０ｍｇ「ＹＤ」', [9]] },
  // 歯科
  { name: '歯科: HS 傷病名 and SS lines with points and days', claim: dental,
    read: (s) => [s.kind, s.diagnoses.map((d) => [d.line, d.name, d.main, d.startDateWareki]), s.groups.map((g) => [g.category, g.lines.map((l) => [l.code, l.points, l.count, daysOn(l.days)])])],
    expected: ['歯科', [[6, '慢性歯周炎', true, '令和2年4月1日']], [['12', [['301001610', 58, 1, [14]]]], ['13', [['302000110', 100, 1, [14]]]], ['40', [['309000210', 350, 1, [14]]]]]] },
];

describe('claimSheet: worked examples', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(c.read(sheetOf(c.claim)), c.expected));
});

describe('claimSheet: every line of the claim is shown exactly once', () => {
  for (const [name, c] of [['外来', outpatient], ['入院', inpatient], ['調剤', pharmacy], ['歯科', dental]] as const) {
    it(name, () => {
      const s = sheetOf(c);
      const shown = [
        s.header.line, ...s.payers.map((p) => p.line), ...s.diagnoses.map((d) => d.line), ...s.groups.flatMap((g) => g.lines.map((l) => l.line)),
        ...s.comments.map((x) => x.line), ...s.symptomNotes.map((x) => x.line), ...s.otherRecords.map((x) => x.line),
      ];
      // the 歯科 claim's own IR (its first line) is the provider, known from the header
      const expected = c.body.split('\n').map((_, i) => c.firstLine + i).filter((l) => !(c.kind === 'dental' && l === c.firstLine));
      assert.deepEqual([...shown].sort((a, b) => a - b), expected);
    });
  }
});

describe('claimSheet: codes and odd input', () => {
  it('claimSheetCodes lists every code whose name the sheet shows', () => {
    assert.deepEqual(claimSheetCodes(outpatient).sort(), [
      '112007410', '112011010', '120002910', '130005310', '170000210', '170000510', '170027910', '2056', '620894804', '7153018', '830181500',
    ]);
  });
  it('a code not in the masters keeps its code with an empty name', () => {
    const s = sheetOf(edited(13, OUTPATIENT[13]!.replace('120002910', '199999999')));
    assert.deepEqual([lineAt(s, 39).code, lineAt(s, 39).name], ['199999999', '']);
  });
  it('names may come as a Map', () => {
    assert.equal(claimSheet(outpatient, new Map([['112007410', '再診料（テスト）']])).groups[0]!.lines[0]!.name, '再診料（テスト）');
  });
  it('records that are no claim are all shown raw', () => {
    const s = claimSheet(stored(['XX,1,2', 'SI,80,1,120002910'], 5), names);
    assert.deepEqual(s.otherRecords.map((r) => [r.line, r.record]), [[5, 'XX'], [6, 'SI']]);
    assert.equal(s.header.serviceMonthWareki, '令和7年5月');
  });
});

describe('commentText: the パターン of the comment master (uke-format.md §7.5)', () => {
  const master = new Map([
    ['810000001', ''], ['820000001', '別途コメントあり'], ['830000028', '薬剤名；'], ['831110002', '入院後３日以内に実施した主要な診療行為（救急医療管理加算２）'],
    ['140005610', '酸素吸入'], ['840000015', '外泊　　　日'], ['840000007', '人工腎臓導入期　平成　　年　　月　　日'], ['842100057', '実施回数'],
    ['850100174', '前回実施年月日（抗アクアポリン４抗体）'], ['851100004', '発症時刻'], ['852100007', '所要時間'], ['853100001', '開始日時'],
    ['880100012', '検査実施年月日及び検査結果（前立腺特異抗原（ＰＳＡ））'], ['890000001', '部位'], ['2056', '右'], ['1066', '足'],
  ]);
  const rows: [string, string | undefined, string][] = [
    ['810000001', '摘要欄の記載', '摘要欄の記載'],
    ['820000001', undefined, '別途コメントあり'],
    ['830000028', 'ロキソプロフェン', '薬剤名；ロキソプロフェン'],
    ['831110002', '１４０００５６１０', '入院後３日以内に実施した主要な診療行為（救急医療管理加算２）　酸素吸入'],
    ['840000015', '００２', '外泊００２日'],
    ['840000007', '３００６０１', '人工腎臓導入期　平成３０年０６月０１日'],
    ['842100057', '０３', '実施回数　3'],
    ['850100174', '５０７０５０１', '前回実施年月日（抗アクアポリン４抗体）　令和7年5月1日'],
    ['851100004', '０５４５', '発症時刻　5時45分'],
    ['852100007', '０００７５', '所要時間　75分'],
    ['853100001', '０１１１３０', '開始日時　1日11時30分'],
    ['880100012', '５０７０５０１０００００１０．５', '検査実施年月日及び検査結果（前立腺特異抗原（ＰＳＡ））　令和7年5月1日　10.5'],
    ['890000001', '２０５６１０６６', '部位　右足'],
  ];
  for (const [code, data, expected] of rows) {
    it(`${code.slice(1, 3)}: ${code}`, () => assert.equal(commentText(code, data, (c) => master.get(c)), expected));
  }
});
