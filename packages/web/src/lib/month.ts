/** The 診療年月 the list shows: from the address, else the last one chosen, else last month. */
const KEY = 'kokuho.review.month';
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function defaultMonth(now = new Date()): string {
  const fromQuery = new URLSearchParams(window.location.search).get('month');
  if (fromQuery && MONTH.test(fromQuery)) return fromQuery;
  const saved = window.localStorage.getItem(KEY);
  if (saved && MONTH.test(saved)) return saved;
  // claims arrive in the month after the service month
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function rememberMonth(month: string): void {
  if (MONTH.test(month)) window.localStorage.setItem(KEY, month);
}
