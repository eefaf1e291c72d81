import type { Line } from '../types.js';

/**
 * Splits text into its non-blank lines, each with offsets into the input and the index of its
 * paragraph group (a run of lines with no blank line between them).
 * Example: "Editor's\nDesk\n\nStrategic Analysis" gives groups 0, 0, 1: the label split over two
 * lines stays one group, so the structure stage can join it again.
 * CRLF and lone CR line ends count as one break each; offsets stay JavaScript string indices.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let group = 0;
  let pos = 0;
  let sawBlank = false;
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    pushLine(text, pos, end);
    if (!m) break;
    pos = m.index + m[0].length;
  }
  return lines;

  function pushLine(src: string, from: number, to: number): void {
    const raw = src.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) {
      sawBlank = true;
      return;
    }
    if (sawBlank && lines.length) group++;
    sawBlank = false;
    const start = from + lead;
    lines.push({ text: body, start, end: start + body.length, group });
  }
}

/** Groups lines by their paragraph group, in order. */
export function groupLines(lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && last[0].group === line.group) last.push(line);
    else groups.push([line]);
  }
  return groups;
}

/** The indices from `from` up to `to` (not included): a stretch of a page's lines. */
export const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
