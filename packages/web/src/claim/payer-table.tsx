/** 保険・公費: numbers, 実日数, 点数, 一部負担金 (with the findings of their HO / KO lines). */
import type { ClaimSheet } from '../api/types.ts';
import { points } from '../lib/labels.ts';
import type { LineFindings as Findings } from './claim-lines.ts';
import { LineFindings, lampOf } from './line-findings.tsx';

export function PayerTable({ payers, findings }: { payers: ClaimSheet['payers']; findings: Map<number, Findings> }) {
  return (
    <table className="grid payers">
      <thead>
        <tr>
          <th>区分</th>
          <th>保険者番号・公費負担者番号</th>
          <th>記号・番号（受給者番号）</th>
          <th className="num">実日数</th>
          <th className="num">請求点数</th>
          <th className="num">一部負担金（円）</th>
        </tr>
      </thead>
      <tbody>
        {payers.map((p, i) => {
          const f = p.line ? findings.get(p.line) : undefined;
          return [
            <tr key={i} id={p.line ? `L${p.line}` : undefined} className={lampOf(f)}>
              <td>{p.kind}</td>
              <td className="code">{p.number}</td>
              <td>{[p.cardSymbol, p.cardNumber].filter(Boolean).join('・') || '—'}</td>
              <td className="num">{p.days ?? '—'}</td>
              <td className="num">{points(p.points)}</td>
              <td className="num">{points(p.copay)}</td>
            </tr>,
            f && (
              <tr key={`f${i}`} className="finding-row">
                <td colSpan={6}>
                  <LineFindings f={f} />
                </td>
              </tr>
            ),
          ];
        })}
      </tbody>
    </table>
  );
}
