/** The claim's records as received (when the server sends no sheet), with findings on their lines. */
import type { ClaimDetail, DecisionRow } from '../api/types.ts';
import { points } from '../lib/labels.ts';
import { lineId, type LineFindings as Findings } from './claim-lines.ts';
import { LineFindings, lampOf } from './line-findings.tsx';

interface Props {
  lines: ClaimDetail['lines'];
  findings: Map<number, Findings>;
  adjustments: Map<number, DecisionRow>;
  selected: number | undefined;
  onSelect: (line: number) => void;
}

export function RawLinesView({ lines, findings, adjustments, selected, onSelect }: Props) {
  return (
    <table className="grid raw-lines">
      <thead>
        <tr>
          <th className="lineno">行</th>
          <th>レコード（受付したとおり）</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => {
          const f = findings.get(l.line);
          const adj = adjustments.get(l.line);
          return [
            <tr
              key={l.line}
              id={lineId(l.line)}
              data-line={l.line}
              aria-selected={selected === l.line}
              className={['line', lampOf(f), selected === l.line ? 'selected' : ''].join(' ')}
              onClick={() => onSelect(l.line)}
            >
              <td className="lineno">{l.line}</td>
              <td className="raw">
                {l.text}
                {adj && (
                  <span className="adjusted-points">
                    {'　'}査定 {points(adj.points_before)}点 → {points(adj.points_after)}点（事由 {adj.reason_code}）
                  </span>
                )}
              </td>
            </tr>,
            f && (
              <tr key={`f${l.line}`} className="finding-row">
                <td colSpan={2}>
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
