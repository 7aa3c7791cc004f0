/** All findings of the claim in one short list; a click goes to the line. */
import type { ClaimDetail } from '../api/types.ts';
import { RECORD_LABELS } from '../lib/labels.ts';

export function FindingSummary({ detail, onGo }: { detail: ClaimDetail; onGo: (line: number) => void }) {
  const n = detail.findings.length + detail.clerical.length;
  return (
    <section className="panel">
      <h3>指摘 {n} 件</h3>
      {n === 0 && <p className="muted">コンピュータチェック・事務点検の指摘はありません。</p>}
      <ul className="summary">
        {detail.findings.map((f, i) => (
          <li key={`r${i}`}>
            <button type="button" className="link" onClick={() => onGo(f.line)}>
              <span className={`lamp lamp-${f.lamp === 'V' ? 'V' : 'S'}`}>{f.lamp === 'V' ? 'V' : 'S'}</span> 行{f.line}（{RECORD_LABELS[f.record] ?? f.record}） {f.message}
            </button>
          </li>
        ))}
        {detail.clerical.map((f, i) => (
          <li key={`c${i}`}>
            <button type="button" className="link" onClick={() => f.line !== null && onGo(f.line)}>
              <span className="lamp lamp-C">事</span> {f.line !== null ? `行${f.line} ` : ''}
              {f.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
