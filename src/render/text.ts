/** A cell's text cut to `n` characters with an ellipsis; empty for a missing value. */
export function truncate(s: string | null | undefined, n: number): string {
  if (!s) return '';
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A cell's text cut at its start, keeping the end ("…/2019/11/story.txt"): paths differ there. */
export function truncateStart(s: string | null | undefined, n: number): string {
  if (!s) return '';
  return s.length > n ? `…${s.slice(s.length - n + 1)}` : s;
}
