/**
 * Spans (mentions, names, quotes) sorted by where they start, searched by binary search: the
 * passes that ask "what lies in this sentence" once per sentence stay linear on long documents.
 */
interface Span {
  start: number;
  end: number;
}

/** The index of the first item of `sorted` (ascending by `keyOf`) whose key is at or after `at`. */
export function firstAtOrAfter<T>(sorted: readonly T[], at: number, keyOf: (t: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(sorted[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans that start in [from, to), from spans sorted by start. */
export function spansStartingWithin<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = firstAtOrAfter(sorted, from, (s) => s.start); k < sorted.length && sorted[k].start < to; k++)
    out.push(sorted[k]);
  return out;
}

/** The spans inside [from, to), from spans sorted by start. */
export function spansWithin<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  return spansStartingWithin(sorted, from, to).filter((s) => s.end <= to);
}

/** Sorted by start, as the searches above need (a copy; a stable sort: nested spans keep their order). */
export const byStart = <T extends Span>(spans: readonly T[]): T[] => [...spans].sort((a, b) => a.start - b.start);

/**
 * Whether some span of `spans` covers [start, end) (strictly: and is longer than it). Spans
 * sorted by start, with the furthest end reached so far: a binary search per question, where
 * asking every span had made a long document's names against its dates quadratic.
 */
export function coverage<T extends Span>(
  spans: readonly T[],
): (start: number, end: number, strictly: boolean) => boolean {
  const sorted = byStart(spans);
  const reach = new Float64Array(sorted.length);
  sorted.forEach((s, i) => (reach[i] = Math.max(s.end, i > 0 ? reach[i - 1] : -Infinity)));
  return (start, end, strictly) => {
    // A span that starts before `start` covers it, longer, once it reaches `end`.
    const before = firstAtOrAfter(sorted, start, (s) => s.start);
    if (before > 0 && reach[before - 1] >= end) return true;
    // One that starts at `start` must reach `end` (and past it, when it must be longer).
    for (let k = before; k < sorted.length && sorted[k].start === start; k++)
      if (strictly ? sorted[k].end > end : sorted[k].end >= end) return true;
    return false;
  };
}
