// Calendar arithmetic on plain {y, m, d} values in UTC, so no result depends on the machine's
// time zone. Months are 1-based.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYmd(iso: string): Ymd | null {
  const m = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/.exec(iso)?.groups;
  if (!m) return null;
  const v = { y: Number(m.y), m: Number(m.m), d: Number(m.d) };
  return isValid(v) ? v : null;
}

export function isValid({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function fmtDay(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function fmtYear(y: number): string {
  return pad(y, 4);
}

export function addDays(v: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(v: Ymd): { y: number; w: number } {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day); // the Thursday of this week decides the year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return { y: t.getUTCFullYear(), w: Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7) };
}

export function fmtWeek(v: Ymd): string {
  const { y, w } = isoWeek(v);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** The quarter before the one a day falls in: the quarter an earnings story of that day reports. */
export function previousQuarter(day: Ymd): { y: number; q: number } {
  const q = quarterOf(day.m) - 1;
  return q === 0 ? { y: day.y - 1, q: 4 } : { y: day.y, q };
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
