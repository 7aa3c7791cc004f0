/** ログイン: 連合会コード・ログインID・パスワード → POST /api/v1/session. */
import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api/client.ts';
import type { Account } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';

const FED_KEY = 'kokuho.federation';

export function LoginScreen({ onLogin, notice }: { onLogin: (a: Account) => void; notice?: string | undefined }) {
  const [federation, setFederation] = useState(() => window.localStorage.getItem(FED_KEY) ?? '');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(notice);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!/^\d{2}$/.test(federation)) return setError('連合会コードは都道府県番号の2桁の数字です（例: 13）');
    if (!login || !password) return setError('ログインIDとパスワードを入力してください');
    setBusy(true);
    setError(undefined);
    try {
      const r = await api.login(federation, login, password);
      window.localStorage.setItem(FED_KEY, federation);
      onLogin(r.account);
    } catch (err) {
      setError(errorText(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <form className="login-box" onSubmit={submit}>
        <h1>画面審査</h1>
        <p className="muted">国保連合会 審査支払システム</p>
        <ErrorMessage text={error} />
        <label>
          連合会コード
          <input name="federation" value={federation} onChange={(e) => setFederation(e.target.value.trim())} inputMode="numeric" maxLength={2} placeholder="13" autoFocus={!federation} autoComplete="organization" />
        </label>
        <label>
          ログインID
          <input name="login" value={login} onChange={(e) => setLogin(e.target.value)} autoFocus={!!federation} autoComplete="username" />
        </label>
        <label>
          パスワード
          <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'ログイン中…' : 'ログイン'}
        </button>
      </form>
    </div>
  );
}
