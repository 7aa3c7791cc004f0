/**
 * `kokuho demo` (`npm start`): runs everything that exists so far on a generated sample month,
 * on the embedded database unless DATABASE_URL is set, prints a summary for people, then serves the
 * review screens on that month with the demo accounts (--no-serve: stop after the summary).
 * Idempotent: the month is generated once, masters already imported are skipped.
 */
import type { Command } from 'commander';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkUke } from '@kokuho/core/uke';
import { formatWareki, type FederationCode, type YearMonth } from '@kokuho/core/common';
import { openDatabase, defaultDataDir } from '@kokuho/store';
import { importMasterFiles, loadMasterSnapshot } from '@kokuho/store/masters';
import { checkPrecision, confusionTable, formatCheckPrecision, formatConfusionTable, formatRiskRecall, generateMonth, riskRecall, type GroundTruthEntry } from '@kokuho/synth';
import { loadRegistryDirectory } from '@kokuho/store/registry';
import { intakeFiles, observedFindings, writeReceiptReports } from '@kokuho/store/intake';
import { catalogueHtml, catalogueOf } from '@kokuho/core/rules';
import { loadRuleSet, runRulesForMonth } from '@kokuho/store/rules';
import { printIntakeSummary } from '../lib/intake-summary.ts';
import { readRulesOrFail, REPO_RULES, storedRules } from '../lib/rule-source.ts';
import { sortedClaims } from '@kokuho/store/review';
import { readSortingOrFail, REPO_SORTING } from './review.ts';
import { expandUkeFiles } from '../lib/uke-files.ts';
import { SAMPLE_MASTERS } from '../lib/paths.ts';
import { labelledMonthBefore } from '../lib/demo-risk.ts';
import { printRiskSorted, sortWithRisk } from '../lib/risk-sorting.ts';
import { ensureDemoAccounts } from '../lib/demo-accounts.ts';
import { demoMoney } from '../lib/demo-money.ts';
import { portOption, startServer } from '../lib/start-server.ts';

/** Share of the month the demo's second stage of 振分 may send to people. */
const DEMO_RISK_SHARE = 0.03;


export function register(program: Command): void {
  program
    .command('demo')
    .description('サンプル月を生成し、これまでに実装された処理を組込みDBで実行して要約を表示する')
    .option('--federation <code>', '連合会（都道府県番号）', '13')
    .option('--month <YYYY-MM>', '診療年月', '2025-05')
    .option('--claims <n>', 'レセプト件数', '3000')
    .option('--seed <n>', '乱数の種', '1')
    .option('--port <n>', '審査画面のポート番号', '8080')
    .option('--no-serve', '最後に審査画面を起動しない（要約だけを表示して終わる）')
    .action(async (opts: { federation: string; month: string; claims: string; seed: string; port: string; serve: boolean }) => {
      const dataDir = defaultDataDir();
      const out = join(dataDir, 'demo', `${opts.federation}-${opts.month}-${opts.claims}-s${opts.seed}`);
      const step = (s: string): void => console.log(`\n■ ${s}`);
      console.log(`kokuho デモ — ${formatWareki(opts.month)}診療分（データ: ${dataDir}）`);

      step('1. 合成データの生成');
      if (existsSync(join(out, 'manifest.json'))) console.log(`  生成済みのデータを使います: ${out}`);
      else {
        const t = performance.now();
        const m = generateMonth({
          federation: opts.federation, month: opts.month, claims: Number(opts.claims), outDir: out,
          seed: Number(opts.seed), mastersDir: SAMPLE_MASTERS, errorRate: 0.08,
        });
        console.log(`  レセプト ${m.counts.claims!.toLocaleString()}件・医療機関ファイル ${m.counts.providerFiles}・被保険者 ${m.counts.persons!.toLocaleString()}人・埋め込んだ誤り ${m.counts.injectedErrors}件（${((performance.now() - t) / 1000).toFixed(1)}秒）`);
      }

      step('2. 基本マスターの取込み（版管理）');
      const kdb = await openDatabase();
      try {
        const report = await importMasterFiles(kdb.db, [SAMPLE_MASTERS]);
        const imported = report.files.filter((f) => f.status !== 'skipped');
        console.log(`  ${kdb.engine === 'pglite' ? '組込みDB (PGlite)' : 'PostgreSQL'}: ファイル ${report.files.length}（新規取込 ${imported.length}、取込済み ${report.files.length - imported.length}）、行 ${imported.reduce((n, f) => n + f.rows, 0).toLocaleString()}`);
        const snapshot = await loadMasterSnapshot(kdb.db, opts.month);
        const shoshin = snapshot.procedure('111000110');
        console.log(`  ${opts.month} に有効なマスター ${snapshot.count().toLocaleString()}件（例: ${shoshin?.name ?? '111000110'} ${shoshin ? shoshin.points100 / 100 : '?'}点）`);
      } finally {
        await kdb.close();
      }

      step('3. 記録条件仕様チェック（kokuho uke check と同じ処理）');
      const files = expandUkeFiles([join(out, 'claims')]);
      const t = performance.now();
      let claims = 0, records = 0, points = 0, bytes = 0;
      const found = new Set<string>();
      const byCode = new Map<string, number>();
      for (const f of files) {
        const r = await checkUke(createReadStream(f), { fileName: f });
        claims += r.claims; records += r.records; points += r.totalPoints;
        bytes += statSync(f).size;
        for (const e of r.errors) {
          const key = `${e.code} ${e.severity === 'error' ? 'エラー' : '警告'}`;
          byCode.set(key, (byCode.get(key) ?? 0) + 1);
          found.add(`${relative(out, f)}:${e.line}`);
        }
      }
      const s = (performance.now() - t) / 1000;
      console.log(`  ファイル ${files.length}・レセプト ${claims.toLocaleString()}件・レコード ${records.toLocaleString()}・総合計点数 ${points.toLocaleString()}点（${s.toFixed(1)}秒、${Math.round(claims / s).toLocaleString()}件/秒、${(bytes / 1e6 / s).toFixed(1)} MB/秒）`);
      for (const [code, n] of [...byCode].sort()) console.log(`    ${code}: ${n}件`);

      const truth = readFileSync(join(out, 'ground-truth.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as GroundTruthEntry);
      const format = truth.filter((g) => g.category === 'format');
      const hit = format.filter((g) => found.has(`${g.file}:${g.line}`));
      console.log(`  埋め込んだ様式の誤り ${format.length}件のうち、その行で検出 ${hit.length}件`);
      const missed = format.filter((g) => !found.has(`${g.file}:${g.line}`));
      for (const g of missed.slice(0, 5)) console.log(`    未検出: ${g.file}:${g.line} ${g.kind}（${g.detail}）`);
      console.log(`\n詳しくは: npx kokuho uke check ${relative(process.cwd(), join(out, 'claims'))} --json`);

      step('4. 受付・事務点検・資格点検（kokuho intake と同じ処理）');
      const k = await openDatabase();
      try {
        const t4 = performance.now();
        const reg = await loadRegistryDirectory(k, opts.federation as FederationCode, out);
        console.log(`  台帳: 保険者 ${reg.tables.insurers.read}・医療機関 ${reg.tables.providers.read}・被保険者 ${reg.tables.insuredPersons.read.toLocaleString()}人・資格異動 ${reg.events.read}件（${((performance.now() - t4) / 1000).toFixed(1)}秒）`);
        const t5 = performance.now();
        const summary = await intakeFiles(k, files.map((f) => ({ path: f, name: relative(out, f) })), { federation: opts.federation as FederationCode, month: opts.month });
        const s5 = (performance.now() - t5) / 1000;
        printIntakeSummary(summary, (x) => console.log(x));
        console.log(`  （${s5.toFixed(1)}秒、${Math.round(summary.claims / s5).toLocaleString()}件/秒）`);
        if (summary.filesDuplicate === summary.files) console.log('  （どのファイルも受付済みのため、新たに保存したものはありません。照合は保存済みの結果で行います）');
        const obs = await observedFindings(k, opts.federation as FederationCode, opts.month);
        const table = confusionTable(truth, obs.claims, obs.files, ['format', 'clerical', 'eligibility']);
        console.log('\n  正解ラベルとの照合（様式・事務点検・資格点検）:');
        for (const line of formatConfusionTable(table)) console.log(`  ${line}`);
        const reportDir = join(dataDir, 'reports', opts.federation, opts.month, 'receipt-results');
        const rep = await writeReceiptReports(k, opts.federation as FederationCode, opts.month, reportDir);
        console.log(`  受付結果（医療機関別 CSV）: ${reportDir}（${rep.providers}医療機関）`);

        step('5. コンピュータチェック（kokuho rules run と同じ処理）');
        const federation = opts.federation as FederationCode;
        // the repository's rules as they are now: new versions are loaded, loaded ones left as they are
        const loaded = await loadRuleSet(k, readRulesOrFail(REPO_RULES));
        if (loaded.inserted.length) console.log(`  ルール ${loaded.inserted.length}件（版）をデータベースに読み込みました（rules/）`);
        for (const c of loaded.conflicts) console.log(`  注意: ${c} は読込済みの同じ版と内容が異なるため読み込んでいません（版を上げてください）`);
        const { ruleSet } = await storedRules(k, federation);
        const t6 = performance.now();
        const run = await runRulesForMonth(k, { federation, month: opts.month, ruleSet });
        const s6 = (performance.now() - t6) / 1000;
        console.log(`  ルール ${run.rules}件でレセプト ${run.claims.toLocaleString()}件を点検、指摘 ${run.findings}件（${s6.toFixed(1)}秒、${Math.round(run.claims / s6).toLocaleString()}件/秒）`);
        const checked = await observedFindings(k, federation, opts.month);
        const checkTable = confusionTable(truth, checked.claims, checked.files, ['check']);
        console.log('\n  正解ラベルとの照合（コンピュータチェック）:');
        for (const line of formatConfusionTable(checkTable)) console.log(`  ${line}`);
        console.log('\n  種類ごとの再現率・適合率（その種類を捉えるルールの指摘のうち、正解だったもの）:');
        for (const line of formatCheckPrecision(checkPrecision(truth, checked.claims))) console.log(`  ${line}`);
        const catalogue = join(dataDir, 'reports', opts.federation, opts.month, 'rule-catalogue.html');
        writeFileSync(catalogue, catalogueHtml(catalogueOf(ruleSet, federation, opts.month), `コンピュータチェック公開（${opts.month}診療分）`));
        console.log(`  ルールの公開目録: ${catalogue}`);

        step('6. 振分（kokuho review sort と同じ処理: 第1段階 振分表・第2段階 リスク順位）');
        const sortingTable = readSortingOrFail(REPO_SORTING);
        const t8 = performance.now();
        // stage 2 learns from an earlier month's reviews: the month before, reviewed by simulation
        const before = await labelledMonthBefore(k, { federation, month: opts.month as YearMonth, claims: Number(opts.claims), seed: Number(opts.seed), dataDir, table: sortingTable });
        console.log(`  第2段階は前の月の審査結果から学習します。前の月（${before.month}）を同じ母集団で生成・受付・点検・振分し、正解ラベルから模擬審査`
          + `（評価用、担当 simulated-reviewer）: 査定 ${before.simulated.adjusted}件・返戻 ${before.simulated.returned}件・確定 ${before.simulated.confirmed}件`
          + `${before.simulated.skipped ? `（判断済み ${before.simulated.skipped}件はそのまま）` : ''}（${((performance.now() - t8) / 1000).toFixed(1)}秒）`);
        const sorted = await sortWithRisk(k, federation, opts.month as YearMonth, sortingTable, { share: DEMO_RISK_SHARE });
        printRiskSorted(sorted, DEMO_RISK_SHARE, (line) => console.log(`  ${line}`));
        const recall = riskRecall(truth, await sortedClaims(k, federation, opts.month as YearMonth));
        console.log('\n  正解ラベルとの照合（埋め込んだ誤りのうち人が見る待ち行列に入ったもの。judgement はルールでは見つからない医学的判断の誤り）:');
        for (const line of formatRiskRecall(recall)) console.log(`  ${line}`);
        console.log(`  評価のコマンド: npx kokuho review risk-eval --federation ${opts.federation} --month ${opts.month} --ground-truth ${relative(process.cwd(), out)}`);
        console.log(`\n同じことをコマンドで: npx kokuho intake --federation ${opts.federation} --month ${opts.month} ${relative(process.cwd(), out)}`);
        console.log(`                    npx kokuho rules run --federation ${opts.federation} --month ${opts.month} && npx kokuho rules report --federation ${opts.federation}
                    npx kokuho review sort --federation ${opts.federation} --month ${opts.month}`);

        step(`7. 請求・支払（kokuho ledger post・settlement run・ledger close・bills・pooling と同じ処理、${formatWareki(before.month)}診療分）`);
        const t9 = performance.now();
        await demoMoney(k, { federation, serviceMonth: before.month as YearMonth, postingMonth: opts.month as YearMonth, dataDir, log: (line) => console.log(line) });
        console.log(`  （${((performance.now() - t9) / 1000).toFixed(1)}秒）`);
        console.log(`\n同じことをコマンドで: npx kokuho ledger post --federation ${opts.federation} --month ${before.month} && npx kokuho settlement run --month ${opts.month}
                    npx kokuho ledger close --federation ${opts.federation} --month ${opts.month} && npx kokuho bills --federation ${opts.federation} --month ${opts.month}`);

        step('8. 審査画面（kokuho serve と同じ処理）');
        console.log('  デモ用アカウント（パスワードは README に公開。デモ専用です）:');
        for (const line of await ensureDemoAccounts(k, federation)) console.log(`    ${line}`);
        if (opts.serve) {
          console.log('  画面を準備しています…');
          const server = await startServer(k, { port: portOption(opts.port), host: '127.0.0.1', screens: true, logLevel: 'error' });
          console.log(`\n  審査画面: ${server.url}?month=${opts.month}\n  API の説明 (OpenAPI): ${server.url}api/docs\n  Ctrl+C で終了します。`);
          await server.stopped;
        } else console.log('  （--no-serve のため画面は起動しません。起動するには: npx kokuho serve）');
      } finally {
        await k.close();
      }
    });
}
