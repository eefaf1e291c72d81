import Table from 'cli-table3';
import type { ArticleRecord } from '../types.js';
import { truncate as cut, truncateStart } from './text.js';
import { cellOf } from './fields.js';

export interface Painter {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
}

type Row = ArticleRecord | { id: string; error: string };

/**
 * Column widths that fill `width` characters: each column's share of the room left after the
 * borders, never below its minimum. A table of n columns has n + 1 border characters.
 */
export function fitColumns(width: number, shares: number[], minimum = 6): number[] {
  const room = Math.max(shares.length * minimum, width - (shares.length + 1));
  const total = shares.reduce((a, b) => a + b, 0);
  const cols = shares.map((s) => Math.max(minimum, Math.floor((room * s) / total)));
  // What rounding left goes to the widest column.
  const widest = shares.indexOf(Math.max(...shares));
  cols[widest] += Math.max(0, room - cols.reduce((a, b) => a + b, 0));
  return cols;
}

const cellWidth = (col: number): number => Math.max(1, col - 2);

/** One row an article: what it is, who and where it is about; as wide as the terminal. */
export function renderTable(records: Row[], paint: Painter, width = 100): string {
  const widths = fitColumns(width, [14, 26, 11, 6, 10, 16, 14]);
  const table = new Table({
    head: ['id', 'title', 'published', 'words', 'countries', 'people', 'organizations'].map((h) => paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const r of records) {
    // The end of a path tells files apart: "…/2019/11/story.txt".
    const id = truncateStart(r.id, cellWidth(widths[0]));
    if ('error' in r) {
      table.push([id, { colSpan: 6, content: paint.red(`error: ${r.error}`) }]);
      continue;
    }
    const people = [...r.entities.officials, ...r.entities.people].slice(0, 3).map((p) => p.name);
    table.push([
      id,
      cut(r.title, 3 * cellWidth(widths[1])),
      r.published ?? paint.dim('-'),
      String(r.stats.words),
      r.entities.countries
        .slice(0, 4)
        .map((c) => c.code)
        .join(' '),
      cut(people.join(', '), 3 * cellWidth(widths[5])),
      cut(
        r.entities.organizations
          .slice(0, 2)
          .map((o) => o.name)
          .join(', '),
        3 * cellWidth(widths[6]),
      ),
    ]);
  }
  return table.toString();
}

/** `--fields … --format table`: one row a record, one column a field. */
export function renderFieldTable(
  records: Array<Record<string, unknown>>,
  fields: string[],
  paint: Painter,
  width = 100,
): string {
  const columns = ['id', ...fields.filter((f) => f !== 'id')];
  const widths = fitColumns(
    width,
    columns.map((c) => (c === 'id' ? 14 : 20)),
  );
  const table = new Table({
    head: columns.map((h) => paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const r of records) {
    if ('error' in r) {
      table.push([
        truncateStart(String(r.id), cellWidth(widths[0])),
        { colSpan: Math.max(1, columns.length - 1), content: paint.red(`error: ${String(r.error)}`) },
      ]);
      continue;
    }
    table.push(
      columns.map((c, k) =>
        c === 'id' ? truncateStart(String(r.id), cellWidth(widths[k])) : cut(cellOf(r, c), 4 * cellWidth(widths[k])),
      ),
    );
  }
  return table.toString();
}
