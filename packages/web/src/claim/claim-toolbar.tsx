/** Above the claim: back to the list, where the claim is in the list, and the decisions. */
import type { ClaimDetail } from '../api/types.ts';
import { kindLabel, points, statusLabel } from '../lib/labels.ts';
import { warekiMonth } from '../lib/wareki.ts';

interface Props {
  detail: ClaimDetail | undefined;
  position: { index: number; total: number } | undefined;
  busy: boolean;
  onBack: () => void;
  onPrev: (() => void) | undefined;
  onNext: (() => void) | undefined;
  onConfirm: () => void;
  onReturn: () => void;
  onAdjust: () => void;
  onHold: () => void;
  onNote: () => void;
}

export function ClaimToolbar(p: Props) {
  const c = p.detail?.claim;
  const r = p.detail?.review;
  return (
    <div className="claim-toolbar">
      <button type="button" onClick={p.onBack}>
        ← 一覧（Esc）
      </button>
      <button type="button" onClick={p.onPrev} disabled={!p.onPrev}>
        前（k）
      </button>
      <span className="position">{p.position ? `${p.position.index + 1} / ${p.position.total}` : '—'}</span>
      <button type="button" onClick={p.onNext} disabled={!p.onNext}>
        次（j）
      </button>
      {c ? (
        <span className="claim-title">
          レセプト <b>{c.receiptNumber}</b>　{warekiMonth(c.serviceMonth)}　{kindLabel(c.kind)}　{points(c.totalPoints)}点
          {c.outOfPrefecture && <span className="tag">県外</span>}
          {r && (
            <>
              {'　'}<span className={`status status-${r.status}`}>{statusLabel(r.status)}</span> <span className="muted">{r.reason}</span>
            </>
          )}
        </span>
      ) : (
        <span className="spacer" />
      )}
      <span className="actions">
        <button type="button" className="act-confirm" onClick={p.onConfirm} disabled={p.busy || !p.detail}>
          確定 <kbd>c</kbd>
        </button>
        <button type="button" className="act-adjust" onClick={p.onAdjust} disabled={p.busy || !p.detail}>
          査定 <kbd>a</kbd>
        </button>
        <button type="button" className="act-return" onClick={p.onReturn} disabled={p.busy || !p.detail}>
          返戻 <kbd>r</kbd>
        </button>
        <button type="button" onClick={p.onHold} disabled={p.busy || !p.detail}>
          保留 <kbd>h</kbd>
        </button>
        <button type="button" onClick={p.onNote} disabled={p.busy || !p.detail}>
          メモ <kbd>n</kbd>
        </button>
      </span>
    </div>
  );
}
