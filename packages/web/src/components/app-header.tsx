import type { Account } from '../api/types.ts';

export function AppHeader({ account, onLogout, onHelp }: { account: Account; onLogout: () => void; onHelp: () => void }) {
  return (
    <header className="app-header">
      <a className="app-title" href="#/items">
        画面審査
      </a>
      <span className="app-sub">国保連合会 審査支払システム</span>
      <span className="spacer" />
      <span className="app-user">
        連合会 {account.federation}　{account.displayName}（{account.roleLabel}）
      </span>
      <button type="button" className="link" onClick={onHelp} title="ショートカット一覧（?）">
        ショートカット ?
      </button>
      <button type="button" onClick={onLogout}>
        ログアウト
      </button>
    </header>
  );
}
