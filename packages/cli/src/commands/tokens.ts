/**
 * `kokuho tokens issue --federation NN --provider CODE10 [--label TEXT]`: a bearer token with which
 * a provider uploads its claim files to the HTTP API. The secret is printed once (only its hash is
 * stored). `kokuho tokens revoke TOKEN_ID`: the token stops working at once (exit 1 if unknown).
 */
import type { Command } from 'commander';
import { federationName, isPrefectureCode } from '@kokuho/core/common';
import { openDatabase } from '@kokuho/store';
import { issueApiToken, revokeApiToken } from '@kokuho/store/api-tokens';
import { findProvider } from '@kokuho/store/registry';
import { UsageError } from '../usage-error.ts';

export function register(program: Command): void {
  const tokens = program.command('tokens').description('HTTP API のアクセストークン');

  tokens
    .command('issue')
    .description('医療機関・薬局のアクセストークンを発行する')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--provider <code>', '医療機関コード 10桁（都道府県 + 点数表 + 医療機関コード）')
    .option('--label <text>', '用途のメモ（例: 請求端末1）', '')
    .action(async (opts: { federation: string; provider: string; label: string }) => {
      const federation = opts.federation.padStart(2, '0');
      if (!isPrefectureCode(federation)) throw new UsageError(`--federation は都道府県番号 01〜47 で指定してください: ${opts.federation}`);
      if (!/^\d{10}$/.test(opts.provider)) throw new UsageError(`--provider は10桁の医療機関コードで指定してください: ${opts.provider}`);
      if (!opts.provider.startsWith(federation)) {
        throw new UsageError(`医療機関 ${opts.provider} は${federationName(federation)}の医療機関ではありません（先頭2桁が都道府県番号）`);
      }
      const k = await openDatabase();
      try {
        const known = await k.withFederation(federation, (trx) => findProvider(trx, opts.provider));
        const { tokenId, secret } = await issueApiToken(k, { federation, provider: opts.provider, label: opts.label });
        console.log(`トークンを発行しました（${federationName(federation)} / 医療機関 ${opts.provider}${known ? ` ${known.name}` : ''}）`);
        console.log(`トークンID: ${tokenId}`);
        console.log(`シークレット: ${secret}`);
        console.log('※ シークレットは今回の一度だけ表示します（保存されるのはハッシュ値のみで、再表示できません）。');
        console.log(`  安全な場所に保管し、紛失したときは kokuho tokens revoke ${tokenId} で失効させて再発行してください。`);
        if (!known) console.error(`注意: 医療機関 ${opts.provider} は登録情報にまだありません（発行はしました）`);
      } finally {
        await k.close();
      }
    });

  tokens
    .command('revoke')
    .description('アクセストークンを失効させる')
    .argument('<tokenId>', 'トークンID（例: 13-0123456789abcdef）')
    .action(async (tokenId: string) => {
      const k = await openDatabase();
      try {
        if (await revokeApiToken(k, tokenId)) {
          console.log(`トークン ${tokenId} を失効させました`);
          process.exitCode = 0;
        } else {
          console.error(`トークン ${tokenId} は見つからないか、すでに失効しています`);
          process.exitCode = 1;
        }
      } finally {
        await k.close();
      }
    });
}
