/** Outcome of a pure operation that can fail on bad input: the core never throws for that. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(...errors: E[]): { ok: false; errors: E[] } => ({ ok: false, errors });
