/** The claim as the paper レセプト: header, payers, 傷病名, 摘要 by 診療識別, comments, total. */
import { points } from '../lib/labels.ts';
import { DiagnosisList } from './diagnosis-list.tsx';
import { LineFindings } from './line-findings.tsx';
import { PayerTable } from './payer-table.tsx';
import { SheetHeader } from './sheet-header.tsx';
import { SheetLines, type SheetViewProps } from './sheet-lines.tsx';
import { SheetNotes } from './sheet-notes.tsx';

export function ClaimSheetView({ sheet, findings, adjustments, selected, onSelect }: SheetViewProps) {
  const headerFindings = sheet.header.line ? findings.get(sheet.header.line) : undefined;
  const cut = [...adjustments.values()].reduce((n, d) => {
    const l = sheet.groups.flatMap((g) => g.lines).find((x) => x.line === d.line);
    return n + ((d.points_before ?? 0) - (d.points_after ?? 0)) * (l?.count ?? 1);
  }, 0);
  return (
    <div className="sheet">
      <SheetHeader h={sheet.header} kind={sheet.kind} />
      {headerFindings && (
        <div id={`L${sheet.header.line}`} className="header-findings">
          <LineFindings f={headerFindings} />
        </div>
      )}
      <PayerTable payers={sheet.payers} findings={findings} />
      <DiagnosisList diagnoses={sheet.diagnoses} findings={findings} />
      <SheetLines sheet={sheet} findings={findings} adjustments={adjustments} selected={selected} onSelect={onSelect} />
      <SheetNotes sheet={sheet} findings={findings} />
      <div className="sheet-total">
        合計 <b>{points(sheet.totalPoints)}</b> 点
        {cut > 0 && (
          <span className="adjusted-points">
            {'　'}査定 −{points(cut)} 点 → {points((sheet.totalPoints ?? 0) - cut)} 点
          </span>
        )}
      </div>
    </div>
  );
}
