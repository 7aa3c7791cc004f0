/** 判断の履歴 of the claim, oldest first (a later decision supersedes an earlier one). */
import type { DecisionRow } from '../api/types.ts';
import { decisionLabel, points, reasonLabel } from '../lib/labels.ts';
import { warekiDate } from '../lib/wareki.ts';

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${warekiDate(`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function DecisionHistory({ decisions }: { decisions: DecisionRow[] }) {
  return (
    <section className="panel">
      <h3>判断の履歴</h3>
      {decisions.length === 0 ? (
        <p className="muted">まだ判断はありません。</p>
      ) : (
        <ol className="history">
          {decisions.map((d) => (
            <li key={d.decision_id} data-decision={d.decision}>
              <span className={`tag decision-${d.decision}`}>{decisionLabel(d.decision)}</span> <span className="muted">{when(d.decided_at)}</span>
              {d.decision === 'adjust' && (
                <div>
                  行{d.line}　{points(d.points_before)}点 → {points(d.points_after)}点{'　'}
                  <span title={reasonLabel(d.reason_code)}>事由 {d.reason_code}</span>
                </div>
              )}
              {d.reason_text && <div className="reason-text">{d.reason_text}</div>}
              <div className="muted small">担当 {d.account_id.slice(0, 8)}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
