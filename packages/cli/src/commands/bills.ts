/**
 * `kokuho bills --federation NN --month YYYY-MM [--out DIR] [--sjis] [--no-pdf]`: the posting month's
 * bills to the insurers of the federation's prefecture (`<insurer>-bill.csv/.pdf`, detail
 * `<insurer>-claims.csv`), bills to 公費 payers (`<payer>-public-bill.csv/.pdf`, `<payer>-public-claims.csv`),
 * payment statements to its providers (`<provider>-payment.csv/.pdf`), `summary.csv` and the month's
 * reconciliation (`reconciliation.csv`, printed as one line), from the books. Documents that disagree
 * with the books, or a month that does not tie out, are not written (exit 1); a missing Japanese font
 * is an environment error (exit 2) that --no-pdf avoids.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { reconciliationText } from '@kokuho/core/billing';
import { federationName, formatWareki } from '@kokuho/core/common';
import { PrintError } from '@kokuho/print';
import { defaultDataDir, openDatabase } from '@kokuho/store';
import { BillingDocumentsError, writeBillingDocuments } from '@kokuho/store/billing';
import { federationOption, monthOption } from '../lib/options.ts';
import { UsageError } from '../usage-error.ts';

const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;

export function register(program: Command): void {
  program
    .command('bills')
    .description('処理月の請求書（保険者・公費負担者ごと）と支払額通知書（医療機関ごと）、月次照合を帳簿から CSV・PDF に書き出す')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .requiredOption('--month <YYYY-MM>', '処理月（帳簿の月）')
    .option('--out <dir>', '書き出すディレクトリ（既定: データディレクトリの reports/<連合会>/<処理月>/bills）')
    .option('--sjis', 'CSV を Shift_JIS で書き出す（既定は UTF-8）')
    .option('--no-pdf', 'PDF を書き出さない（CSV のみ）')
    .action(async (opts: { federation: string; month: string; out?: string; sjis?: boolean; pdf: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const out = opts.out ?? join(defaultDataDir(), 'reports', federation, month, 'bills');
      const k = await openDatabase();
      try {
        const r = await writeBillingDocuments(k, federation, month, out, { encoding: opts.sjis ? 'sjis' : 'utf8', pdf: opts.pdf });
        console.log(`${federationName(federation)} ${formatWareki(month)}処理分（${r.closed ? `帳簿締め済み、発行日 ${formatWareki(r.issuedOn)}` : '帳簿は未締め'}）`);
        console.log(`  請求書 ${r.bills.toLocaleString()}保険者: 請求額 ${yen(r.billed)}（うち審査支払手数料 ${yen(r.reviewFee)}）`);
        console.log(`  公費請求書 ${r.publicBills.toLocaleString()}公費負担者: 請求額 ${yen(r.publicBilled)}（うち審査支払手数料 ${yen(r.publicReviewFee)}）`);
        console.log(`  支払額通知書 ${r.statements.toLocaleString()}医療機関: 支払額 ${yen(r.paid)}`);
        console.log(`  ${reconciliationText(r.reconciliation)}`);
        console.log(`  → ${out}（${r.files.length}ファイル）`);
      } catch (e) {
        if (e instanceof BillingDocumentsError) {
          console.error(`kokuho: 帳簿と一致しないため書き出しませんでした\n${e.message}`);
          process.exitCode = 1;
          return;
        }
        if (e instanceof PrintError) throw new UsageError(`${e.message}\n（--no-pdf で CSV だけを書き出せます）`);
        throw e;
      } finally {
        await k.close();
      }
    });
}
