/**
 * The bill to an insurer as a printed document (診療報酬等請求書): the amount billed and the fees in
 * the header, the table by category with 過誤調整 apart, and the breakdown by provider. The claims
 * one by one are in the detail CSV, which a large insurer's month would fill hundreds of pages with.
 */
import type { InsurerBill } from '@kokuho/core/billing';
import { billedAmount } from '@kokuho/core/billing';
import { formatWareki, type IsoDate } from '@kokuho/core/common';
import type { PrintDocument } from '@kokuho/print';
import { byParty, countText, figureColumn, sectionRows, UNCLOSED_NOTE, yenText } from './billing-print-parts.ts';

export interface BillingDocumentContext {
  federationName: string;
  /** 保険者番号 and 医療機関コード → name. */
  names: ReadonlyMap<string, string>;
  issuedOn: IsoDate;
  closed: boolean;
}

export function insurerBillDocument(bill: InsurerBill, c: BillingDocumentContext): PrintDocument {
  const t = bill.total;
  const figures = (f: InsurerBill['total']) => [countText(f.claims), countText(f.points), yenText(f.medicalCost), yenText(f.insurerPays), yenText(f.publicExpensePays),
    yenText(f.copay), yenText(f.mealCost), yenText(f.reviewFee), yenText(billedAmount(f))];
  const amounts = ['件数', '点数', '医療費', '保険者負担', '公費負担', '一部負担金', '食事療養', '審査支払手数料', '請求額'].map((l) => figureColumn(l));
  const providers = byParty(bill.postings, (a) => a.providerCode);
  return {
    title: '診療報酬等請求書',
    subtitle: `${formatWareki(bill.postingMonth)}処理分`,
    recipient: [`${c.names.get(bill.insurerNumber) ?? bill.insurerNumber} 御中`, `保険者番号 ${bill.insurerNumber}`],
    issuer: [c.federationName],
    fields: [
      { label: '処理年月', value: formatWareki(bill.postingMonth) },
      { label: '保険者番号', value: bill.insurerNumber },
      { label: '請求額', value: `${yenText(bill.billed)}円` },
      { label: 'うち審査支払手数料', value: `${yenText(bill.reviewFee)}円` },
      { label: '件数', value: `${countText(t.claims)}件` },
      { label: '過誤調整（保険者負担）', value: `${yenText(bill.adjustments.insurerPays)}円` },
    ],
    tables: [
      {
        caption: '種別ごとの内訳（円）',
        columns: [{ label: '区分' }, { label: '種別' }, ...amounts],
        rows: sectionRows(bill.lines, figures),
        totals: ['合計', '', ...figures(t)],
      },
      {
        caption: '医療機関ごとの内訳（円）',
        columns: [{ label: '医療機関コード', width: 1.3 }, { label: '医療機関名', width: 3 }, ...['件数', '点数', '保険者負担', '審査支払手数料', '請求額'].map((l) => figureColumn(l))],
        rows: providers.map((p) => [p.code, c.names.get(p.code) ?? '', countText(p.figures.claims), countText(p.figures.points), yenText(p.figures.insurerPays),
          yenText(p.figures.reviewFee), yenText(billedAmount(p.figures))]),
        totals: ['合計', '', countText(t.claims), countText(t.points), yenText(t.insurerPays), yenText(t.reviewFee), yenText(bill.billed)],
      },
    ],
    notes: [
      '請求額は、保険者負担の合計に審査支払手数料（レセプト1件あたり）の合計を加えた額です。',
      '過誤調整は、前月までに請求したレセプトの過誤・取下げ・再審査による調整額です（△は減額）。',
      `レセプトごとの明細は ${bill.insurerNumber}-claims.csv にあります。`,
      ...(c.closed ? [] : [UNCLOSED_NOTE]),
    ],
    issuedOn: c.issuedOn,
  };
}
