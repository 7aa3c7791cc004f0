/**
 * `kokuho rules adopt --federation NN --rule ID --state adopted|disabled|override --from YYYY-MM-DD
 * [--to YYYY-MM-DD] [--override action=chui,severity=warning] [--note TEXT]`: a federation's decision
 * on a national rule for a period, without code.
 */
import type { Command } from 'commander';
import { isValidIsoDate } from '@kokuho/core/common';
import { readRuleFiles } from '@kokuho/core/rules';
import { openDatabase } from '@kokuho/store';
import { saveAdoption } from '@kokuho/store/rules';
import { UsageError } from '../usage-error.ts';
import { federationOption } from '../lib/options.ts';
import { hasStoredRules } from '../lib/rule-source.ts';

export function registerRulesAdopt(rules: Command): void {
  rules
    .command('adopt')
    .description('連合会としてルールを採用・停止・変更する（期間を指定）')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--rule <id>', 'ルールID')
    .requiredOption('--state <state>', 'adopted（採用）/ disabled（停止）/ override（変更）')
    .requiredOption('--from <date>', '適用開始日 YYYY-MM-DD')
    .option('--to <date>', '適用終了日 YYYY-MM-DD')
    .option('--override <pairs>', 'override のとき: action=satei|henrei|chui, severity=…, lamp=S|V, reason_code=…（カンマ区切り）', '')
    .option('--note <text>', '決定の理由・記録', '')
    .action(async (opts: { federation: string; rule: string; state: string; from: string; to?: string; override: string; note: string }) => {
      const federation = federationOption(opts.federation);
      if (!isValidIsoDate(opts.from) || (opts.to !== undefined && !isValidIsoDate(opts.to))) throw new UsageError('--from / --to は YYYY-MM-DD の暦日です');
      // One adoption row through the same reader as adoption/<federation>.csv files, so both accept the same values.
      const csv = `rule_id,state,from,to,override\n${opts.rule},${opts.state},${opts.from},${opts.to ?? ''},${opts.override.replace(/,/g, ';')}\n`;
      const { ruleSet, errors } = readRuleFiles([{ path: `adoption/${federation}.csv`, text: csv }]);
      if (errors.length) throw new UsageError(errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
      const k = await openDatabase();
      try {
        if (!(await hasStoredRules(k)) || !(await k.db.selectFrom('rule_versions').select('rule_id').where('rule_id', '=', opts.rule).executeTakeFirst())) {
          throw new UsageError(`ルール ${opts.rule} は読み込まれていません（kokuho rules load）`);
        }
        await k.withFederation(federation, (trx) => saveAdoption(trx, { ...ruleSet.adoptions[0]!, note: opts.note }));
        console.log(`${opts.rule}: ${opts.from} から ${opts.state} としました`);
      } finally {
        await k.close();
      }
    });
}
