/**
 * Dates inside kokuho are ISO strings: `IsoDate` = 'YYYY-MM-DD', `YearMonth` = 'YYYY-MM'.
 * Japanese era (和暦) forms exist only at the edges: legacy UKE fields (GYYMMDD / GYYMM),
 * comment text of pattern 50/80, and labels printed for people.
 */
export type IsoDate = string;
export type YearMonth = string;

/** 年号区分 (MSPEC 別紙6-1): 1 明治 2 大正 3 昭和 4 平成 5 令和. `offset` + era year = Western year. */
export const ERAS = [
  { code: 1, name: '明治', start: '1868-10-23', offset: 1867 },
  { code: 2, name: '大正', start: '1912-07-30', offset: 1911 },
  { code: 3, name: '昭和', start: '1926-12-25', offset: 1925 },
  { code: 4, name: '平成', start: '1989-01-08', offset: 1988 },
  { code: 5, name: '令和', start: '2019-05-01', offset: 2018 },
] as const;

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYYMMDD' → 'YYYY-MM-DD', or undefined when not a real date. */
export function compactToIsoDate(s: string): IsoDate | undefined {
  if (!/^\d{8}$/.test(s)) return undefined;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** 'YYYYMM' → 'YYYY-MM', or undefined. */
export function compactToYearMonth(s: string): YearMonth | undefined {
  if (!/^\d{6}$/.test(s)) return undefined;
  const mo = Number(s.slice(4, 6));
  return mo >= 1 && mo <= 12 ? `${s.slice(0, 4)}-${s.slice(4, 6)}` : undefined;
}

export function isoToCompact(d: IsoDate | YearMonth): string {
  return d.replaceAll('-', '');
}

/** 和暦 'GYYMMDD' (7 digits) → ISO date, checked against the era's bounds. */
export function warekiToIsoDate(s: string): IsoDate | undefined {
  if (!/^\d{7}$/.test(s)) return undefined;
  const era = ERAS.find((e) => e.code === Number(s[0]));
  if (!era) return undefined;
  const year = era.offset + Number(s.slice(1, 3));
  const iso = `${String(year).padStart(4, '0')}-${s.slice(3, 5)}-${s.slice(5, 7)}`;
  if (!isValidIsoDate(iso) || iso < era.start) return undefined;
  const next = ERAS.find((e) => e.code === era.code + 1);
  if (next && iso >= next.start) return undefined;
  return iso;
}

/** 和暦 'GYYMM' (5 digits) → 'YYYY-MM'. The month must overlap the era. */
export function warekiToYearMonth(s: string): YearMonth | undefined {
  if (!/^\d{5}$/.test(s)) return undefined;
  const era = ERAS.find((e) => e.code === Number(s[0]));
  if (!era) return undefined;
  const mo = Number(s.slice(3, 5));
  if (mo < 1 || mo > 12) return undefined;
  const ym = `${String(era.offset + Number(s.slice(1, 3))).padStart(4, '0')}-${s.slice(3, 5)}`;
  const next = ERAS.find((e) => e.code === era.code + 1);
  // The era must cover at least one day of the month: 平成31年5月 does not exist (令和 began on 5/1).
  if (ym < era.start.slice(0, 7) || (next && `${ym}-01` >= next.start)) return undefined;
  return ym;
}

/** ISO date → 'GYYMMDD' (for writing legacy fields and pattern-50 comments). */
export function isoToWareki(d: IsoDate): string {
  const era = eraOf(d);
  const year = Number(d.slice(0, 4)) - era.offset;
  return `${era.code}${String(year).padStart(2, '0')}${d.slice(5, 7)}${d.slice(8, 10)}`;
}

function eraOf(d: IsoDate): (typeof ERAS)[number] {
  for (let i = ERAS.length - 1; i >= 0; i--) if (d >= ERAS[i]!.start) return ERAS[i]!;
  return ERAS[0];
}

/** '2025-05-01' → '令和7年5月1日'; '2019-05-01' → '令和元年5月1日'. For people, never for storage. */
export function formatWareki(d: IsoDate | YearMonth): string {
  const full = d.length === 7 ? `${d}-01` : d;
  const era = eraOf(full);
  const y = Number(full.slice(0, 4)) - era.offset;
  const ym = `${era.name}${y === 1 ? '元' : y}年${Number(full.slice(5, 7))}月`;
  return d.length === 7 ? ym : `${ym}${Number(full.slice(8, 10))}日`;
}

/** The day `n` days after `d` (before, for negative `n`). */
export function addDays(d: IsoDate, n: number): IsoDate {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Last day of a 'YYYY-MM'. */
export function monthEnd(month: YearMonth): IsoDate {
  return `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
}

export function addMonths(ym: YearMonth, n: number): YearMonth {
  const y = Number(ym.slice(0, 4)), m = Number(ym.slice(5, 7)) - 1 + n;
  const yy = y + Math.floor(m / 12), mm = ((m % 12) + 12) % 12 + 1;
  return `${yy}-${String(mm).padStart(2, '0')}`;
}

/** Completed years of age on `on` (年齢計算ニ関スル法律: one ages on the day before the birthday; for checks the birthday convention is used). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const by = Number(birth.slice(0, 4)), oy = Number(on.slice(0, 4));
  return oy - by - (on.slice(5) < birth.slice(5) ? 1 : 0);
}
