/** The claims of a queue: one row each, the cursor (j / k) and the boxes of 一括確定. */
import { useEffect, useRef } from 'react';
import type { ReviewItem } from '../api/types.ts';
import { kindLabel, points, statusLabel } from '../lib/labels.ts';

export const itemKey = (i: { file_id: number; seq: number }): string => `${i.file_id}/${i.seq}`;
export const canBulkConfirm = (i: ReviewItem): boolean => i.findings === 0 && i.status !== 'decided';

interface Props {
  items: ReviewItem[];
  cursor: number;
  checked: ReadonlySet<string>;
  onCursor: (i: number) => void;
  onToggle: (key: string) => void;
  onOpen: (item: ReviewItem) => void;
}

export function ItemTable({ items, cursor, checked, onCursor, onToggle, onOpen }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    body.current?.children[cursor]?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);
  return (
    <table className="grid items">
      <thead>
        <tr>
          <th className="check" aria-label="一括確定の対象" />
          <th>レセプト番号</th>
          <th>医療機関</th>
          <th>種別</th>
          <th className="num">点数</th>
          <th className="num">指摘件数</th>
          <th>状態</th>
          <th>振分理由</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {items.map((it, n) => {
          const key = itemKey(it);
          return (
            <tr
              key={key}
              data-claim={key}
              className={[n === cursor ? 'cursor' : '', `row-${it.status}`, it.findings ? 'flagged' : ''].join(' ')}
              onClick={() => onCursor(n)}
              onDoubleClick={() => onOpen(it)}
            >
              <td className="check">
                <input
                  type="checkbox"
                  aria-label={`レセプト ${it.receipt_number} を一括確定の対象にする`}
                  checked={checked.has(key)}
                  disabled={!canBulkConfirm(it)}
                  title={it.findings ? '指摘のあるレセプトは画面で確認してください' : undefined}
                  onChange={() => onToggle(key)}
                  onClick={(e) => e.stopPropagation()}
                />
              </td>
              <td>
                <a
                  href={`#/claims/${key}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(it);
                  }}
                >
                  {it.receipt_number}
                </a>
              </td>
              <td className="code">{it.provider_code}</td>
              <td>{kindLabel(it.kind)}</td>
              <td className="num">{points(it.total_points)}</td>
              <td className="num">{it.findings ? <b className="finding-count">{it.findings}</b> : 0}</td>
              <td>
                <span className={`status status-${it.status}`}>{statusLabel(it.status)}</span>
              </td>
              <td className="reason">
                {it.out_of_prefecture && <span className="tag">県外</span>}
                {it.queue === 'committee' && it.section && <span className="tag">{it.section}</span>}
                {it.reason}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
