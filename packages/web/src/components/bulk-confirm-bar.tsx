/** 一括確定: select the claims without findings and confirm them as claimed in one request. */
import { useState } from 'react';

interface Props {
  selected: number;
  selectable: number;
  busy: boolean;
  onSelectClean: () => void;
  onClear: () => void;
  onConfirm: () => void;
}

export function BulkConfirmBar({ selected, selectable, busy, onSelectClean, onClear, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  return (
    <div className="bulk-bar">
      <button type="button" onClick={onSelectClean} disabled={!selectable}>
        指摘なしをすべて選択（{selectable}件）
      </button>
      <button type="button" onClick={onClear} disabled={!selected}>
        選択を解除
      </button>
      {!asking ? (
        <button type="button" className="primary" disabled={!selected || busy} onClick={() => setAsking(true)}>
          選択した {selected} 件を確定
        </button>
      ) : (
        <span className="ask">
          {selected} 件を請求どおり確定します。よろしいですか？
          <button
            type="button"
            className="primary"
            onClick={() => {
              setAsking(false);
              onConfirm();
            }}
          >
            確定する
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            やめる
          </button>
        </span>
      )}
    </div>
  );
}
