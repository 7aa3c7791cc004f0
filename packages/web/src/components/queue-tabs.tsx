/** The queues of the month (振分) with their counts: 未処理・保留・処理済. */
import type { QueueCount } from '../api/types.ts';

export const ALL = 'all';

export function QueueTabs({ queues, selected, onSelect }: { queues: QueueCount[]; selected: string; onSelect: (q: string) => void }) {
  const sum = (k: 'open' | 'held' | 'decided'): number => queues.reduce((n, q) => n + q[k], 0);
  const tabs = [...queues, { queue: ALL, label: 'すべて', open: sum('open'), held: sum('held'), decided: sum('decided') }];
  return (
    <div className="queue-tabs" role="tablist" aria-label="審査区分">
      {tabs.map((q) => (
        <button key={q.queue} type="button" role="tab" aria-selected={q.queue === selected} className={q.queue === selected ? 'tab selected' : 'tab'} data-queue={q.queue} onClick={(e) => {
            // the keys (j, k, Enter) go to the list, not to this button
            e.currentTarget.blur();
            onSelect(q.queue);
          }}>
          <span className="tab-label">{q.label}</span>
          <span className="counts">
            未処理 <b>{q.open.toLocaleString('ja-JP')}</b> ／ 保留 {q.held.toLocaleString('ja-JP')} ／ 処理済 {q.decided.toLocaleString('ja-JP')}
          </span>
        </button>
      ))}
    </div>
  );
}
