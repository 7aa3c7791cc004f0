/**
 * `kokuho accounts add --federation NN --login NAME --role ROLE --name 氏名 [--insurer N] [--provider CODE10]`:
 * a local account of the web screens. The initial password is generated and printed once (only its
 * argon2id hash is stored), or read from standard input with --password-stdin.
 */
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { isRole, ROLE_NAMES, ROLES } from '@kokuho/core/accounts';
import { federationName } from '@kokuho/core/common';
import { openDatabase } from '@kokuho/store';
import { AccountError, createAccount } from '@kokuho/store/accounts';
import { federationOption } from '../lib/options.ts';
import { UsageError } from '../usage-error.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export function register(program: Command): void {
  const accounts = program.command('accounts').description('画面の利用者アカウント');
  accounts
    .command('add')
    .description('利用者アカウントを作成する（初期パスワードは一度だけ表示）')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--login <name>', 'ログイン名（半角英小文字・数字・. _ -）')
    .requiredOption('--role <role>', `役割: ${ROLE_NAMES.map((r) => `${r}（${ROLES[r].label}）`).join(' / ')}`)
    .requiredOption('--name <氏名>', '表示名')
    .option('--insurer <number>', '保険者職員の保険者番号')
    .option('--provider <code>', '医療機関の利用者の医療機関コード（10桁）')
    .option('--password-stdin', 'パスワードを標準入力から読む（既定: 生成して表示）')
    .action(async (opts: { federation: string; login: string; role: string; name: string; insurer?: string; provider?: string; passwordStdin?: boolean }) => {
      const federation = federationOption(opts.federation);
      if (!isRole(opts.role)) throw new UsageError(`--role は ${ROLE_NAMES.join(' / ')} のいずれかです: ${opts.role}`);
      const generated = !opts.passwordStdin;
      const password = generated ? randomBytes(12).toString('base64url') : await readStdin();
      const k = await openDatabase();
      try {
        const a = await createAccount(k, { federation, login: opts.login, displayName: opts.name, role: opts.role, insurerNumber: opts.insurer, providerCode: opts.provider, password });
        console.log(`${federationName(federation)}: ${a.displayName}（${a.login}、${ROLES[a.role].label}）のアカウントを作成しました`);
        if (generated) console.log(`初期パスワード: ${password}\n※ 一度だけ表示します（保存されるのはハッシュ値のみ）。`);
      } catch (e) {
        if (e instanceof AccountError) throw new UsageError(e.message);
        throw e;
      } finally {
        await k.close();
      }
    });
}
