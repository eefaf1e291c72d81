import Table from 'cli-table3';
import type { CorpusStats } from '../analyze/corpus/aggregate.js';
import type { Painter } from './table.js';
import { truncate as cut } from './text.js';

function table(title: string, head: string[], widths: number[], rows: string[][], paint: Painter): string {
  if (!rows.length) return `${paint.bold(title)}\n  (none)\n`;
  const t = new Table({
    head: head.map((h) => paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) t.push(r);
  return `${paint.bold(title)}\n${t.toString()}\n`;
}

/** The corpus at a glance, as tables that fit a 100-column terminal. */
export function renderStatsTables(s: CorpusStats, paint: Painter): string {
  const c = s.corpus;
  const out: string[] = [];
  out.push(
    `${paint.bold('Corpus')}: ${c.articles} articles, ${c.words} words, median ${c.medianWords} words` +
      `${c.published ? `, published ${c.published.from} to ${c.published.to}` : ''}` +
      `${c.publishers.length ? `\n${wrap(`publishers: ${c.publishers.map((p) => `${p.name} (${p.articles})`).join(', ')}`, 96, '  ')}` : ''}\n`,
  );
  out.push(
    table(
      'Countries',
      ['code', 'country', 'articles', 'mentions'],
      [7, 30, 10, 10],
      s.countries.map((x) => [x.code, cut(x.name, 28), String(x.articles), String(x.mentions)]),
      paint,
    ),
  );
  out.push(
    table(
      'Officials',
      ['name', 'title', 'organization', 'country', 'articles', 'top countries'],
      [21, 17, 19, 9, 10, 17],
      s.officials.map((x) => [
        cut(x.name, 20),
        cut(x.title, 16),
        cut(x.organization, 18),
        x.country ?? '',
        String(x.articles),
        (s.officialCountries.find((o) => o.name === x.name)?.countries ?? [])
          .map((k) => `${k.code} ${k.articles}`)
          .join(', '),
      ]),
      paint,
    ),
  );
  out.push(
    table(
      'People',
      ['name', 'title', 'organization', 'articles', 'mentions'],
      [26, 20, 24, 10, 10],
      s.people.map((x) => [
        cut(x.name, 24),
        cut(x.title, 18),
        cut(x.organization, 22),
        String(x.articles),
        String(x.mentions),
      ]),
      paint,
    ),
  );
  out.push(
    table(
      'Organizations',
      ['organization', 'articles', 'mentions'],
      [50, 10, 10],
      s.organizations.map((x) => [cut(x.name, 48), String(x.articles), String(x.mentions)]),
      paint,
    ),
  );
  out.push(
    table(
      'Places',
      ['place', 'kind', 'country', 'articles', 'mentions'],
      [30, 10, 9, 10, 10],
      s.places.map((x) => [cut(x.name, 28), x.kind, x.country ?? '', String(x.articles), String(x.mentions)]),
      paint,
    ),
  );
  out.push(
    table(
      'Countries together',
      ['pair', 'articles'],
      [20, 10],
      s.countryPairs.map((p) => [`${p.a}–${p.b}`, String(p.articles)]),
      paint,
    ),
  );
  const max = Math.max(1, ...s.timeline.map((t) => t.mentions));
  out.push(
    table(
      'Timeline (dates the articles talk about)',
      ['month', 'mentions', ''],
      [10, 10, 42],
      s.timeline.map((t) => [
        t.month,
        String(t.mentions),
        '█'.repeat(Math.max(1, Math.round((t.mentions / max) * 40))),
      ]),
      paint,
    ),
  );
  out.push(
    table(
      'Quoted most',
      ['speaker', 'quotes', 'example'],
      [24, 8, 62],
      s.speakers.map((x) => [cut(x.speaker, 22), String(x.quotes), cut(`“${x.example}”`, 120)]),
      paint,
    ),
  );
  out.push(
    table(
      'Copies (near-duplicate groups)',
      ['group', 'member', 'similarity'],
      [7, 70, 12],
      s.duplicates.flatMap((g, i) =>
        g.members.map((m, k) => [k ? '' : String(i + 1), cut(m.id, 68), m.similarity.toFixed(2)]),
      ),
      paint,
    ),
  );
  return out.join('\n');
}

/** Word-wraps a line to a width, each line indented. */
function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && indent.length + line.length + 1 + w.length > width) {
      out.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One CSV: a `section` column, then the same columns for every section (empty where n/a). */
export function renderStatsCsv(s: CorpusStats): string {
  const head = [
    'section',
    'rank',
    'name',
    'code',
    'kind',
    'title',
    'organization',
    'country',
    'articles',
    'mentions',
    'extra',
  ];
  const rows: unknown[][] = [head];
  type Row = Partial<
    Record<'name' | 'code' | 'kind' | 'title' | 'organization' | 'country' | 'articles' | 'mentions' | 'extra', unknown>
  >;
  const add = (section: string, i: number, r: Row): void => {
    rows.push([
      section,
      i + 1,
      r.name,
      r.code,
      r.kind,
      r.title,
      r.organization,
      r.country,
      r.articles,
      r.mentions,
      r.extra,
    ]);
  };
  s.countries.forEach((x, i) => add('countries', i, x));
  s.officials.forEach((x, i) => add('officials', i, x));
  s.people.forEach((x, i) => add('people', i, x));
  s.organizations.forEach((x, i) => add('organizations', i, x));
  s.places.forEach((x, i) => add('places', i, x));
  s.countryPairs.forEach((x, i) => add('country-pairs', i, { name: `${x.a}-${x.b}`, articles: x.articles }));
  s.timeline.forEach((x, i) => add('timeline', i, { name: x.month, mentions: x.mentions }));
  s.speakers.forEach((x, i) =>
    add('speakers', i, { name: x.speaker, articles: x.articles, mentions: x.quotes, extra: x.example }),
  );
  s.duplicates.forEach((g, i) => g.members.forEach((m) => add('duplicates', i, { name: m.id, extra: m.similarity })));
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
