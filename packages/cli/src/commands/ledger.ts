/**
 * `kokuho ledger post --federation NN --month YYYY-MM [--posting-month YYYY-MM] [--review-fee YEN | --review-fees FILE] [--json]`:
 * the decided claims of a service month priced and posted to the books of the posting month (default:
 * the month after), each claim charged its review fee from billing/review-fees.csv (or a flat
 * --review-fee); `kokuho ledger close --federation NN --month YYYY-MM` closes a posting month (totals,
 * balance check, digest); `kokuho ledger verify` recomputes a closed month's digest from its entries.
 */
import type { Command } from 'commander';
import { federationName } from '@kokuho/core/common';
import { openDatabase, type KokuhoDb } from '@kokuho/store';
import { closeMonth, LedgerError, postMonth, verifyClosing } from '@kokuho/store/ledger';
import { federationOption, monthOption } from '../lib/options.ts';
import { readReviewFeesOrFail, REPO_REVIEW_FEES, scheduledFees } from '../lib/review-fee-schedule.ts';
import { UsageError } from '../usage-error.ts';

const ACCOUNT_LABELS = { 'insurer-benefit': '保険者負担', 'public-expense': '公費負担', 'provider-payment': '医療機関への支払', 'review-fee': '審査支払手数料' } as const;
const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Runs on the database; the ledger's refusals (closed month, conflict, imbalance) are usage errors. */
async function withLedger(fn: (k: KokuhoDb) => Promise<void>): Promise<void> {
  const k = await openDatabase();
  try {
    await fn(k);
  } catch (e) {
    if (e instanceof LedgerError) throw new UsageError(e.message);
    throw e;
  } finally {
    await k.close();
  }
}

export function register(program: Command): void {
  const ledger = program.command('ledger').description('帳簿（審査決定の金額の記帳・月の締め）');
  ledger
    .command('post')
    .description('診療月の決定済みレセプトの金額を計算し、処理月の帳簿に記帳する（何度実行しても二重にならない）')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .option('--posting-month <YYYY-MM>', '記帳する処理月（既定: 診療年月の翌月）')
    .option('--review-fee <yen>', '1件あたりの審査支払手数料（円）を一律に指定（手数料の表より優先）')
    .option('--review-fees <file>', '審査支払手数料の表', REPO_REVIEW_FEES)
    .option('--json', 'JSON で出力')
    .action(async (opts: { federation: string; month: string; postingMonth?: string; reviewFee?: string; reviewFees: string; json?: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const posting = monthOption(opts.postingMonth ?? nextMonth(month));
      if (opts.reviewFee !== undefined && !/^\d{1,6}$/.test(opts.reviewFee)) throw new UsageError(`--review-fee は0以上の整数（円）です: ${opts.reviewFee}`);
      const flat = opts.reviewFee === undefined ? undefined : Number(opts.reviewFee);
      const scheduled = flat === undefined ? scheduledFees(readReviewFeesOrFail(opts.reviewFees), federation, posting) : undefined;
      await withLedger(async (k) => {
        const r = await postMonth(k, federation, month, posting, { postedBy: 'kokuho ledger post', reviewFee: (c) => flat ?? scheduled!.fee(c) });
        if (scheduled?.unmatched) console.error(`注意: 審査支払手数料の表（${opts.reviewFees}）に当てはまる行がない ${scheduled.unmatched.toLocaleString()}件は手数料 0円で記帳しました`);
        if (opts.json) return void process.stdout.write(`${JSON.stringify({ federation, month, postingMonth: posting, ...r }, null, 2)}\n`);
        console.log(`${federationName(federation)} ${month}診療分 → ${posting}の帳簿: 決定済み ${r.decided.toLocaleString()}件（審査中 ${r.pending.toLocaleString()}件${r.pendingSpecial ? `（うち国保中央会の特別審査 ${r.pendingSpecial.toLocaleString()}件）` : ''}・返戻 ${r.returned.toLocaleString()}件は対象外）`);
        console.log(`  記帳 ${r.priced.toLocaleString()}件（新規の記帳 ${r.inserted.toLocaleString()}行）${r.alreadyPosted ? `、記帳済みのため対象外 ${r.alreadyPosted.toLocaleString()}件` : ''}`);
        for (const [reason, n] of Object.entries(r.unpriced)) console.log(`  未記帳 ${n.toLocaleString()}件: ${reason}`);
        for (const [a, label] of Object.entries(ACCOUNT_LABELS)) console.log(`  ${label}: ${yen(r.balance.byAccount[a as keyof typeof ACCOUNT_LABELS])}`);
        console.log(`  差（保険者・公費の負担 − 医療機関への支払）: ${yen(r.balance.imbalance)}`);
      });
    });
  ledger
    .command('close')
    .description('処理月の帳簿を締める（合計・貸借の確認・ダイジェストを記録。以後その月には記帳できない）')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .requiredOption('--month <YYYY-MM>', '処理月')
    .action(async (opts: { federation: string; month: string }) => {
      const federation = federationOption(opts.federation);
      await withLedger(async (k) => {
        const c = await closeMonth(k, federation, monthOption(opts.month), 'kokuho ledger close', { requireSettlement: true });
        console.log(`${federationName(federation)} ${c.month}の帳簿を締めました（${c.closedAt}）: ${c.entries.toLocaleString()}行、ダイジェスト ${c.digest}`);
        for (const [a, label] of Object.entries(ACCOUNT_LABELS)) console.log(`  ${label}: ${yen(c.totals[a as keyof typeof ACCOUNT_LABELS] ?? 0)}`);
      });
    });
  ledger
    .command('verify')
    .description('締めた月の帳簿を記帳から計算し直し、締めたときのダイジェストと一致するか確かめる（不一致は終了コード 1）')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .requiredOption('--month <YYYY-MM>', '処理月')
    .action(async (opts: { federation: string; month: string }) => {
      const federation = federationOption(opts.federation);
      await withLedger(async (k) => {
        const v = await verifyClosing(k, federation, monthOption(opts.month));
        if (!v.closing) throw new UsageError(`${opts.month} の帳簿は締められていません（kokuho ledger close）`);
        console.log(v.ok ? `一致しました: ${v.digest}` : `一致しません: 締めたとき ${v.closing.digest}、いま ${v.digest}`);
        if (!v.ok) process.exitCode = 1;
      });
    });
}
