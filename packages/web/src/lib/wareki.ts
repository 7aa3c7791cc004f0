/** 和暦: dates and months as staff read them (令和7年5月). */

const ERAS = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
  { name: '大正', start: '1912-07-30' },
  { name: '明治', start: '1868-01-25' },
] as const;

/** 'YYYY-MM-DD' or 'YYYYMMDD' → parts, or undefined. */
function parts(date: string): { y: number; m: number; d: number } | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

function era(y: number, m: number, d: number): { name: string; year: string } | undefined {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const e = ERAS.find((x) => iso >= x.start);
  if (!e) return undefined;
  const n = y - Number(e.start.slice(0, 4)) + 1;
  return { name: e.name, year: n === 1 ? '元' : String(n) };
}

/** '2025-05' → '令和7年5月' (the era in force on the month's last day, as for 診療年月). */
export function warekiMonth(month: string): string {
  const m = /^(\d{4})-?(\d{2})$/.exec(month);
  if (!m) return month;
  const e = era(Number(m[1]), Number(m[2]), 28);
  return e ? `${e.name}${e.year}年${Number(m[2])}月` : month;
}

/** '2025-05-10' / '20250510' → '令和7年5月10日'; anything else unchanged. */
export function warekiDate(date: string): string {
  const p = parts(date);
  if (!p) return date;
  const e = era(p.y, p.m, p.d);
  return e ? `${e.name}${e.year}年${p.m}月${p.d}日` : date;
}
