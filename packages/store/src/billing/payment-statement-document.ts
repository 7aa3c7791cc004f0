/**
 * The payment statement to a provider as a printed document (診療報酬等支払額通知書): the amount paid
 * in the header, the table by category with 過誤調整 apart, and the breakdown by insurer (a provider
 * bills its own federation for every insurer, 全国決済 included).
 */
import { decidedAmount, type ProviderPaymentStatement } from '@kokuho/core/billing';
import { formatWareki } from '@kokuho/core/common';
import type { PrintDocument } from '@kokuho/print';
import { byParty, countText, figureColumn, sectionRows, UNCLOSED_NOTE, yenText } from './billing-print-parts.ts';
import type { BillingDocumentContext } from './insurer-bill-document.ts';

export function paymentStatementDocument(s: ProviderPaymentStatement, c: BillingDocumentContext): PrintDocument {
  const t = s.total;
  const figures = (f: ProviderPaymentStatement['total']) => [countText(f.claims), countText(f.points), yenText(f.medicalCost), yenText(f.copay), yenText(f.insurerPays),
    yenText(f.publicExpensePays), yenText(decidedAmount(f))];
  const insurers = byParty(s.postings, (a) => a.insurerNumber);
  return {
    title: '診療報酬等支払額通知書',
    subtitle: `${formatWareki(s.postingMonth)}処理分`,
    recipient: [`${c.names.get(s.providerCode) ?? s.providerCode} 御中`, `医療機関コード ${s.providerCode}`],
    issuer: [c.federationName],
    fields: [
      { label: '処理年月', value: formatWareki(s.postingMonth) },
      { label: '医療機関コード', value: s.providerCode },
      { label: '支払額', value: `${yenText(s.paid)}円` },
      { label: '件数', value: `${countText(t.claims)}件` },
      { label: '過誤調整', value: `${yenText(decidedAmount(s.adjustments))}円` },
    ],
    tables: [
      {
        caption: '種別ごとの内訳（円）',
        columns: [{ label: '区分' }, { label: '種別' }, ...['件数', '点数', '医療費', '一部負担金', '保険者負担', '公費負担', '決定金額'].map((l) => figureColumn(l))],
        rows: sectionRows(s.lines, figures),
        totals: ['合計', '', ...figures(t)],
      },
      {
        caption: '保険者ごとの内訳（円）',
        columns: [{ label: '保険者番号', width: 1.2 }, { label: '保険者名', width: 3 }, ...['件数', '点数', '保険者負担', '公費負担', '決定金額'].map((l) => figureColumn(l))],
        rows: insurers.map((i) => [i.code, c.names.get(i.code) ?? (i.code ? '' : '（公費単独）'), countText(i.figures.claims), countText(i.figures.points), yenText(i.figures.insurerPays),
          yenText(i.figures.publicExpensePays), yenText(decidedAmount(i.figures))]),
        totals: ['合計', '', countText(t.claims), countText(t.points), yenText(t.insurerPays), yenText(t.publicExpensePays), yenText(s.paid)],
      },
    ],
    notes: [
      '決定金額は保険者負担と公費負担の合計です（一部負担金は窓口で受領された額です）。',
      '過誤調整は、前月までに支払ったレセプトの過誤・取下げ・再審査による調整額で、この月の支払額で精算します（△は減額）。',
      ...(c.closed ? [] : [UNCLOSED_NOTE]),
    ],
    issuedOn: c.issuedOn,
  };
}
