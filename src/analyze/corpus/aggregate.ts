import type { ArticleRecord } from '../../types.js';
import { DuplicateFinder, type DuplicateGroup } from './minhash.js';

export interface Ranked {
  name: string;
  articles: number;
  mentions: number;
}
export interface CorpusStats {
  corpus: {
    articles: number;
    words: number;
    medianWords: number;
    publishers: Array<{ name: string; articles: number }>;
    published: { from: string; to: string } | null;
  };
  countries: Array<Ranked & { code: string }>;
  officials: Array<Ranked & { title: string | null; organization: string | null; country: string | null }>;
  people: Array<Ranked & { title: string | null; organization: string | null }>;
  organizations: Ranked[];
  places: Array<Ranked & { kind: string; country: string | null }>;
  countryPairs: Array<{ a: string; b: string; articles: number }>;
  officialCountries: Array<{ name: string; countries: Array<{ code: string; articles: number }> }>;
  timeline: Array<{ month: string; mentions: number }>;
  speakers: Array<{ speaker: string; quotes: number; articles: number; example: string }>;
  duplicates: DuplicateGroup[];
}

interface Tally {
  articles: number;
  mentions: number;
  extra: Map<string, number>;
  extra2: Map<string, number>;
  extra3: Map<string, number>;
}
const tally = (): Tally => ({ articles: 0, mentions: 0, extra: new Map(), extra2: new Map(), extra3: new Map() });
const inc = (m: Map<string, number>, k: string | null | undefined, n = 1): void => {
  if (k) m.set(k, (m.get(k) ?? 0) + n);
};
const top = (m: Map<string, number>): string | null =>
  [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

/**
 * What a corpus is about, gathered one record at a time (linear in the corpus; memory grows with
 * the number of distinct names, not of articles). Things are ranked by how many articles mention
 * them, so one long article does not dominate.
 */
export class CorpusAggregator {
  private articles = 0;
  private readonly words: number[] = [];
  private readonly publishers = new Map<string, number>();
  private from: string | null = null;
  private to: string | null = null;
  private readonly countries = new Map<string, Tally>();
  private readonly countryNames = new Map<string, string>();
  private readonly persons = new Map<string, Tally>();
  private readonly officialNames = new Set<string>();
  private readonly orgs = new Map<string, Tally>();
  private readonly places = new Map<string, Tally>();
  private readonly pairs = new Map<string, number>();
  private readonly officialCountry = new Map<string, Map<string, number>>();
  private readonly months = new Map<string, number>();
  private readonly speakers = new Map<string, { quotes: number; articles: number; example: string }>();
  private readonly dups = new DuplicateFinder();

  add(r: ArticleRecord): void {
    this.articles++;
    this.words.push(r.stats.words);
    inc(this.publishers, r.publisher);
    if (r.published) {
      if (!this.from || r.published < this.from) this.from = r.published;
      if (!this.to || r.published > this.to) this.to = r.published;
    }
    const e = r.entities;
    for (const c of e.countries) {
      this.count(this.countries, c.code, c.mentions);
      this.countryNames.set(c.code, c.name);
    }
    for (const p of [...e.officials, ...e.people]) {
      const t = this.count(this.persons, p.name, p.mentions);
      inc(t.extra, p.title, p.mentions);
      inc(t.extra2, p.organization, p.mentions);
      inc(t.extra3, p.country, p.mentions);
    }
    for (const p of e.officials) this.officialNames.add(p.name);
    for (const o of e.organizations) this.count(this.orgs, o.name, o.mentions);
    for (const pl of e.places) {
      const t = this.count(this.places, pl.name, pl.mentions);
      inc(t.extra, pl.kind);
      inc(t.extra3, pl.country);
    }
    const codes = [...new Set(e.countries.map((c) => c.code))].sort();
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) inc(this.pairs, `${codes[i]}\u0000${codes[j]}`);
    for (const p of e.officials) {
      const m = this.officialCountry.get(p.name) ?? new Map<string, number>();
      for (const c of codes) inc(m, c);
      this.officialCountry.set(p.name, m);
    }
    for (const d of e.dates) {
      const month = /^(\d{4}-\d{2})/.exec(d.value)?.[1];
      if (month && (d.type === 'DATE' || d.type === 'TIME')) inc(this.months, month);
    }
    const quoted = new Set<string>();
    for (const q of r.quotes) {
      if (!q.speaker) continue;
      const s = this.speakers.get(q.speaker) ?? { quotes: 0, articles: 0, example: q.text };
      s.quotes++;
      if (!quoted.has(q.speaker)) {
        s.articles++;
        quoted.add(q.speaker);
      }
      this.speakers.set(q.speaker, s);
    }
    this.dups.add(r.id, r.body);
  }

  /**
   * "Trump" in one article, "Donald Trump" in another: a one-word name that ends exactly one full
   * name of the corpus is counted under it (articles may then be counted twice for one person
   * only when both forms stand in the same article, which the record already merged).
   */
  private mergeShortNames(): void {
    const full = new Map<string, string[]>();
    for (const name of this.persons.keys()) {
      const parts = name.split(/\s+/);
      if (parts.length > 1) full.set(parts[parts.length - 1], [...(full.get(parts[parts.length - 1]) ?? []), name]);
    }
    for (const [name, t] of [...this.persons.entries()]) {
      const target = !name.includes(' ') ? full.get(name) : undefined;
      if (!target || target.length !== 1) continue;
      const into = this.persons.get(target[0])!;
      into.articles += t.articles;
      into.mentions += t.mentions;
      for (const k of ['extra', 'extra2', 'extra3'] as const) for (const [v, c] of t[k]) inc(into[k], v, c);
      if (this.officialNames.has(name)) this.officialNames.add(target[0]);
      const oc = this.officialCountry.get(name);
      if (oc) {
        const m = this.officialCountry.get(target[0]) ?? new Map<string, number>();
        for (const [c, x] of oc) inc(m, c, x);
        this.officialCountry.set(target[0], m);
      }
      this.persons.delete(name);
    }
  }

  result(n = 10): CorpusStats {
    this.mergeShortNames();
    const rank = <T extends Ranked>(xs: T[]): T[] =>
      xs.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, n);
    const entries = (m: Map<string, Tally>) => [...m.entries()];
    const sorted = [...this.words].sort((a, b) => a - b);
    const persons = entries(this.persons).map(([name, t]) => ({
      name,
      articles: t.articles,
      mentions: t.mentions,
      title: top(t.extra),
      organization: top(t.extra2),
      country: top(t.extra3),
    }));
    const officials = rank(persons.filter((p) => this.officialNames.has(p.name)));
    return {
      corpus: {
        articles: this.articles,
        words: this.words.reduce((a, b) => a + b, 0),
        medianWords: sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0,
        publishers: [...this.publishers.entries()]
          .map(([name, articles]) => ({ name, articles }))
          .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
          .slice(0, n),
        published: this.from && this.to ? { from: this.from, to: this.to } : null,
      },
      countries: rank(
        entries(this.countries).map(([code, t]) => ({
          name: this.countryNames.get(code) ?? code,
          code,
          articles: t.articles,
          mentions: t.mentions,
        })),
      ),
      officials,
      people: rank(persons.filter((p) => !this.officialNames.has(p.name)).map(({ country: _c, ...p }) => p)),
      organizations: rank(
        entries(this.orgs).map(([name, t]) => ({ name, articles: t.articles, mentions: t.mentions })),
      ),
      places: rank(
        entries(this.places).map(([name, t]) => ({
          name,
          articles: t.articles,
          mentions: t.mentions,
          kind: top(t.extra) ?? 'place',
          country: top(t.extra3),
        })),
      ),
      countryPairs: [...this.pairs.entries()]
        .map(([k, articles]) => {
          const [a, b] = k.split('\u0000');
          return { a, b, articles };
        })
        .sort((x, y) => y.articles - x.articles || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
        .slice(0, n),
      officialCountries: officials.map((p) => ({
        name: p.name,
        countries: [...(this.officialCountry.get(p.name) ?? new Map()).entries()]
          .map(([code, articles]) => ({ code, articles }))
          .sort((a, b) => b.articles - a.articles || a.code.localeCompare(b.code))
          .slice(0, 3),
      })),
      // The --top busiest months, in calendar order.
      timeline: [...this.months.entries()]
        .map(([month, mentions]) => ({ month, mentions }))
        .sort((a, b) => b.mentions - a.mentions || a.month.localeCompare(b.month))
        .slice(0, n)
        .sort((a, b) => a.month.localeCompare(b.month)),
      speakers: [...this.speakers.entries()]
        .map(([speaker, s]) => ({ speaker, ...s }))
        // Ranked by the number the table shows: quotes.
        .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || a.speaker.localeCompare(b.speaker))
        .slice(0, n),
      duplicates: this.dups.groups(),
    };
  }

  private count(m: Map<string, Tally>, key: string, mentions: number): Tally {
    const t = m.get(key) ?? tally();
    t.articles++;
    t.mentions += mentions;
    m.set(key, t);
    return t;
  }
}
