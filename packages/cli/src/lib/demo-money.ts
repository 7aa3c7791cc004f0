/**
 * The demo's money step, on the month reviewed by simulation (all its claims decided): its claims
 * priced and posted to the next month's books, the 全国決済 run, the books of every federation
 * involved closed and verified, the bills and payment statements written, the 共同事業 counted.
 * Run again, it posts nothing twice: a closed month is only verified and its documents written again.
 */
import { join } from 'node:path';
import { reconciliationText, reviewFeeFor } from '@kokuho/core/billing';
import { federationName, formatWareki, type FederationCode, type YearMonth } from '@kokuho/core/common';
import { FEDERATION_CODES } from '@kokuho/core/settlement';
import { PrintError } from '@kokuho/print';
import type { KokuhoDb } from '@kokuho/store';
import { writeBillingDocuments, type BillingDocuments } from '@kokuho/store/billing';
import { closeMonth, isClosed, postMonth, verifyClosing } from '@kokuho/store/ledger';
import { poolingOf } from '@kokuho/store/pooling';
import { runSettlement } from '@kokuho/store/settlement';
import { readReviewFeesOrFail, REPO_REVIEW_FEES, scheduledFees } from './review-fee-schedule.ts';

const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;

export interface DemoMoneyOptions {
  federation: FederationCode;
  /** The service month decided (the month reviewed by simulation). */
  serviceMonth: YearMonth;
  /** The books it is posted to. */
  postingMonth: YearMonth;
  dataDir: string;
  log: (line: string) => void;
}

export async function demoMoney(k: KokuhoDb, o: DemoMoneyOptions): Promise<void> {
  const { federation, postingMonth, log } = o;
  const schedule = readReviewFeesOrFail(REPO_REVIEW_FEES);
  const closed = await k.withFederation(federation, (trx) => isClosed(trx, postingMonth));
  if (closed) log(`  ${formatWareki(postingMonth)}処理分の帳簿は締め済みです。記帳・決済はせず、締めた帳簿を再計算して照合します。`);
  else {
    const fees = scheduledFees(schedule, federation, postingMonth);
    const posted = await postMonth(k, federation, o.serviceMonth, postingMonth, { postedBy: 'kokuho demo', reviewFee: (c) => fees.fee(c) });
    log(`  ${formatWareki(o.serviceMonth)}診療分の決定済み ${posted.decided.toLocaleString()}件を ${formatWareki(postingMonth)}処理分の帳簿に記帳: `
      + `${posted.priced.toLocaleString()}件（新規 ${posted.inserted.toLocaleString()}行）、保険者負担 ${yen(posted.balance.byAccount['insurer-benefit'])}・公費負担 ${yen(posted.balance.byAccount['public-expense'])}・`
      + `医療機関への支払 ${yen(posted.balance.byAccount['provider-payment'])}・審査支払手数料 ${yen(posted.balance.byAccount['review-fee'])}`);
    for (const [reason, n] of Object.entries(posted.unpriced)) log(`    未記帳 ${n.toLocaleString()}件: ${reason}`);
    const settled = await runSettlement(k, postingMonth, {
      runBy: 'kokuho demo',
      reviewFee: (f, insurerNumber, category, month) => reviewFeeFor(schedule, { federation: f, insurerNumber, category, month }) ?? 0,
    });
    log(`  全国決済: 県外の保険者の分 ${settled.records.toLocaleString()}件を ${settled.posted.length}連合会の帳簿に記帳（${settled.posted.map((p) => federationName(p.federation)).join('・') || 'なし'}）`);
  }
  // every federation with books this month closes them (in the demo the central association runs them all)
  const federations = await booksOfMonth(k, postingMonth);
  for (const f of federations) {
    const c = await closeMonth(k, f, postingMonth, 'kokuho demo', { requireSettlement: true });
    const v = await verifyClosing(k, f, postingMonth);
    if (f === federation || !v.ok) log(`  ${federationName(f)}の帳簿: 締め ${c.entries.toLocaleString()}行、再計算 ${v.ok ? '一致' : '不一致'}（ダイジェスト ${c.digest.slice(0, 16)}…）`);
  }
  if (federations.length > 1) log(`  （ほか ${federations.length - 1}連合会の帳簿も締めて再計算し、一致しました）`);

  const out = join(o.dataDir, 'reports', federation, postingMonth, 'bills');
  let docs: BillingDocuments;
  try {
    docs = await writeBillingDocuments(k, federation, postingMonth, out, { pdf: true });
  } catch (e) {
    if (!(e instanceof PrintError)) throw e;
    log(`  PDF は書き出せません（${e.message.split('\n')[0]}）。CSV のみ書き出します。`);
    docs = await writeBillingDocuments(k, federation, postingMonth, out, { pdf: false });
  }
  log(`  請求書 ${docs.bills}保険者: 請求額 ${yen(docs.billed)}（うち審査支払手数料 ${yen(docs.reviewFee)}）／公費請求書 ${docs.publicBills}公費負担者: 請求額 ${yen(docs.publicBilled)}`);
  log(`  支払額通知書 ${docs.statements}医療機関: 支払額 ${yen(docs.paid)}`);
  log(`  ${reconciliationText(docs.reconciliation)}`);
  log(`  帳票: ${out}`);

  const pooling = await poolingOf(k, { month: o.serviceMonth });
  const national = pooling.summary.nationalByMonth;
  const count = (f: (n: (typeof national)[number]) => number) => national.reduce((n, x) => n + f(x), 0);
  log(`  共同事業（${formatWareki(o.serviceMonth)}診療分）: 高額医療費共同事業の対象 ${count((n) => n.highCost.claims)}件（対象額 ${yen(count((n) => n.highCost.countedPart))}）、`
    + `特別高額医療費共同事業の対象 ${count((n) => n.extraHighCost.claims)}件`);
}

/** The federations whose books have entries in the month (the RLS-bound application sees one at a time). */
async function booksOfMonth(k: KokuhoDb, month: YearMonth): Promise<FederationCode[]> {
  const out: FederationCode[] = [];
  for (const f of FEDERATION_CODES) {
    const any = await k.withFederation(f, (trx) => trx.selectFrom('ledger_entries').select('entry_id').where('posting_month', '=', month).limit(1).executeTakeFirst());
    if (any) out.push(f);
  }
  return out;
}
