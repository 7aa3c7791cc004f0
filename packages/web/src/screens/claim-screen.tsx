/**
 * レセプト画面: the claim laid out like the paper レセプト with every finding on its line, the
 * patient's other claims and the decisions so far; 査定・返戻・確定・保留・メモ from buttons or keys.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, errorText } from '../api/client.ts';
import type { ClaimDetail, DecisionKind, ItemStatus, ReviewItem } from '../api/types.ts';
import { adjustable, adjustmentsByLine, findingsByLine, lineId, lineInfo, placedLines, selectableLines } from '../claim/claim-lines.ts';
import { ClaimSheetView } from '../claim/claim-sheet-view.tsx';
import { ClaimToolbar } from '../claim/claim-toolbar.tsx';
import { DecisionForm, type DecisionDraft, type FormMode } from '../claim/decision-form.tsx';
import { DecisionHistory } from '../claim/decision-history.tsx';
import { FindingSummary } from '../claim/finding-summary.tsx';
import { LineFindings } from '../claim/line-findings.tsx';
import { OtherClaims } from '../claim/other-claims.tsx';
import { RawLinesView } from '../claim/raw-lines-view.tsx';
import { DoneMessage, ErrorMessage } from '../components/error-message.tsx';
import { decisionLabel } from '../lib/labels.ts';
import { navigate } from '../lib/route.ts';
import { useShortcuts } from '../lib/use-shortcuts.ts';
import { backToList, LAST_CLAIM_KEY, rememberedList } from './review-list-screen.tsx';

interface Props {
  route: { fileId: number; seq: number; month?: string | undefined; from?: string | undefined };
  month: string;
  items: ReviewItem[];
  setItems: (items: ReviewItem[]) => void;
  onStatus: (fileId: number, seq: number, status: ItemStatus) => void;
  shortcutsEnabled: boolean;
}

const STATUS_AFTER: Partial<Record<DecisionKind, ItemStatus>> = { confirm: 'decided', return: 'decided', hold: 'held' };

export function ClaimScreen({ route, month, items, setItems, onStatus, shortcutsEnabled }: Props) {
  const { fileId, seq } = route;
  const [detail, setDetail] = useState<ClaimDetail | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [form, setForm] = useState<FormMode | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<ClaimDetail | undefined> => {
    try {
      const d = await api.claim(fileId, seq);
      setDetail(d);
      return d;
    } catch (e) {
      setError(errorText(e));
      return undefined;
    }
  }, [fileId, seq]);

  useEffect(() => {
    void load().then((d) => {
      if (!d) return;
      // start on the first line with a finding, else the first line
      const lines = selectableLines(d);
      const flagged = new Set([...d.findings.map((f) => f.line), ...d.clerical.flatMap((f) => (f.line === null ? [] : [f.line]))]);
      setSelected(lines.find((l) => flagged.has(l)) ?? lines[0]);
    });
  }, [load]);

  // opened by its address: the list it was opened from, if this tab showed one
  useEffect(() => {
    if (!items.length) rememberedList(month)?.then(setItems, () => undefined);
  }, []);

  const index = items.findIndex((i) => i.file_id === fileId && i.seq === seq);
  const goTo = (it: ReviewItem | undefined): (() => void) | undefined =>
    it
      ? () => {
          window.sessionStorage.setItem(LAST_CLAIM_KEY, `${it.file_id}/${it.seq}`);
          navigate({ screen: 'claim', fileId: it.file_id, seq: it.seq, month });
        }
      : undefined;
  const prev = index > 0 ? goTo(items[index - 1]) : undefined;
  const next = index >= 0 ? goTo(items[index + 1]) : undefined;
  const back = (): void => {
    if (route.from && /^\d+\/\d+$/.test(route.from)) {
      const [f, s] = route.from.split('/').map(Number) as [number, number];
      navigate({ screen: 'claim', fileId: f, seq: s, month });
    } else backToList(month);
  };

  const findings = useMemo(() => (detail ? findingsByLine(detail) : new Map()), [detail]);
  const adjustments = useMemo(() => adjustmentsByLine(detail?.decisions ?? []), [detail]);
  const unplaced = useMemo(() => {
    if (!detail) return [];
    const placed = placedLines(detail);
    return [...findings.entries()].filter(([line]) => !placed.has(line));
  }, [detail, findings]);
  const selectedInfo = detail && selected !== undefined ? lineInfo(detail, selected) : undefined;

  const decide = async (decision: DecisionKind, d: DecisionDraft = {}): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await api.decide(fileId, seq, { decision, ...d });
      const after = STATUS_AFTER[decision];
      if (after) onStatus(fileId, seq, after);
      setForm(undefined);
      await load();
      setDone(`${decisionLabel(decision)}を登録しました${decision === 'adjust' && d.line ? `（行 ${d.line}）` : ''}。${next && after === 'decided' ? '　j で次のレセプトへ' : ''}`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const openForm = (mode: FormMode): void => {
    setDone(undefined);
    if (mode === 'adjust' && !adjustable(selectedInfo)) {
      setError('査定は点数のある診療行為・医薬品・特定器材の行に対して行います。↑ / ↓ またはクリックで行を選んでください');
      return;
    }
    setError(undefined);
    setForm(mode);
  };
  const move = (delta: number): void => {
    if (!detail) return;
    const lines = selectableLines(detail);
    const i = selected === undefined ? -1 : lines.indexOf(selected);
    const n = lines[Math.min(lines.length - 1, Math.max(0, i + delta))];
    if (n !== undefined) setSelected(n);
  };
  const goLine = (line: number): void => {
    if (detail && selectableLines(detail).includes(line)) setSelected(line);
    document.getElementById(lineId(line))?.scrollIntoView({ block: 'center' });
  };

  useShortcuts(
    {
      j: () => next?.(),
      k: () => prev?.(),
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      a: () => openForm('adjust'),
      r: () => openForm('return'),
      h: () => openForm('hold'),
      n: () => openForm('note'),
      c: () => void decide('confirm'),
      Escape: () => (form ? setForm(undefined) : back()),
    },
    shortcutsEnabled && !busy,
  );

  return (
    <section className="claim-screen">
      <ClaimToolbar
        detail={detail}
        position={index >= 0 ? { index, total: items.length } : undefined}
        busy={busy}
        onBack={back}
        onPrev={prev}
        onNext={next}
        onConfirm={() => void decide('confirm')}
        onReturn={() => openForm('return')}
        onAdjust={() => openForm('adjust')}
        onHold={() => openForm('hold')}
        onNote={() => openForm('note')}
      />
      <ErrorMessage text={error} />
      <DoneMessage text={done} />
      {form && (
        <DecisionForm
          key={`${form}-${form === 'adjust' ? selected : ''}`}
          mode={form}
          line={form === 'adjust' ? selectedInfo : undefined}
          busy={busy}
          onCancel={() => setForm(undefined)}
          onSubmit={(d) => void decide(form, d)}
        />
      )}
      {!detail ? (
        !error && <p className="muted">読み込み中…</p>
      ) : (
        <div className="claim-layout">
          <div className="claim-main">
            {unplaced.length > 0 && (
              <div className="unplaced">
                <h3>レセプト全体への指摘</h3>
                {unplaced.map(([line, f]) => (
                  <div key={line} id={lineId(line)}>
                    {line > 0 && <span className="muted">行 {line}</span>}
                    <LineFindings f={f} />
                  </div>
                ))}
              </div>
            )}
            {detail.sheet ? (
              <ClaimSheetView sheet={detail.sheet} findings={findings} adjustments={adjustments} selected={selected} onSelect={setSelected} />
            ) : (
              <RawLinesView lines={detail.lines} findings={findings} adjustments={adjustments} selected={selected} onSelect={setSelected} />
            )}
          </div>
          <aside className="claim-side">
            <FindingSummary detail={detail} onGo={goLine} />
            <OtherClaims detail={detail} onOpen={(o) => navigate({ screen: 'claim', fileId: o.file_id, seq: o.seq, month, from: `${fileId}/${seq}` })} />
            <DecisionHistory decisions={detail.decisions} />
          </aside>
        </div>
      )}
    </section>
  );
}
