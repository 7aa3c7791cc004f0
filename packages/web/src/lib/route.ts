/**
 * The screens' address, in the hash so that a reload or a shared link lands on the same screen:
 * #/items?month=2025-05&queue=committee&status=open&section=内科部会, #/claims/12/3?month=2025-05.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'items'; month?: string; queue?: string; status?: string; section?: string }
  | { screen: 'claim'; fileId: number; seq: number; month?: string; from?: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const p = new URLSearchParams(query);
  const get = (k: string): string | undefined => p.get(k) ?? undefined;
  const claim = /^\/claims\/(\d+)\/(\d+)$/.exec(path);
  if (claim) return { screen: 'claim', fileId: Number(claim[1]), seq: Number(claim[2]), month: get('month'), from: get('from') };
  return { screen: 'items', month: get('month'), queue: get('queue'), status: get('status'), section: get('section') };
}

export function routeHash(r: Route): string {
  const p = new URLSearchParams();
  const set = (k: string, v: string | undefined): void => {
    if (v !== undefined && v !== '') p.set(k, v);
  };
  set('month', r.month);
  if (r.screen === 'items') {
    set('queue', r.queue);
    set('status', r.status);
    set('section', r.section);
    const s = p.toString();
    return `#/items${s ? `?${s}` : ''}`;
  }
  set('from', r.from);
  const s = p.toString();
  return `#/claims/${r.fileId}/${r.seq}${s ? `?${s}` : ''}`;
}

export function navigate(r: Route, replace = false): void {
  const h = routeHash(r);
  if (replace) window.history.replaceState(null, '', h);
  else window.location.hash = h;
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
