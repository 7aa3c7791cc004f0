/** `kokuho rules load [DIR]`: reads a rules directory and loads its rule versions and adoptions into the database. */
import type { Command } from 'commander';
import { openDatabase } from '@kokuho/store';
import { loadRuleSet } from '@kokuho/store/rules';
import { readRulesOrFail, REPO_RULES } from '../lib/rule-source.ts';

export function registerRulesLoad(rules: Command): void {
  rules
    .command('load')
    .description('ルールのディレクトリ（目録・判定表・テスト・採用）をデータベースに読み込む')
    .argument('[dir]', 'ルールのディレクトリ', REPO_RULES)
    .action(async (dir: string) => {
      const set = readRulesOrFail(dir);
      const k = await openDatabase();
      try {
        const r = await loadRuleSet(k, set);
        if (r.conflicts.length) {
          for (const c of r.conflicts) console.error(`${c}: 読込済みの同じ版と内容が異なります。変更したルールは版（version）を上げてください`);
          process.exitCode = 1;
          return;
        }
        console.log(`ルール ${set.rules.length} 件（新規 ${r.inserted.length} 件・変更なし ${r.unchanged} 件）、採用設定 ${r.adoptions} 件を読み込みました`);
      } finally {
        await k.close();
      }
    });
}
