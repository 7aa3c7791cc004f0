/** The list of single-key shortcuts (?), over the screen. */
const KEYS: [string, string][] = [
  ['j / k', '一覧：次・前の行へ　レセプト：次・前のレセプトへ'],
  ['Enter', '一覧：選択した行のレセプトを開く'],
  ['x', '一覧：選択した行を一括確定の対象にする・外す'],
  ['↑ / ↓', 'レセプト：明細の行を選ぶ'],
  ['a', '査定（選択した行の点数を減らす）'],
  ['r', '返戻（理由を記入）'],
  ['c', '確定（請求どおり）'],
  ['h', '保留'],
  ['n', 'メモ'],
  ['Esc', '入力を閉じる／一覧に戻る'],
  ['?', 'この一覧を表示・閉じる'],
];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="ショートカット" onClick={onClose}>
      <div className="overlay-box" onClick={(e) => e.stopPropagation()}>
        <h2>キーボード操作</h2>
        <table className="keys">
          <tbody>
            {KEYS.map(([k, v]) => (
              <tr key={k}>
                <th>
                  <kbd>{k}</kbd>
                </th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">入力欄で文字を入力している間はショートカットは働きません。入力欄では Enter で登録、Esc で閉じます。</p>
        <button type="button" onClick={onClose}>
          閉じる（Esc）
        </button>
      </div>
    </div>
  );
}
