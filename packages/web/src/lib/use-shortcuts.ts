/**
 * Single-key shortcuts (j, k, c, r …) for the screen that is shown. They never fire while the user
 * types in a field (or composes with an IME), nor with Ctrl / Alt / ⌘ held.
 */
import { useEffect, useRef } from 'react';

export type ShortcutMap = Partial<Record<string, (e: KeyboardEvent) => void>>;

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

export function useShortcuts(map: ShortcutMap, enabled = true): void {
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    if (!enabled) return;
    const on = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      // Enter or space on a focused button or link is that button's own
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLElement && e.target.closest('button, a, summary')) return;
      const f = ref.current[e.key];
      if (!f) return;
      e.preventDefault();
      f(e);
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, [enabled]);
}
