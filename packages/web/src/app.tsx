/**
 * The review screens: login, the list of a month's queues and claims, one claim. The session is
 * the server's cookie; the address (hash) says which screen is shown. The list's claims stay here
 * so that j / k on a claim move to the next or previous one of the list.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, setLoggedOutHandler } from './api/client.ts';
import type { Account, ItemStatus, ReviewItem } from './api/types.ts';
import { AppHeader } from './components/app-header.tsx';
import { ShortcutHelp } from './components/shortcut-help.tsx';
import { defaultMonth, rememberMonth } from './lib/month.ts';
import { navigate, useRoute } from './lib/route.ts';
import { useShortcuts } from './lib/use-shortcuts.ts';
import { ClaimScreen } from './screens/claim-screen.tsx';
import { LoginScreen } from './screens/login-screen.tsx';
import { ReviewListScreen } from './screens/review-list-screen.tsx';

export function App() {
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const [items, setItems] = useState<ReviewItem[]>([]);
  const [help, setHelp] = useState(false);
  const route = useRoute();
  const month = route.month ?? defaultMonth();

  useEffect(() => {
    setLoggedOutHandler(() => {
      setAccount((a) => {
        if (a) setExpired(true);
        return null;
      });
    });
    api.session().then((r) => setAccount(r.account), () => setAccount(null));
  }, []);
  useEffect(() => rememberMonth(month), [month]);

  // while the help is open, Esc closes it (the screens' own keys are off)
  useShortcuts(help ? { '?': () => setHelp(false), Escape: () => setHelp(false) } : { '?': () => setHelp(true) }, account != null);

  const setItemStatus = useCallback((fileId: number, seq: number, status: ItemStatus) => {
    setItems((list) => list.map((i) => (i.file_id === fileId && i.seq === seq ? { ...i, status } : i)));
  }, []);

  const logout = async (): Promise<void> => {
    await api.logout().catch(() => undefined);
    setAccount(null);
    setExpired(false);
  };

  if (account === undefined) return <div className="loading">読み込み中…</div>;
  if (account === null) {
    return (
      <LoginScreen
        notice={expired ? 'セッションの有効期限が切れました。もう一度ログインしてください' : undefined}
        onLogin={(a) => {
          setAccount(a);
          setExpired(false);
          if (route.screen !== 'claim') navigate({ screen: 'items', month }, true);
        }}
      />
    );
  }
  return (
    <div className="app">
      <AppHeader account={account} onLogout={logout} onHelp={() => setHelp(true)} />
      <main className="app-main">
        {route.screen === 'claim' ? (
          <ClaimScreen key={`${route.fileId}/${route.seq}`} route={route} month={month} items={items} setItems={setItems} onStatus={setItemStatus} shortcutsEnabled={!help} />
        ) : (
          <ReviewListScreen route={{ ...route, month }} items={items} setItems={setItems} shortcutsEnabled={!help} />
        )}
      </main>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
