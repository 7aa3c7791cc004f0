/** One finding on its line: lamp, rule, proposed action, 事由, message, and the reasoning on demand. */
import type { ClericalFindingRow, RuleFindingRow } from '../api/types.ts';
import { ACTION_LABELS, reasonLabel } from '../lib/labels.ts';

const steps = (t: string[] | string): string[] => (Array.isArray(t) ? t : String(t).split('\n')).filter(Boolean);

function tableRow(r: unknown): string | undefined {
  if (!r || typeof r !== 'object') return undefined;
  const o = r as { file?: unknown; line?: unknown };
  return typeof o.file === 'string' ? `${o.file}${typeof o.line === 'number' ? `:${o.line}` : ''}` : undefined;
}

export function RuleFindingCard({ f }: { f: RuleFindingRow }) {
  const lamp = f.lamp === 'V' ? 'V' : 'S';
  const row = tableRow(f.table_row);
  return (
    <div className={`finding lamp-${lamp}`} data-rule={f.rule_id}>
      <div className="finding-head">
        <span className={`lamp lamp-${lamp}`} title={lamp === 'V' ? 'Vランプ：医学的判断を要する' : 'Sランプ：算定ルール'}>
          {lamp}
        </span>
        <span className="rule-id">{f.rule_id}</span>
        {ACTION_LABELS[f.action] && <span className="action">{ACTION_LABELS[f.action]}</span>}
        {f.reason_code && (
          <span className="reason-code" title={reasonLabel(f.reason_code)}>
            事由 {f.reason_code}
          </span>
        )}
        <span className="finding-msg">{f.message}</span>
      </div>
      <details className="trace">
        <summary>判定の経過</summary>
        <ol>
          {steps(f.trace).map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
        <p className="muted">
          読んだ行：{f.lines_read.join('、') || '—'}
          {row && `　判定表：${row}`}
          {f.related_receipts?.length ? `　関連レセプト：${f.related_receipts.join('、')}` : ''}
        </p>
      </details>
    </div>
  );
}

export function ClericalFindingCard({ f }: { f: ClericalFindingRow }) {
  return (
    <div className="finding clerical">
      <div className="finding-head">
        <span className="lamp lamp-C" title="事務点検・資格点検">
          事
        </span>
        <span className="rule-id">{f.code}</span>
        {f.severity === 'return' && <span className="action">返戻</span>}
        <span className="finding-msg">
          {f.message}
          {f.field ? `（${f.field}）` : ''}
        </span>
      </div>
    </div>
  );
}
