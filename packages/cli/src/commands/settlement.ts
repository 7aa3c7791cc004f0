/**
 * `kokuho settlement run --month YYYY-MM [--out DIR] [--sjis] [--review-fee YEN | --review-fees FILE] [--json]`: the central
 * association's 全国決済 of a posting month, run before the federations close it — the matrix, one
 * transfer per federation, each insurer federation's books posted with the claims treated in other
 * prefectures, the run recorded and its CSV files written (UTF-8 or Shift_JIS).
 * `kokuho settlement show --month YYYY-MM [--json]`: the recorded run, recomputed from the books to
 * check it still agrees (exit 1 when it does not).
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { reviewFeeFor } from '@kokuho/core/billing';
import { federationName } from '@kokuho/core/common';
import { TRANSFER_DIRECTIONS } from '@kokuho/core/settlement';
import { defaultDataDir, openDatabase, type KokuhoDb } from '@kokuho/store';
import { LedgerError } from '@kokuho/store/ledger';
import { runSettlement, settlementOf, SettlementRunError, SETTLEMENT_RUN_ERROR_MESSAGES, verifySettlement, writeCsvFiles, type SettlementReviewFee, type StoredSettlement } from '@kokuho/store/settlement';
import { monthOption } from '../lib/options.ts';
import { readReviewFeesOrFail, REPO_REVIEW_FEES } from '../lib/review-fee-schedule.ts';
import { UsageError } from '../usage-error.ts';

const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;
const signed = (n: number): string => (n > 0 ? `+${yen(n)}` : yen(n));

/** Runs on the database; refusals (closed month, conflicting postings) are usage errors. */
async function withDb(fn: (k: KokuhoDb) => Promise<void>): Promise<void> {
  const k = await openDatabase();
  try {
    await fn(k);
  } catch (e) {
    if (e instanceof SettlementRunError || e instanceof LedgerError) throw new UsageError(e.message);
    throw e;
  } finally {
    await k.close();
  }
}

/** The transfers of the federations involved, one line each. */
function transferLines(s: StoredSettlement): string[] {
  return s.transfers.filter((t) => s.federations.includes(t.federation)).map((t) =>
    `  ${t.federation} ${federationName(t.federation)}: 受取 ${t.receivableClaims.toLocaleString()}件 ${yen(t.receivable)}・支払 ${t.payableClaims.toLocaleString()}件 ${yen(t.payable)}・差引 ${signed(t.net)}（${TRANSFER_DIRECTIONS[t.direction]}）`);
}

function summaryLines(s: StoredSettlement): string[] {
  return [
    `全国決済 ${s.month}（処理月）: 県外分 ${s.records.toLocaleString()}件・総額 ${yen(s.gross)}（関係する連合会 ${s.federations.length}）`,
    `  国保中央会の受入 ${yen(s.centralReceives)}・支払 ${yen(s.centralPaysOut)}`,
    ...transferLines(s),
  ];
}

export function register(program: Command): void {
  const settlement = program.command('settlement').description('全国決済（国保中央会による連合会間の県外分の決済）');
  settlement
    .command('run')
    .description('処理月の全国決済を行う: 各連合会の県外分を集計・相殺し、保険者側の連合会の帳簿に記帳して、結果と CSV を残す（何度実行しても二重にならない）')
    .requiredOption('--month <YYYY-MM>', '処理月')
    .option('--out <dir>', '書き出すディレクトリ（既定: データディレクトリの reports/settlement/<処理月>）')
    .option('--sjis', 'Shift_JIS で書き出す（既定は UTF-8）')
    .option('--review-fee <yen>', '保険者側の連合会が保険者に請求する1件あたりの審査支払手数料（円）を一律に指定（手数料の表より優先）')
    .option('--review-fees <file>', '審査支払手数料の表（保険者側の連合会の行を使う）', REPO_REVIEW_FEES)
    .option('--json', 'JSON で出力')
    .action(async (opts: { month: string; out?: string; sjis?: boolean; reviewFee?: string; reviewFees: string; json?: boolean }) => {
      const month = monthOption(opts.month);
      if (opts.reviewFee !== undefined && !/^\d{1,6}$/.test(opts.reviewFee)) throw new UsageError(`--review-fee は0以上の整数（円）です: ${opts.reviewFee}`);
      const flat = opts.reviewFee === undefined ? undefined : Number(opts.reviewFee);
      const schedule = flat === undefined ? readReviewFeesOrFail(opts.reviewFees) : [];
      const fee: SettlementReviewFee = (federation, insurerNumber, category, m) => flat ?? reviewFeeFor(schedule, { federation, insurerNumber, category, month: m }) ?? 0;
      const out = opts.out ?? join(defaultDataDir(), 'reports', 'settlement', month);
      await withDb(async (k) => {
        const r = await runSettlement(k, month, { runBy: 'kokuho settlement run', reviewFee: fee });
        const paths = writeCsvFiles(out, r.report.files, opts.sjis ? 'sjis' : 'utf8');
        if (opts.json) {
          return void process.stdout.write(`${JSON.stringify({ ...r.stored, recorded: r.recorded, unsettled: r.unsettled, posted: r.posted, out, files: paths }, null, 2)}\n`);
        }
        for (const l of summaryLines(r.stored)) console.log(l);
        if (r.posted.length) console.log(`  保険者側の連合会の帳簿への記帳: ${r.posted.map((p) => `${p.federation} ${p.postings.toLocaleString()}件（新規 ${p.inserted.toLocaleString()}行）`).join('、')}`);
        if (r.unsettled) console.log(`  保険者の都道府県が不明で決済しなかった記帳: ${r.unsettled.toLocaleString()}件`);
        console.log(r.recorded ? `  新しい実行として記録しました（${r.stored.runs}回目）` : '  前回の実行と同じ結果です（記録は追加していません）');
        console.log(`  ダイジェスト ${r.digest}`);
        console.log(`  → ${out}（${paths.length}ファイル）`);
      });
    });
  settlement
    .command('show')
    .description('記録された全国決済を表示し、帳簿から計算し直して一致するか確かめる（不一致は終了コード 1）')
    .requiredOption('--month <YYYY-MM>', '処理月')
    .option('--json', 'JSON で出力')
    .action(async (opts: { month: string; json?: boolean }) => {
      const month = monthOption(opts.month);
      await withDb(async (k) => {
        const stored = await settlementOf(k, month);
        if (!stored) throw new UsageError(`${month}: ${SETTLEMENT_RUN_ERROR_MESSAGES.NOT_RUN}`);
        const v = await verifySettlement(k, month);
        if (!v.ok) process.exitCode = 1;
        if (opts.json) return void process.stdout.write(`${JSON.stringify({ ...stored, verified: v.ok, recomputedDigest: v.computed.digest, missing: v.missing, extra: v.extra }, null, 2)}\n`);
        for (const l of summaryLines(stored)) console.log(l);
        console.log(`  実行 ${stored.runs}回（最後: ${stored.runAt}、${stored.runBy}）`);
        console.log(`  ダイジェスト ${stored.digest}`);
        if (v.ok) console.log('  帳簿から計算し直した結果と一致しました');
        else console.log(`  帳簿から計算し直した結果と一致しません: ダイジェスト ${v.computed.digest}、記帳されていない決済 ${v.missing.length}件、決済のない記帳 ${v.extra.length}件`);
      });
    });
}
