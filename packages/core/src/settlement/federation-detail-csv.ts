/**
 * CSV of one federation's settlement detail, as the matrix and transfers CSVs are written (UTF-8 text,
 * CRLF, Japanese header, integer yen): every claim (行区分 明細), then the subtotals (保険者計 /
 * 連合会計) and a last 合計 row, so that a reader can check the sums in the file itself. The paying
 * federation bills its insurers from its detail; the receiving federation reconciles what it is owed.
 */
import { csvLine } from '../common/csv-out.ts';
import { PREFECTURES } from '../common/prefectures.ts';
import type { PayingFederationDetail } from './paying-federation-detail.ts';
import type { ReceivingFederationDetail } from './receiving-federation-detail.ts';
import { SETTLEMENT_ITEM_KINDS, type SettlementTotals, type ValidSettlementClaim } from './settlement-types.ts';

const AMOUNTS = ['件数', '保険者負担額', '公費負担額', '決済額'] as const;
const figures = (t: SettlementTotals): number[] => [t.claims, t.insurerPays, t.publicExpensePays, t.amount];
const claimFigures = (c: ValidSettlementClaim): number[] => [1, c.insurerPays, c.publicExpensePays, c.amount];

export const PAYING_DETAIL_CSV_HEADER = ['行区分', '保険者番号', '医療機関側の連合会', '都道府県名', '医療機関コード', '診療年月', 'レセプト', '区分', ...AMOUNTS] as const;

/**
 * 支払側明細: the claims by insurer, each insurer's claims followed by its 保険者計, then one 連合会計
 * per provider federation (the cells of the federation's row) and 合計 (the row's total).
 */
export function payingDetailCsv(d: PayingFederationDetail): string {
  let s = csvLine([...PAYING_DETAIL_CSV_HEADER]);
  let i = 0;
  for (const t of d.byInsurer) {
    for (; i < d.claims.length && d.claims[i]!.insurerNumber === t.insurerNumber; i++) {
      const c = d.claims[i]!;
      s += csvLine(['明細', c.insurerNumber, c.providerFederation, PREFECTURES[c.providerFederation], c.providerCode, c.serviceMonth, c.claimKey, SETTLEMENT_ITEM_KINDS[c.kind], ...claimFigures(c)]);
    }
    s += csvLine(['保険者計', t.insurerNumber, '', '', '', '', '', '', ...figures(t)]);
  }
  for (const p of d.byProviderFederation) s += csvLine(['連合会計', '', p.providerFederation, PREFECTURES[p.providerFederation], '', '', '', '', ...figures(p)]);
  s += csvLine(['合計', '', '', '', '', '', '', '', ...figures(d.total)]);
  return s;
}

export const RECEIVING_DETAIL_CSV_HEADER = ['行区分', '保険者側の連合会', '都道府県名', '保険者番号', '医療機関コード', '診療年月', 'レセプト', '区分', ...AMOUNTS] as const;

/**
 * 受取側明細: the claims by insurer federation, each federation's claims followed by its 連合会計 (one
 * cell of the federation's column), then 合計 (the column's total).
 */
export function receivingDetailCsv(d: ReceivingFederationDetail): string {
  let s = csvLine([...RECEIVING_DETAIL_CSV_HEADER]);
  let i = 0;
  for (const t of d.byInsurerFederation) {
    for (; i < d.claims.length && d.claims[i]!.insurerFederation === t.insurerFederation; i++) {
      const c = d.claims[i]!;
      s += csvLine(['明細', c.insurerFederation, PREFECTURES[c.insurerFederation], c.insurerNumber, c.providerCode, c.serviceMonth, c.claimKey, SETTLEMENT_ITEM_KINDS[c.kind], ...claimFigures(c)]);
    }
    s += csvLine(['連合会計', t.insurerFederation, PREFECTURES[t.insurerFederation], '', '', '', '', '', ...figures(t)]);
  }
  s += csvLine(['合計', '', '', '', '', '', '', '', ...figures(d.total)]);
  return s;
}
