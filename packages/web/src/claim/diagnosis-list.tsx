/** 傷病名: 主病 marked, 開始日 in 和暦, 転帰. */
import type { ClaimSheet } from '../api/types.ts';
import { warekiDate } from '../lib/wareki.ts';
import type { LineFindings as Findings } from './claim-lines.ts';
import { LineFindings, lampOf } from './line-findings.tsx';

export function DiagnosisList({ diagnoses, findings }: { diagnoses: ClaimSheet['diagnoses']; findings: Map<number, Findings> }) {
  return (
    <table className="grid diagnoses">
      <thead>
        <tr>
          <th className="lineno">行</th>
          <th>傷病名</th>
          <th>診療開始日</th>
          <th>転帰</th>
        </tr>
      </thead>
      <tbody>
        {diagnoses.length === 0 && (
          <tr>
            <td colSpan={4} className="muted">
              傷病名の記録はありません
            </td>
          </tr>
        )}
        {diagnoses.map((d) => {
          const f = findings.get(d.line);
          return [
            <tr key={d.line} id={`L${d.line}`} className={lampOf(f)}>
              <td className="lineno">{d.line}</td>
              <td>
                {d.main && <span className="tag main">主</span>}
                {d.name || d.code}
                {d.supplement && <span className="muted">（{d.supplement}）</span>}
              </td>
              <td>{d.startDateWareki || warekiDate(d.startDate) || '—'}</td>
              <td>{d.outcome || '継続'}</td>
            </tr>,
            f && (
              <tr key={`f${d.line}`} className="finding-row">
                <td colSpan={4}>
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
