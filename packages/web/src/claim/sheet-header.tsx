/** The top of the レセプト: 診療年月, 種別, 医療機関, the patient. */
import type { ClaimSheet } from '../api/types.ts';
import { warekiDate } from '../lib/wareki.ts';

export function SheetHeader({ h, kind }: { h: ClaimSheet['header']; kind: string }) {
  return (
    <table className="sheet-header">
      <tbody>
        <tr>
          <th>診療年月</th>
          <td className="strong">{h.serviceMonthWareki}分</td>
          <th>種別</th>
          <td colSpan={3}>
            {kind}　{h.receiptTypeLabel || h.receiptType}
          </td>
          <th>レセプト番号</th>
          <td>{h.receiptNumber}</td>
        </tr>
        <tr>
          <th>医療機関</th>
          <td colSpan={3}>
            <span className="code">{h.providerCode}</span>　{h.providerName || '（名称未登録）'}
          </td>
          <th>診療科</th>
          <td>{h.specialty || '—'}</td>
          <th>特記事項</th>
          <td>{h.specialNotes?.join('・') || '—'}</td>
        </tr>
        <tr>
          <th>氏名</th>
          <td className="strong">
            {h.patientName}
            {h.kanaName && <span className="kana">（{h.kanaName}）</span>}
          </td>
          <th>性別</th>
          <td>{h.sex || '—'}</td>
          <th>生年月日</th>
          <td>{h.birthDateWareki || warekiDate(h.birthDate) || '—'}</td>
          <th>{h.inpatient ? '入院年月日' : '給付割合'}</th>
          <td>{h.inpatient ? h.admissionDateWareki || warekiDate(h.admissionDate ?? '') || '—' : h.benefitRatio != null ? `${h.benefitRatio}%` : '—'}</td>
        </tr>
      </tbody>
    </table>
  );
}
