/**
 * The bill to a 公費 payer as a printed document (公費負担医療 診療報酬等請求書): the amount billed and
 * the fees in the header, the table by category with 過誤調整 apart, and the breakdown by provider,
 * laid out like the insurer bill. The payer is named by the registry, else by its programme (法別番号).
 */
import { publicBilledAmount, type PublicExpenseBill } from '@kokuho/core/billing';
import { formatWareki } from '@kokuho/core/common';
import type { PrintDocument } from '@kokuho/print';
import { byParty, countText, figureColumn, sectionRows, UNCLOSED_NOTE, yenText } from './billing-print-parts.ts';
import type { BillingDocumentContext } from './insurer-bill-document.ts';

/** The payer's name: the registry's, else its programme's, else its number. */
export const payerName = (bill: PublicExpenseBill, names: ReadonlyMap<string, string>): string => names.get(bill.payerNumber) ?? bill.lawName ?? bill.payerNumber;

export function publicBillDocument(bill: PublicExpenseBill, c: BillingDocumentContext): PrintDocument {
  const t = bill.total;
  const figures = (f: PublicExpenseBill['total']) => [countText(f.claims), countText(f.points), yenText(f.medicalCost), yenText(f.publicExpensePays), yenText(f.reviewFee),
    yenText(publicBilledAmount(f))];
  const providers = byParty(bill.postings, (a) => a.providerCode);
  return {
    title: '診療報酬等請求書（公費負担医療）',
    subtitle: `${formatWareki(bill.postingMonth)}処理分`,
    recipient: [`${payerName(bill, c.names)} 御中`, `公費負担者番号 ${bill.payerNumber}`, `法別番号 ${bill.lawNumber}${bill.lawName ? `（${bill.lawName}）` : ''}`],
    issuer: [c.federationName],
    fields: [
      { label: '処理年月', value: formatWareki(bill.postingMonth) },
      { label: '公費負担者番号', value: bill.payerNumber },
      { label: '請求額', value: `${yenText(bill.billed)}円` },
      { label: 'うち審査支払手数料', value: `${yenText(bill.reviewFee)}円` },
      { label: '件数', value: `${countText(t.claims)}件` },
      { label: '過誤調整（公費負担）', value: `${yenText(bill.adjustments.publicExpensePays)}円` },
    ],
    tables: [
      {
        caption: '種別ごとの内訳（円）',
        columns: [{ label: '区分' }, { label: '種別' }, ...['件数', '点数', '医療費', '公費負担', '審査支払手数料', '請求額'].map((l) => figureColumn(l))],
        rows: sectionRows(bill.lines, figures),
        totals: ['合計', '', ...figures(t)],
      },
      {
        caption: '医療機関ごとの内訳（円）',
        columns: [{ label: '医療機関コード', width: 1.3 }, { label: '医療機関名', width: 3 }, ...['件数', '点数', '公費負担', '審査支払手数料', '請求額'].map((l) => figureColumn(l))],
        rows: providers.map((p) => [p.code, c.names.get(p.code) ?? '', countText(p.figures.claims), countText(p.figures.points), yenText(p.figures.publicExpensePays),
          yenText(p.figures.reviewFee), yenText(publicBilledAmount(p.figures))]),
        totals: ['合計', '', countText(t.claims), countText(t.points), yenText(t.publicExpensePays), yenText(t.reviewFee), yenText(bill.billed)],
      },
    ],
    notes: [
      '請求額は、公費負担の合計に審査支払手数料の合計を加えた額です（手数料は保険者のない公費単独のレセプトの分です）。',
      '点数・医療費はレセプト全体の値です（保険者負担・他の公費負担の分を含みます）。',
      '過誤調整は、前月までに請求したレセプトの過誤・取下げ・再審査による調整額です（△は減額）。',
      `レセプトごとの明細は ${bill.payerNumber}-public-claims.csv にあります。`,
      ...(c.closed ? [] : [UNCLOSED_NOTE]),
    ],
    issuedOn: c.issuedOn,
  };
}
