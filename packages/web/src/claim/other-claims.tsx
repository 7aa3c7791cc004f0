/**
 * The patient's other claims: earlier months (縦覧), and the same month at a pharmacy for a medical
 * claim or the other way round (突合) or at another provider (横覧). Each opens on the claim screen.
 */
import type { ClaimDetail, OtherClaim } from '../api/types.ts';
import { kindLabel, points } from '../lib/labels.ts';
import { warekiMonth } from '../lib/wareki.ts';

export function relationOf(c: ClaimDetail['claim'], o: OtherClaim): string {
  if (!o.sameMonth) return '縦覧';
  return (o.kind === 'pharmacy') !== (c.kind === 'pharmacy') ? '突合' : '横覧';
}

export function OtherClaims({ detail, onOpen }: { detail: ClaimDetail; onOpen: (o: OtherClaim) => void }) {
  const others = detail.otherClaims;
  return (
    <section className="panel">
      <h3>同じ患者の他のレセプト（縦覧・突合）</h3>
      {others.length === 0 ? (
        <p className="muted">ありません。</p>
      ) : (
        <table className="grid others">
          <thead>
            <tr>
              <th>区分</th>
              <th>診療年月</th>
              <th>種別</th>
              <th>医療機関</th>
              <th className="num">点数</th>
            </tr>
          </thead>
          <tbody>
            {others.map((o) => (
              <tr key={`${o.file_id}/${o.seq}`} data-claim={`${o.file_id}/${o.seq}`}>
                <td>
                  <span className="tag">{relationOf(detail.claim, o)}</span>
                </td>
                <td>
                  <a
                    href={`#/claims/${o.file_id}/${o.seq}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(o);
                    }}
                  >
                    {warekiMonth(o.service_month)}
                  </a>
                </td>
                <td>{kindLabel(o.kind)}</td>
                <td className="code">{o.provider_code}</td>
                <td className="num">{points(o.total_points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
