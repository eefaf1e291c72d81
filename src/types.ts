// The one record that flows through the pipeline and out of the CLI.
// Every stage reads what earlier stages filled in and adds its own part.

export type MentionType = 'PERSON' | 'PLACE' | 'ORG' | 'NORP' | 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One occurrence of an entity: `text === input.slice(start, end)`. */
export interface Mention {
  type: MentionType;
  text: string;
  start: number;
  end: number;
  /** ISO 8601 / TimeML value of a date, time, duration or set. */
  value?: string;
  /** ISO 3166-1 alpha-2 code of a country, demonym or capital. */
  country?: string;
  /** For dates: true when the year (or any other part) was inferred from the reference date. */
  yearInferred?: boolean;
  /** The rule that produced the mention, for --explain and debugging. */
  rule?: string;
}

/** A line of the input with its offsets: the unit the cleaner judges. */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph group (lines not separated by a blank line). */
  group: number;
}

export type BlockRole =
  | 'title'
  | 'kicker'
  | 'summary'
  | 'byline'
  | 'publisher'
  | 'dateline'
  | 'takeaways-heading'
  | 'takeaway'
  | 'section-label'
  | 'section-heading'
  | 'section-body'
  | 'caption'
  | 'subheading'
  | 'body'
  | 'boilerplate';

/** The cleaner's and structurer's verdict on one line. */
export interface Verdict {
  role: BlockRole;
  /** The rule that decided, e.g. `share-widget`, `caption`, `low-density`. */
  reason: string;
}

export interface Country {
  name: string;
  code: string;
  mentions: number;
}

export interface Person {
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  mentions: number;
}

export interface Organization {
  name: string;
  country: string | null;
  mentions: number;
}

export interface Place {
  name: string;
  kind: 'country' | 'city' | 'region' | 'place';
  country: string | null;
  mentions: number;
}

export interface DateEntity {
  text: string;
  value: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  yearInferred: boolean;
}

export interface Entities {
  countries: Country[];
  officials: Person[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  dates: DateEntity[];
}

export interface Section {
  label: string;
  heading: string | null;
  paragraphs: string[];
}

export interface Quote {
  text: string;
  speaker: string | null;
  start: number;
  end: number;
}

export interface Removed {
  text: string;
  reason: string;
  start: number;
  end: number;
}

export interface Stats {
  words: number;
  sentences: number;
  paragraphs: number;
  readingMinutes: number;
}

/** A stated date of the article, as precise as the page gives it. */
export interface Timestamp {
  /** ISO 8601: "2024-03-05", or "2024-03-05T10:42" with a time. */
  value: string;
  precision: 'year' | 'month' | 'day' | 'minute';
  /** "+01:00" when the page names a time zone. */
  utcOffset: string | null;
  /** True when the page leaves day and month order open ("03/04/2024"); the value reads it month first. */
  ambiguous: boolean;
}

/** Where a field came from, and how sure the rule that chose it is. */
export interface FieldSource {
  start: number;
  end: number;
  rule: string;
  confidence: number;
  alternatives: Array<{ start: number; end: number; text: string; score: number }>;
}

export interface ArticleRecord {
  id: string;
  /** ISO 639-1 code of the text's language, or "und". */
  language: string;
  title: string | null;
  kicker: string | null;
  summary: string | null;
  byline: string | null;
  /** The byline's people, one name each ("By Jane Doe and John Roe" → two). */
  authors: string[];
  /** The news agency that signed a wire story ("Reuters" from "(Reuters) —"). */
  agency: string | null;
  /** The wire dateline: where (and when) the story was filed ("NAIROBI, Kenya"). */
  dateline: { place: string | null; date: string | null } | null;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD, or coarser) when the text states a publication date. */
  published: string | null;
  /** ISO date of an "Updated …" line, kept apart from `published`. */
  updated: string | null;
  /** Both dates with their precision, UTC offset and day-month ambiguity. */
  timestamps: { published: Timestamp | null; updated: Timestamp | null };
  /** The date relative expressions were resolved against, and where it came from. */
  refDate: { value: string; source: 'input' | 'published' | 'option' | 'today' };
  keyTakeaways: string[];
  sections: Section[];
  body: string;
  paragraphs: string[];
  images: string[];
  quotes: Quote[];
  removed: Removed[];
  stats: Stats;
  keywords: string[];
  entities: Entities;
  mentions: Mention[];
  /** For each structural field: offsets, rule, confidence and the candidates it beat. */
  provenance: Record<string, FieldSource>;
  warnings: string[];
  /** Whether the text reads like an article at all (a link list, a table, a login page: low). */
  quality: { score: number; label: 'high' | 'medium' | 'low' };
}

export interface ParseOptions {
  id?: string;
  /** YYYY-MM-DD given with the input (JSONL `refDate`): wins over everything. */
  refDate?: string;
  /** YYYY-MM-DD from `--ref-date`: used when the article states no date. */
  fallbackRefDate?: string;
  /** Override "today" (tests). */
  today?: string;
  /** Fields whose confidence is below this are left empty, with a warning (0 to 1). */
  minConfidence?: number;
}
