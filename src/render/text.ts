/** A cell's text cut to `n` characters with an ellipsis; empty for a missing value. */
export function truncate(s: string | null | undefined, n: number): string {
  if (!s) return '';
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
