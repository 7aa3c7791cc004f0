/**
 * The 摘要 of the レセプト: lines grouped by 診療識別, each with its name, quantity, points × count and
 * the days of the month it was given (算定日情報, 1–31), its 査定 if any, and its findings under it.
 */
import { useEffect, useRef } from 'react';
import type { ClaimSheet, DecisionRow } from '../api/types.ts';
import { points } from '../lib/labels.ts';
import { lineId, type LineFindings as Findings } from './claim-lines.ts';
import { LineFindings, lampOf } from './line-findings.tsx';

const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);
const COLUMNS = 5 + DAYS.length;

/** What the sheet's views take: the sheet, the findings and 査定 by line, the selected line. */
export interface SheetViewProps {
  sheet: ClaimSheet;
  findings: Map<number, Findings>;
  adjustments: Map<number, DecisionRow>;
  selected: number | undefined;
  onSelect: (line: number) => void;
}

export function SheetLines({ sheet, findings, adjustments, selected, onSelect }: SheetViewProps) {
  const [y, m] = sheet.header.serviceMonth.split('-').map(Number) as [number, number];
  const last = new Date(y, m, 0).getDate();
  const dow = (d: number): number => new Date(y, m - 1, d).getDay();
  const body = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (selected !== undefined) body.current?.querySelector(`#${lineId(selected)}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <table className="grid lines" ref={body}>
      <thead>
        <tr>
          <th className="lineno">行</th>
          <th className="cat">識別</th>
          <th>名称</th>
          <th className="qty">数量</th>
          <th className="num">点数 × 回数</th>
          {DAYS.map((d) => (
            <th key={d} className={`day${d > last ? ' off' : dow(d) === 0 ? ' sun' : dow(d) === 6 ? ' sat' : ''}`}>
              {d}
            </th>
          ))}
        </tr>
      </thead>
      {sheet.groups.map((g, gi) => (
        <tbody key={gi} className="group">
          {g.lines.map((l, li) => {
            const f = findings.get(l.line);
            const adj = adjustments.get(l.line);
            const rows = [
              <tr
                key={l.line}
                id={lineId(l.line)}
                data-line={l.line}
                aria-selected={selected === l.line}
                className={['line', lampOf(f), selected === l.line ? 'selected' : '', adj ? 'adjusted' : ''].join(' ')}
                onClick={() => onSelect(l.line)}
              >
                <td className="lineno">{l.line}</td>
                <td className="cat">{li === 0 ? `${g.category} ${g.label}` : ''}</td>
                <td className="name">
                  {l.name || <span className="code">{l.code}</span>}
                  {l.comments?.map((c, i) => (
                    <div key={i} className="inline-comment">
                      {c.text}
                    </div>
                  ))}
                </td>
                <td className="qty">{l.quantity}</td>
                <td className="num">
                  {l.points !== null &&
                    (adj ? (
                      <>
                        <s>{points(l.points)}</s> <b className="adjusted-points">{points(adj.points_after)}</b>
                      </>
                    ) : (
                      points(l.points)
                    ))}
                  {l.points !== null && ` × ${l.count ?? 1}`}
                </td>
                {DAYS.map((d) => {
                  const n = l.days[d - 1] ?? 0;
                  return (
                    <td key={d} className={`day${n ? ' on' : ''}`}>
                      {n || ''}
                    </td>
                  );
                })}
              </tr>,
            ];
            if (adj) {
              rows.push(
                <tr key={`a${l.line}`} className="adjust-row">
                  <td colSpan={COLUMNS}>
                    査定 {points(adj.points_before)}点 → {points(adj.points_after)}点　事由 {adj.reason_code}
                    {adj.reason_text && `　${adj.reason_text}`}
                  </td>
                </tr>,
              );
            }
            if (f) {
              rows.push(
                <tr key={`f${l.line}`} className="finding-row">
                  <td colSpan={COLUMNS}>
                    <LineFindings f={f} />
                  </td>
                </tr>,
              );
            }
            return rows;
          })}
        </tbody>
      ))}
    </table>
  );
}
