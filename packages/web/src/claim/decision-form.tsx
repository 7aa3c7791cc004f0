/**
 * The form of a decision that needs words or numbers: 査定 of the selected line (points after, 事由,
 * text), 返戻 (reason), 保留 (reason, optional), メモ. Enter registers (Ctrl+Enter in a text area),
 * Esc closes. The server checks the values and its message is shown as is.
 */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { points, REASON_CODES } from '../lib/labels.ts';
import type { LineInfo } from './claim-lines.ts';

export type FormMode = 'adjust' | 'return' | 'hold' | 'note';

export interface DecisionDraft {
  line?: number;
  pointsAfter?: number;
  reasonCode?: string;
  reasonText?: string;
}

const TITLES: Record<FormMode, string> = { adjust: '査定', return: '返戻', hold: '保留', note: 'メモ' };
const SUBMIT: Record<FormMode, string> = { adjust: '査定を登録', return: '返戻する', hold: '保留にする', note: 'メモを残す' };

interface Props {
  mode: FormMode;
  line: LineInfo | undefined;
  busy: boolean;
  onSubmit: (d: DecisionDraft) => void;
  onCancel: () => void;
}

export function DecisionForm({ mode, line, busy, onSubmit, onCancel }: Props) {
  const [pointsAfter, setPointsAfter] = useState('');
  const [reasonCode, setReasonCode] = useState('');
  const [text, setText] = useState('');

  const submit = (e?: FormEvent): void => {
    e?.preventDefault();
    if (busy) return;
    if (mode === 'adjust') {
      const n = pointsAfter.trim() === '' ? undefined : Number(pointsAfter);
      onSubmit({ line: line?.line, pointsAfter: n, reasonCode: reasonCode || undefined, reasonText: text });
    } else onSubmit({ reasonText: text });
  };
  const keys = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  };

  return (
    <form className={`decision-form form-${mode}`} onSubmit={submit} onKeyDown={keys} aria-label={TITLES[mode]}>
      <h3>{TITLES[mode]}</h3>
      {mode === 'adjust' && (
        <>
          <p>
            {line ? (
              <>
                行 {line.line}　<b>{line.name}</b>　請求 {points(line.points)}点 × {line.count ?? 1}回
              </>
            ) : (
              '査定する行を ↑ / ↓ またはクリックで選んでください'
            )}
          </p>
          <div className="form-row">
            <label>
              査定後の点数
              <input name="pointsAfter" type="number" min={0} inputMode="numeric" value={pointsAfter} onChange={(e) => setPointsAfter(e.target.value)} autoFocus />
            </label>
            <span className="muted">（1回あたり。数量を減らすときは減らした後の点数）</span>
          </div>
          <label>
            増減点事由
            <select name="reasonCode" value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
              <option value="">選択してください</option>
              {REASON_CODES.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.code}　{r.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            査定の理由（任意）
            <input name="reasonText" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
        </>
      )}
      {mode === 'return' && (
        <label>
          返戻の理由（医療機関に伝わります）
          <textarea name="reasonText" rows={3} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        </label>
      )}
      {mode === 'hold' && (
        <label>
          保留の理由（任意）
          <input name="reasonText" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        </label>
      )}
      {mode === 'note' && (
        <label>
          メモ
          <textarea name="reasonText" rows={2} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        </label>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {SUBMIT[mode]}
        </button>
        <button type="button" onClick={onCancel}>
          やめる（Esc）
        </button>
        <span className="muted">{mode === 'return' || mode === 'note' ? 'Ctrl+Enter で登録' : 'Enter で登録'}</span>
      </div>
    </form>
  );
}
