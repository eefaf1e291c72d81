import Table from 'cli-table3';
import type { ArticleRecord } from '../types.js';
import { truncate as cut } from './text.js';

export interface Painter {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
}

/** One row an article: what it is, who and where it is about; fits a 100-column terminal. */
export function renderTable(records: Array<ArticleRecord | { id: string; error: string }>, paint: Painter): string {
  const table = new Table({
    head: ['id', 'title', 'published', 'words', 'countries', 'people', 'organizations'].map((h) => paint.bold(h)),
    colWidths: [14, 24, 12, 7, 11, 13, 11], // 92 + 8 borders: fits 100 columns
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const r of records) {
    if ('error' in r) {
      table.push([cut(r.id, 14), { colSpan: 6, content: paint.red(`error: ${r.error}`) }]);
      continue;
    }
    const people = [...r.entities.officials, ...r.entities.people].slice(0, 3).map((p) => p.name);
    table.push([
      cut(r.id.replace(/^.*\//, ''), 14),
      cut(r.title, 60),
      r.published ?? paint.dim('-'),
      String(r.stats.words),
      r.entities.countries
        .slice(0, 4)
        .map((c) => c.code)
        .join(' '),
      cut(people.join(', '), 40),
      cut(
        r.entities.organizations
          .slice(0, 2)
          .map((o) => o.name)
          .join(', '),
        40,
      ),
    ]);
  }
  return table.toString();
}
