/**
 * `kokuho tokens issue|revoke` and `kokuho serve` through the real bin: the secret is printed once
 * with its note, revoking twice exits 1, and the server answers on the URL it prints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function kokuho(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env } });
}

test('tokens issue prints the secret once with a note; revoke works once; bad arguments exit 2', () => {
  const data = mkdtempSync(join(tmpdir(), 'kokuho-data-'));
  try {
    const env = { KOKUHO_DATA: data };
    const issued = kokuho(['tokens', 'issue', '--federation', '13', '--provider', '1310000017', '--label', '端末1'], env);
    assert.equal(issued.status, 0, issued.stderr);
    assert.match(issued.stdout, /シークレット: kk_[A-Za-z0-9_-]{43}\n/);
    assert.match(issued.stdout, /一度だけ表示/);
    const tokenId = /トークンID: (13-[0-9a-f]{16})/.exec(issued.stdout)?.[1];
    assert.ok(tokenId, issued.stdout);

    assert.equal(kokuho(['tokens', 'issue', '--federation', '13', '--provider', '2710000019'], env).status, 2);
    assert.equal(kokuho(['tokens', 'issue', '--federation', '99', '--provider', '9910000019'], env).status, 2);

    const revoked = kokuho(['tokens', 'revoke', tokenId], env);
    assert.equal(revoked.status, 0, revoked.stderr);
    assert.match(revoked.stdout, /失効させました/);
    const again = kokuho(['tokens', 'revoke', tokenId], env);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /すでに失効/);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});

test('serve prints its URL in Japanese and answers health there; SIGTERM stops it', async () => {
  const data = mkdtempSync(join(tmpdir(), 'kokuho-data-'));
  const child = spawn(process.execPath, ['packages/cli/bin/kokuho.js', 'serve', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: '', KOKUHO_DATA: data, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString('utf8');
        const m = /起動しました: (http:\/\/\S+)/.exec(err);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    const r = await fetch(`${url}health`);
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as { status: string }).status, 'ok');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(data, { recursive: true, force: true });
  }
});

test('accounts add prints the initial password once; a taken login or an unknown role exits 2', () => {
  const data = mkdtempSync(join(tmpdir(), 'kokuho-data-'));
  try {
    const env = { KOKUHO_DATA: data };
    const made = kokuho(['accounts', 'add', '--federation', '13', '--login', 'sato', '--role', 'committee-reviewer', '--name', '佐藤 花子'], env);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /審査委員/);
    assert.match(made.stdout, /初期パスワード: [A-Za-z0-9_-]{16}\n/);
    assert.equal(kokuho(['accounts', 'add', '--federation', '13', '--login', 'sato', '--role', 'admin', '--name', 'x'], env).status, 2);
    assert.equal(kokuho(['accounts', 'add', '--federation', '13', '--login', 'tanaka', '--role', 'boss', '--name', 'x'], env).status, 2);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
