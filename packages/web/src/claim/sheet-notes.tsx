/** コメント, 症状詳記 and the records the sheet could not place, each with its findings. */
import type { ClaimSheet } from '../api/types.ts';
import { RECORD_LABELS } from '../lib/labels.ts';
import type { LineFindings as Findings } from './claim-lines.ts';
import { LineFindings, lampOf } from './line-findings.tsx';

interface Row {
  line: number;
  label: string;
  text: string;
}

function NoteTable({ title, rows, findings }: { title: string; rows: Row[]; findings: Map<number, Findings> }) {
  if (!rows.length) return null;
  return (
    <table className="grid notes">
      <thead>
        <tr>
          <th className="lineno">行</th>
          <th colSpan={2}>{title}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const f = findings.get(r.line);
          return [
            <tr key={r.line} id={`L${r.line}`} className={lampOf(f)}>
              <td className="lineno">{r.line}</td>
              <td className="note-label">{r.label}</td>
              <td className="note-text">{r.text}</td>
            </tr>,
            f && (
              <tr key={`f${r.line}`} className="finding-row">
                <td colSpan={3}>
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

export function SheetNotes({ sheet, findings }: { sheet: ClaimSheet; findings: Map<number, Findings> }) {
  return (
    <>
      <NoteTable title="コメント" rows={sheet.comments.map((c) => ({ line: c.line, label: c.code, text: c.text }))} findings={findings} />
      <NoteTable title="症状詳記" rows={(sheet.symptomNotes ?? []).map((n) => ({ line: n.line, label: n.typeLabel || n.type, text: n.text }))} findings={findings} />
      <NoteTable title="その他の記録" rows={sheet.otherRecords.map((r) => ({ line: r.line, label: RECORD_LABELS[r.record] ?? r.record, text: r.text }))} findings={findings} />
    </>
  );
}
