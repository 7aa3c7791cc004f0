/**
 * 審査一覧: the month's queues with their counts, the claims of one queue (out-of-prefecture first,
 * as the server orders them) and 一括確定 of those without findings.
 */
import { useEffect, useMemo, useState } from 'react';
import { api, errorText } from '../api/client.ts';
import type { QueueCount, ReviewItem, SectionCount } from '../api/types.ts';
import { BulkConfirmBar } from '../components/bulk-confirm-bar.tsx';
import { DoneMessage, ErrorMessage } from '../components/error-message.tsx';
import { canBulkConfirm, ItemTable, itemKey } from '../components/item-table.tsx';
import { MonthField } from '../components/month-field.tsx';
import { ALL, QueueTabs } from '../components/queue-tabs.tsx';
import { navigate } from '../lib/route.ts';
import { useShortcuts } from '../lib/use-shortcuts.ts';

export const LAST_CLAIM_KEY = 'kokuho.review.lastClaim';
/** The list's query, so that a claim opened by its address (or reloaded) still knows its neighbours. */
export const LIST_QUERY_KEY = 'kokuho.review.listQuery';

export function fetchList(month: string, queue: string, status: string, section?: string): Promise<ReviewItem[]> {
  window.sessionStorage.setItem(LIST_QUERY_KEY, JSON.stringify({ month, queue, status, section }));
  return api.items(month, queue === ALL ? undefined : queue, status === ALL ? undefined : status, section || undefined).then((r) => r.items);
}

function rememberedQuery(month: string): { queue: string; status: string; section?: string } | undefined {
  try {
    const q = JSON.parse(window.sessionStorage.getItem(LIST_QUERY_KEY) ?? 'null') as { month?: string; queue?: string; status?: string; section?: string } | null;
    return q?.month === month && q.queue && q.status ? { queue: q.queue, status: q.status, ...(q.section ? { section: q.section } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

export function rememberedList(month: string): Promise<ReviewItem[]> | undefined {
  const q = rememberedQuery(month);
  return q && fetchList(month, q.queue, q.status, q.section);
}

/** Back to the list the claim was opened from. */
export function backToList(month: string): void {
  const q = rememberedQuery(month);
  navigate({ screen: 'items', month, ...(q ? { queue: q.queue, status: q.status, section: q.section } : {}) });
}
const STATUSES = [
  { value: 'open', label: '未処理' },
  { value: 'held', label: '保留' },
  { value: 'decided', label: '処理済' },
  { value: ALL, label: 'すべて' },
];

interface Props {
  route: { month: string; queue?: string | undefined; status?: string | undefined; section?: string | undefined };
  items: ReviewItem[];
  setItems: (items: ReviewItem[]) => void;
  shortcutsEnabled: boolean;
}

export function ReviewListScreen({ route, items, setItems, shortcutsEnabled }: Props) {
  const { month } = route;
  const status = route.status ?? 'open';
  const [queues, setQueues] = useState<QueueCount[] | undefined>(undefined);
  const [sections, setSections] = useState<SectionCount[]>([]);
  const [loaded, setLoaded] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [cursor, setCursor] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);

  // the first queue with open claims, unless the address names one
  const queue = route.queue ?? queues?.find((q) => q.open > 0)?.queue ?? ALL;
  // 部会 narrows the committee queue only
  const section = queue === 'committee' ? (route.section ?? '') : '';
  const go = (o: { month?: string; queue?: string; status?: string; section?: string }, replace = false): void =>
    navigate({ screen: 'items', month: o.month ?? month, queue: o.queue ?? route.queue, status: o.status ?? route.status, section: o.section ?? (o.queue ? undefined : route.section) }, replace);

  useEffect(() => {
    let live = true;
    setError(undefined);
    api.queues(month).then((r) => {
      if (!live) return;
      setQueues(r.queues);
      setSections(r.sections ?? []);
    }, (e) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [month, reload]);

  // fix the derived queue in the address, so that it stays when its open claims are done
  useEffect(() => {
    if (queues && !route.queue) go({ queue }, true);
  });

  const ready = queues !== undefined;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const key = `${month}|${queue}|${status}|${section}|${reload}`;
    fetchList(month, queue, status, section).then(
      (list) => {
        if (!live) return;
        setItems(list);
        setLoaded(key);
        setChecked(new Set());
        const last = window.sessionStorage.getItem(LAST_CLAIM_KEY);
        setCursor(Math.max(0, list.findIndex((i) => itemKey(i) === last)));
      },
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [month, queue, status, section, reload, ready, setItems]);

  const selectable = useMemo(() => items.filter(canBulkConfirm), [items]);
  const open = (it: ReviewItem): void => {
    window.sessionStorage.setItem(LAST_CLAIM_KEY, itemKey(it));
    navigate({ screen: 'claim', fileId: it.file_id, seq: it.seq, month });
  };
  const toggle = (key: string): void =>
    setChecked((s) => {
      const n = new Set(s);
      if (n.has(key)) n.delete(key);
      else n.add(key);
      return n;
    });

  const bulkConfirm = async (): Promise<void> => {
    const chosen = items.filter((i) => checked.has(itemKey(i)));
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const r = await api.bulkConfirm(month, chosen.map((i) => ({ fileId: i.file_id, seq: i.seq })));
      setDone(`${r.confirmed.length} 件を確定しました。`);
      if (r.refused.length) {
        const no = (x: { fileId: number; seq: number }): string => String(items.find((i) => i.file_id === x.fileId && i.seq === x.seq)?.receipt_number ?? `${x.fileId}/${x.seq}`);
        setError(`${r.refused.length} 件は確定できませんでした：${r.refused.map((x) => `レセプト ${no(x)}（${x.reason}）`).join('、')}`);
      }
      setReload((n) => n + 1);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  useShortcuts(
    {
      j: () => setCursor((c) => Math.min(items.length - 1, c + 1)),
      k: () => setCursor((c) => Math.max(0, c - 1)),
      Enter: () => {
        const it = items[cursor];
        if (it) open(it);
      },
      x: () => {
        const it = items[cursor];
        if (it && canBulkConfirm(it)) toggle(itemKey(it));
      },
    },
    shortcutsEnabled,
  );

  const current = loaded?.startsWith(`${month}|${queue}|${status}|${section}|`);
  return (
    <section className="review-list">
      <div className="toolbar">
        <MonthField month={month} onChange={(m) => go({ month: m }, true)} />
        <label>
          状態
          <select name="status" value={status} onChange={(e) => go({ status: e.target.value }, true)}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {queue === 'committee' && sections.length > 0 && (
          <label>
            部会
            <select name="section" value={section} onChange={(e) => go({ section: e.target.value }, true)}>
              <option value="">すべての部会</option>
              {sections.map((s) => (
                <option key={s.section} value={s.section}>
                  {s.section}（未処理 {s.open.toLocaleString('ja-JP')}）
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => setReload((n) => n + 1)}>
          再読込
        </button>
      </div>
      <ErrorMessage text={error} />
      <DoneMessage text={done} />
      {queues && <QueueTabs queues={queues} selected={queue} onSelect={(q) => go({ queue: q }, true)} />}
      <BulkConfirmBar
        selected={checked.size}
        selectable={selectable.length}
        busy={busy}
        onSelectClean={() => setChecked(new Set(selectable.map(itemKey)))}
        onClear={() => setChecked(new Set())}
        onConfirm={bulkConfirm}
      />
      {!current ? (
        <p className="muted">読み込み中…</p>
      ) : items.length === 0 ? (
        <p className="muted empty">この条件のレセプトはありません。</p>
      ) : (
        <>
          <p className="muted count">
            {items.length.toLocaleString('ja-JP')} 件{items.length >= 500 ? '（先頭500件を表示）' : ''}　j / k で移動、Enter で開く、x で一括確定の対象に
          </p>
          <ItemTable items={items} cursor={cursor} checked={checked} onCursor={setCursor} onToggle={toggle} onOpen={open} />
        </>
      )}
    </section>
  );
}
