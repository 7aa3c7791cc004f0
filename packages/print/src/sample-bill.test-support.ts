/**
 * A 診療報酬等請求書 (bill to an insurer) of made-up figures, long enough to run over three A4
 * pages, for the tests. Provider codes and amounts are synthetic; only the shape is that of the
 * real form (one line per provider, 件数・日数・点数・請求額, a totals row).
 */
import type { PrintDocument } from './print-document.ts';
import { formatCount, formatYen } from './number-format.ts';

export const SAMPLE_ROWS = 100;

export function sampleBill(rows = SAMPLE_ROWS): PrintDocument {
  const lines = Array.from({ length: rows }, (_, i) => {
    const n = i + 1;
    const count = (n * 7) % 40 + 1;
    const days = count * 2 + (n % 3);
    const points = count * 1234 + n * 17;
    return { n, count, days, points, yen: points * 10 };
  });
  const sum = (k: 'count' | 'days' | 'points' | 'yen'): number => lines.reduce((s, l) => s + l[k], 0);
  return {
    title: '診療報酬等請求書',
    subtitle: '国民健康保険 医科・歯科・調剤',
    recipient: ['東京都千代田区 国民健康保険 御中', '保険者番号 138016', '東京都千代田区九段南1-2-1'],
    issuer: ['東京都国民健康保険団体連合会', '東京都千代田区飯田橋3-5-1'],
    fields: [
      { label: '処理年月', value: '令和7年6月' },
      { label: '診療年月', value: '令和7年5月' },
      { label: '請求件数', value: formatCount(sum('count')) },
      { label: '請求金額', value: `${formatYen(sum('yen'))}円` },
    ],
    tables: [
      {
        caption: '医療機関別内訳',
        columns: [
          { label: '医療機関コード', width: 1.3 },
          { label: '医療機関名', width: 3 },
          { label: '件数', align: 'right', width: 0.7 },
          { label: '日数', align: 'right', width: 0.7 },
          { label: '点数', align: 'right', width: 1.1 },
          { label: '請求額（円）', align: 'right', width: 1.3 },
        ],
        rows: lines.map((l) => [
          `13${String(1000000 + l.n * 37).slice(-7)}`,
          l.n % 10 === 0 ? `医療法人社団 健康会 かなり長い名称の総合クリニック 第${l.n}診療所` : `診療所${l.n}`,
          formatCount(l.count),
          formatCount(l.days),
          formatCount(l.points),
          formatYen(l.yen),
        ]),
        totals: ['合計', '', formatCount(sum('count')), formatCount(sum('days')), formatCount(sum('points')), formatYen(sum('yen'))],
      },
    ],
    notes: ['支払予定日：令和7年6月20日', 'この請求書の内容についてのお問い合わせは、審査管理課（03-0000-0000）までお願いします。'],
    issuedOn: '2025-06-10',
  };
}
