import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FederationCode } from '../common/prefectures.ts';
import {
  buildSettlementMatrix, columnTotals, FEDERATION_CODES, netSettlement, owed, payingFederationDetails, rowTotals,
  settlementMatrixCsv, settlementTransfersCsv, type SettlementClaim, type SettlementErrorCode, type SettlementMatrix,
} from './index.ts';
import { generatedMonth, shuffled, WORKED } from './settlement.test-support.ts';

// Source of the principle: seed 001 「診療報酬等全国決済業務の実施」 (a provider bills and is paid by its
// own prefecture's federation; 国保中央会 offsets the amounts between federations), seed 000 参考資料1,
// rules-reference.md §10.2 [V for the principle]. Netting through the central association as a hub
// is the reference's inferred design, marked [U] there (§10.2 "Netting mechanics").

function matrixOf(records: SettlementClaim[]): SettlementMatrix {
  const m = buildSettlementMatrix(records);
  assert.ok(m.ok, JSON.stringify(!m.ok && m.errors));
  return m.value;
}

test('worked month: cells, the diagonal left out, row and column sums', () => {
  const m = matrixOf(WORKED);
  const rows: [debtor: FederationCode, creditor: FederationCode, amount: number, claims: number, why: string][] = [
    ['14', '13', 70_000, 1, 'A: 14\'s insured treated in 13 — 14 owes 13'],
    ['13', '14', 30_000, 1, 'B: 保険者負担 21,000 + 公費 9,000'],
    ['13', '27', 56_000, 1, 'C: 後期 insurer of 13, treated in 27'],
    ['27', '13', 14_000, 1, 'D'],
    ['14', '27', -8_000, 1, 'F: a reversal is a negative cell'],
    ['13', '13', 0, 0, 'E: own prefecture, not settled'],
    ['27', '14', 0, 0, 'no claim'],
  ];
  for (const [d, c, amount, claims, why] of rows) {
    assert.equal(owed(m, d, c).amount, amount, why);
    assert.equal(owed(m, d, c).claims, claims, why);
  }
  assert.deepEqual(owed(m, '13', '14'), { claims: 1, insurerPays: 21_000, publicExpensePays: 9_000, amount: 30_000 });
  assert.deepEqual(m.ownPrefecture, { claims: 1, insurerPays: 100_000, publicExpensePays: 0, amount: 100_000 });
  assert.equal(m.total.amount, 162_000);
  assert.equal(m.total.claims, 5);
  const sums: [FederationCode, row: number, column: number][] = [['13', 86_000, 84_000], ['14', 62_000, 30_000], ['27', 14_000, 48_000], ['01', 0, 0]];
  for (const [f, row, column] of sums) {
    assert.equal(rowTotals(m, f).amount, row, `row ${f}`);
    assert.equal(columnTotals(m, f).amount, column, `column ${f}`);
  }
  assert.equal(m.federations.length, 47);
  assert.deepEqual(m.federations.slice(0, 3), ['01', '02', '03']);
  assert.equal(m.federations[46], '47');
});

test('worked month: one transfer per federation through the central association', () => {
  const n = netSettlement(matrixOf(WORKED));
  const rows: [FederationCode, receivable: number, payable: number, net: number, direction: string, amount: number][] = [
    ['13', 84_000, 86_000, -2_000, 'pay', 2_000],
    ['14', 30_000, 62_000, -32_000, 'pay', 32_000],
    ['27', 48_000, 14_000, 34_000, 'receive', 34_000],
    ['01', 0, 0, 0, 'none', 0],
  ];
  for (const [f, receivable, payable, net, direction, amount] of rows) {
    const t = n.transfers.find((x) => x.federation === f)!;
    assert.deepEqual([t.receivable.amount, t.payable.amount, t.net, t.direction, t.amount], [receivable, payable, net, direction, amount], f);
  }
  assert.equal(n.transfers.length, 47);
  assert.deepEqual(n.transfers.map((t) => t.federation), [...FEDERATION_CODES]);
  assert.equal(n.netSum, 0);
  assert.equal(n.centralReceives, 34_000);
  assert.equal(n.centralPaysOut, 34_000);
  assert.equal(n.gross, 162_000);
});

test('worked month: the paying federations\' detail to bill their insurers', () => {
  const d = payingFederationDetails(WORKED);
  assert.ok(d.ok);
  assert.deepEqual(d.value.map((x) => x.federation), ['13', '14', '27']);
  const tokyo = d.value[0]!;
  assert.deepEqual(tokyo.claims.map((c) => c.claimKey), ['B', 'C'], 'by insurer number: 138057 before 39131008; E is own-prefecture');
  assert.deepEqual(tokyo.byInsurer, [
    { insurerNumber: '138057', claims: 1, insurerPays: 21_000, publicExpensePays: 9_000, amount: 30_000 },
    { insurerNumber: '39131008', claims: 1, insurerPays: 56_000, publicExpensePays: 0, amount: 56_000 },
  ]);
  assert.deepEqual(tokyo.byProviderFederation.map((p) => [p.providerFederation, p.amount]), [['14', 30_000], ['27', 56_000]]);
  assert.equal(tokyo.total.amount, 86_000);
  const kanagawa = d.value[1]!;
  assert.deepEqual(kanagawa.claims.map((c) => [c.claimKey, c.kind, c.amount]), [['A', 'claim', 70_000], ['F', 'correction', -8_000]]);
  assert.deepEqual(kanagawa.byInsurer.map((i) => [i.insurerNumber, i.claims, i.amount]), [['140012', 2, 62_000]]);
  assert.deepEqual(kanagawa.byProviderFederation.map((p) => [p.providerFederation, p.amount]), [['13', 70_000], ['27', -8_000]]);
});

test('worked month: CSV of the matrix and of the transfers', () => {
  const m = matrixOf(WORKED);
  const csv = settlementMatrixCsv(m);
  const lines = csv.split('\r\n');
  assert.equal(lines.length, 50, 'header, 47 rows, 受取計, and the empty string after the last CRLF');
  assert.equal(lines[49], '');
  const head = lines[0]!.split(',');
  assert.deepEqual(head.slice(0, 4), ['都道府県番号', '都道府県名（行：保険者側が支払／列：医療機関側が受取）', '01 北海道', '02 青森県']);
  assert.equal(head[2 + 12], '13 東京都');
  assert.equal(head[48], '47 沖縄県');
  assert.equal(head[49], '支払計');
  const row = (f: string) => lines.find((l) => l.startsWith(`${f},`))!.split(',');
  const zeros = (n: number) => Array<string>(n).fill('0');
  // Row 13 東京都: columns 01–12 zero, 13 blank (own prefecture), 14 30000, 15–26 zero, 27 56000, 28–47 zero, 支払計.
  assert.deepEqual(row('13'), ['13', '東京都', ...zeros(12), '', '30000', ...zeros(12), '56000', ...zeros(20), '86000']);
  assert.deepEqual(row('14'), ['14', '神奈川県', ...zeros(12), '70000', '', ...zeros(12), '-8000', ...zeros(20), '62000']);
  const last = lines[48]!.split(',');
  assert.deepEqual([last[0], last[1], last[2 + 12], last[2 + 13], last[2 + 26], last[49]], ['', '受取計', '84000', '30000', '48000', '162000']);

  const t = settlementTransfersCsv(netSettlement(m)).split('\r\n');
  assert.equal(t.length, 50);
  assert.equal(t[0], '都道府県番号,連合会名,受取件数,受取額,支払件数,支払額,差引額,区分,振替額');
  assert.equal(t[1], '01,北海道国民健康保険団体連合会,0,0,0,0,0,差引なし,0');
  assert.equal(t[13], '13,東京都国民健康保険団体連合会,2,84000,2,86000,-2000,中央会へ支払,2000');
  assert.equal(t[14], '14,神奈川県国民健康保険団体連合会,1,30000,2,62000,-32000,中央会へ支払,32000');
  assert.equal(t[27], '27,大阪府国民健康保険団体連合会,2,48000,1,14000,34000,中央会から受取,34000');
  assert.equal(t[48], '合計,,5,162000,5,162000,0,,34000');
});

test('corrections flow back the same way: a claim and its full reversal settle to nothing', () => {
  const claim: SettlementClaim = { claimKey: 'X', providerFederation: '01', insurerFederation: '47', insurerNumber: '470013', insurerPays: 350_000, publicExpensePays: 12_000 };
  const reversal: SettlementClaim = { ...claim, insurerPays: -350_000, publicExpensePays: -12_000, kind: 'correction' };
  const m = matrixOf([claim, reversal]);
  assert.deepEqual(owed(m, '47', '01'), { claims: 2, insurerPays: 0, publicExpensePays: 0, amount: 0 });
  const n = netSettlement(m);
  assert.ok(n.transfers.every((t) => t.net === 0 && t.direction === 'none'));
  // A month of reversals only: the debtor is owed, the creditor pays, nets still sum to zero.
  const only = netSettlement(matrixOf([reversal]));
  const t47 = only.transfers.find((t) => t.federation === '47')!, t01 = only.transfers.find((t) => t.federation === '01')!;
  assert.deepEqual([t47.net, t47.direction, t01.net, t01.direction], [362_000, 'receive', -362_000, 'pay']);
  assert.equal(only.netSum, 0);
  assert.equal(only.centralReceives, only.centralPaysOut);
});

function checkInvariants(records: SettlementClaim[], why: string): void {
  const m = matrixOf(records);
  const n = netSettlement(m);
  assert.equal(n.netSum, 0, `${why}: nets sum to zero nationally`);
  assert.equal(n.centralReceives, n.centralPaysOut, `${why}: the central association pays out what it takes in`);
  // Row and column sums, recomputed straight from the records, equal the transfers.
  const col = new Map<string, number>(), row = new Map<string, number>();
  let own = 0;
  for (const r of records) {
    const a = r.insurerPays + (r.publicExpensePays ?? 0);
    if (r.providerFederation === r.insurerFederation) { own += a; continue; }
    col.set(r.providerFederation, (col.get(r.providerFederation) ?? 0) + a);
    row.set(r.insurerFederation, (row.get(r.insurerFederation) ?? 0) + a);
  }
  for (const t of n.transfers) {
    assert.equal(t.receivable.amount, col.get(t.federation) ?? 0, `${why}: column ${t.federation}`);
    assert.equal(t.payable.amount, row.get(t.federation) ?? 0, `${why}: row ${t.federation}`);
    assert.equal(t.net, columnTotals(m, t.federation).amount - rowTotals(m, t.federation).amount, `${why}: net ${t.federation}`);
    assert.equal(t.amount, Math.abs(t.net));
  }
  m.federations.forEach((_, i) => assert.deepEqual(m.cells[i]![i], { claims: 0, insurerPays: 0, publicExpensePays: 0, amount: 0 }, `${why}: diagonal`));
  assert.equal(m.ownPrefecture.amount, own, `${why}: own-prefecture total`);
  // The paying federations' detail adds up to their rows, and each provider federation to its cell.
  const d = payingFederationDetails(records);
  assert.ok(d.ok);
  for (const x of d.value) {
    assert.deepEqual(x.total, rowTotals(m, x.federation), `${why}: detail total ${x.federation}`);
    assert.equal(x.byInsurer.reduce((s, i) => s + i.amount, 0), x.total.amount);
    assert.equal(x.byInsurer.reduce((s, i) => s + i.claims, 0), x.claims.length);
    for (const p of x.byProviderFederation) {
      const { providerFederation: _, ...totals } = p;
      assert.deepEqual(totals, owed(m, x.federation, p.providerFederation), `${why}: ${x.federation}→${p.providerFederation}`);
    }
    assert.deepEqual(x.byInsurer.map((i) => i.insurerNumber), x.byInsurer.map((i) => i.insurerNumber).sort());
  }
  assert.equal(d.value.reduce((s, x) => s + x.total.amount, 0), m.total.amount);
}

test('generated months with reversals: nets sum to zero, row/column sums equal the nets, detail adds up', () => {
  for (const [seed, size] of [[1, 0], [2, 1], [3, 50], [4, 3_000], [5, 20_000]] as const) checkInvariants(generatedMonth(seed, size), `seed ${seed}, ${size} records`);
});

test('output does not depend on input order (matrix, transfers, detail, CSV)', () => {
  const records = generatedMonth(11, 5_000);
  const a = matrixOf(records), b = matrixOf(shuffled(records, 99));
  assert.deepEqual(b, a);
  assert.equal(settlementMatrixCsv(b), settlementMatrixCsv(a));
  assert.equal(settlementTransfersCsv(netSettlement(b)), settlementTransfersCsv(netSettlement(a)));
  const da = payingFederationDetails(records), db = payingFederationDetails(shuffled(records, 7));
  assert.ok(da.ok && db.ok);
  assert.deepEqual(db.value, da.value);
});

test('bad records are refused with Japanese messages, never thrown', () => {
  const good: SettlementClaim = { claimKey: 'K', providerFederation: '13', insurerFederation: '14', insurerNumber: '140012', insurerPays: 1_000 };
  const rows: [Partial<SettlementClaim> & Record<string, unknown>, SettlementErrorCode[]][] = [
    [{ claimKey: ' ' }, ['emptyKey']],
    [{ providerFederation: '48' }, ['unknownFederation']],
    [{ insurerFederation: '00', providerFederation: '1' }, ['unknownFederation', 'unknownFederation']],
    [{ insurerNumber: '' }, ['emptyInsurer']],
    [{ insurerPays: 1_000.5 }, ['notInteger']],
    [{ publicExpensePays: Number.NaN }, ['notInteger']],
    [{ serviceMonth: '2025-13' }, ['badMonth']],
    [{ kind: 'refund' as never }, ['unknownKind']],
    [{ insurerPays: Number.MAX_SAFE_INTEGER, publicExpensePays: 1 }, ['tooLarge']],
  ];
  for (const [change, codes] of rows) {
    const r = buildSettlementMatrix([good, { ...good, ...change } as SettlementClaim]);
    assert.equal(r.ok, false, JSON.stringify(change));
    if (r.ok) continue;
    assert.deepEqual(r.errors.map((e) => e.code), codes, JSON.stringify(change));
    assert.ok(r.errors.every((e) => e.index === 1 && e.message.startsWith('2件目 ')));
  }
  const big = Math.floor(Number.MAX_SAFE_INTEGER / 2) + 1;
  const r = buildSettlementMatrix([{ ...good, insurerPays: big }, { ...good, insurerPays: -big }]);
  assert.equal(r.ok, false, 'Σ|amount| beyond 2^53 − 1 is refused even when the signed sum is small');
  if (!r.ok) assert.deepEqual(r.errors.map((e) => [e.code, e.index]), [['tooLarge', -1]]);
});

test('a national year fits: ¥26 trillion of out-of-prefecture amounts sums exactly', () => {
  // seed 001: about ¥26 trillion a year through the federations. Twelve months of ~¥2.2T, split unevenly.
  const records: SettlementClaim[] = [];
  for (let i = 0; i < 12; i++) records.push({ claimKey: `m${i}`, providerFederation: '13', insurerFederation: '11', insurerNumber: '110015', insurerPays: 2_166_666_666_667 + i });
  const m = matrixOf(records);
  assert.equal(owed(m, '11', '13').amount, 12 * 2_166_666_666_667 + 66);
  assert.equal(netSettlement(m).netSum, 0);
});
