/**
 * CSV of the 共同事業 aggregates, as the settlement CSVs are written (UTF-8 text, CRLF, Japanese header,
 * integer yen): one file per level — insurer, prefecture, national — and period — month (診療年月) or
 * 年度 — with the rows in the summary's order. The same summary always gives the same text.
 */
import { csvLine } from '../common/csv-out.ts';
import { PREFECTURES } from '../common/prefectures.ts';
import type { PoolingSummary, PoolingTotals } from './pooling-types.ts';

export interface PoolingFile {
  name: string;
  text: string;
}

const TOTALS_HEADER = [
  '件数', '医療費',
  '高額医療費共同事業 対象件数', '対象医療費', '対象額（80万円を超える部分）', '国・都道府県の負担額（各1/4）',
  '特別高額医療費共同事業 対象件数', '対象医療費', '対象額（200万円を超える部分）',
] as const;

const totals = (t: PoolingTotals): number[] => [
  t.claims, t.medicalCost,
  t.highCost.claims, t.highCost.medicalCost, t.highCost.countedPart, t.highCost.quarterShare,
  t.extraHighCost.claims, t.extraHighCost.medicalCost, t.extraHighCost.countedPart,
];

function csv<R extends PoolingTotals>(head: readonly string[], rows: readonly R[], cells: (r: R) => (string | number)[]): string {
  return csvLine([...head, ...TOTALS_HEADER]) + rows.map((r) => csvLine([...cells(r), ...totals(r)])).join('');
}

/** The six files, in name order. */
export function poolingCsvFiles(s: PoolingSummary): PoolingFile[] {
  return [
    { name: 'pooling-insurers-by-fiscal-year.csv', text: csv(['都道府県番号', '都道府県名', '制度', '保険者番号', '年度', '年度（和暦）'], s.byInsurerFiscalYear, (r) => [r.prefecture, PREFECTURES[r.prefecture], r.scheme, r.insurerNumber, r.fiscalYear, r.fiscalYearLabel]) },
    { name: 'pooling-insurers-by-month.csv', text: csv(['都道府県番号', '都道府県名', '制度', '保険者番号', '診療年月'], s.byInsurerMonth, (r) => [r.prefecture, PREFECTURES[r.prefecture], r.scheme, r.insurerNumber, r.month]) },
    { name: 'pooling-national-by-fiscal-year.csv', text: csv(['制度', '年度', '年度（和暦）'], s.nationalByFiscalYear, (r) => [r.scheme, r.fiscalYear, r.fiscalYearLabel]) },
    { name: 'pooling-national-by-month.csv', text: csv(['制度', '診療年月'], s.nationalByMonth, (r) => [r.scheme, r.month]) },
    { name: 'pooling-prefectures-by-fiscal-year.csv', text: csv(['都道府県番号', '都道府県名', '制度', '年度', '年度（和暦）'], s.byPrefectureFiscalYear, (r) => [r.prefecture, PREFECTURES[r.prefecture], r.scheme, r.fiscalYear, r.fiscalYearLabel]) },
    { name: 'pooling-prefectures-by-month.csv', text: csv(['都道府県番号', '都道府県名', '制度', '診療年月'], s.byPrefectureMonth, (r) => [r.prefecture, PREFECTURES[r.prefecture], r.scheme, r.month]) },
  ];
}
