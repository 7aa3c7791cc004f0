/**
 * CSV of the matrix and of the transfers: UTF-8 text (the caller encodes; no BOM), CRLF line ends as
 * in the 受付結果 CSV, a Japanese header row, integer yen without separators, minus sign for negative
 * amounts, rows and columns in federation-code order. The same matrix always gives the same bytes.
 */
import { csvLine } from '../common/csv-out.ts';
import { PREFECTURES, federationName } from '../common/prefectures.ts';
import { columnTotals, rowTotals, type SettlementMatrix } from './settlement-matrix.ts';
import { TRANSFER_DIRECTIONS, type NationalNetting } from './netting.ts';

const line = csvLine;

/**
 * 全国決済 matrix: one row per federation as the insurer side (支払側), one column per federation as the
 * provider side (受取側), each cell the amount in yen (保険者負担 + 公費 settled), the diagonal blank
 * (自県分は対象外), then 支払計 per row and a last row 受取計 per column with the grand total.
 */
export function settlementMatrixCsv(m: SettlementMatrix): string {
  let s = line(['都道府県番号', '都道府県名（行：保険者側が支払／列：医療機関側が受取）', ...m.federations.map((f) => `${f} ${PREFECTURES[f]}`), '支払計']);
  m.federations.forEach((f, i) => {
    const row = m.cells[i]!.map((c, j) => (i === j ? '' : c.amount));
    s += line([f, PREFECTURES[f], ...row, rowTotals(m, f).amount]);
  });
  s += line(['', '受取計', ...m.federations.map((f) => columnTotals(m, f).amount), m.total.amount]);
  return s;
}

/** Header of {@link settlementTransfersCsv}. */
export const TRANSFERS_CSV_HEADER = [
  '都道府県番号', '連合会名',
  '受取件数', '受取額', '支払件数', '支払額',
  '差引額', '区分', '振替額',
] as const;

/**
 * One transfer per federation (all 47, code order): what others owe it (受取) and what it owes (支払),
 * counts and yen, the net (受取額 − 支払額), whether it receives from or pays the central association,
 * and the amount; a last row 合計 (its 差引額 is always 0, its 振替額 is what the central association
 * takes in, which equals what it pays out).
 */
export function settlementTransfersCsv(n: NationalNetting): string {
  let s = line([...TRANSFERS_CSV_HEADER]);
  let recvClaims = 0, recv = 0, payClaims = 0, pay = 0;
  for (const t of n.transfers) {
    recvClaims += t.receivable.claims; recv += t.receivable.amount;
    payClaims += t.payable.claims; pay += t.payable.amount;
    s += line([t.federation, federationName(t.federation), t.receivable.claims, t.receivable.amount, t.payable.claims, t.payable.amount, t.net, TRANSFER_DIRECTIONS[t.direction], t.amount]);
  }
  s += line(['合計', '', recvClaims, recv, payClaims, pay, n.netSum, '', n.centralReceives]);
  return s;
}
