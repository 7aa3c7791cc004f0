/**
 * The one way the screens talk to the server: same-origin fetch of /api/v1 with the session cookie.
 * A refusal becomes an ApiFailure carrying the server's Japanese message (api-errors.ts).
 */
import type { Account, BulkConfirmResult, ClaimDetail, DecisionKind, QueueCount, ReviewItem, SectionCount } from './types.ts';

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Called when a request finds no live session (the app then shows the login screen). */
let onLoggedOut: () => void = () => {};
export function setLoggedOutHandler(f: () => void): void {
  onLoggedOut = f;
}

async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiFailure(0, 'NETWORK', 'サーバーに接続できません。ネットワークを確認してください');
  }
  if (res.status === 204) return undefined as T;
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    const failure = new ApiFailure(res.status, err?.code ?? 'HTTP', err?.message ?? `サーバーがエラーを返しました（HTTP ${res.status}）`);
    if (failure.code === 'NOT_LOGGED_IN') onLoggedOut();
    throw failure;
  }
  return json as T;
}

const q = (params: Record<string, string | undefined>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) s.set(k, v);
  return s.toString();
};

export const api = {
  login: (federation: string, login: string, password: string) => call<{ account: Account }>('POST', '/api/v1/session', { federation, login, password }),
  session: () => call<{ account: Account }>('GET', '/api/v1/session'),
  logout: () => call<void>('DELETE', '/api/v1/session'),
  queues: (month: string) => call<{ month: string; queues: QueueCount[]; sections: SectionCount[] }>('GET', `/api/v1/review/queues?${q({ month })}`),
  items: (month: string, queue?: string, status?: string, section?: string) =>
    call<{ month: string; items: ReviewItem[] }>('GET', `/api/v1/review/items?${q({ month, queue, status, section, limit: '500' })}`),
  claim: (fileId: number, seq: number) => call<ClaimDetail>('GET', `/api/v1/review/claims/${fileId}/${seq}`),
  decide: (fileId: number, seq: number, d: { decision: DecisionKind; line?: number; pointsAfter?: number; reasonCode?: string; reasonText?: string }) =>
    call<{ decisionId: number }>('POST', `/api/v1/review/claims/${fileId}/${seq}/decisions`, d),
  bulkConfirm: (month: string, items: { fileId: number; seq: number }[]) => call<BulkConfirmResult>('POST', '/api/v1/review/bulk-confirm', { month, items }),
};

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
