// Types shared by the passes. The record's own types come from its schema (record/schema.ts).
import type { WidgetReason } from './layout/data/widget-patterns.js';
import type { LayoutReason } from './layout/reasons.js';
import type { BodyReason } from './body/reasons.js';

export type * from './record/schema.js';
import type { Mention } from './record/schema.js';

/** A line of the input with its offsets. */
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

/** Every reason a pass can give for a line's role: the names of the rules, checked by the compiler. */
export type Reason = WidgetReason | LayoutReason | BodyReason;

/** A pass's verdict on one line. */
export interface Verdict {
  role: BlockRole;
  /** The rule that decided, e.g. `share-widget`, `caption`, `outside-main-text`. */
  reason: Reason;
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
  /**
   * A time budget in milliseconds, checked between passes: a document still being parsed when it
   * runs out is given up with a `ParseTimeout`.
   */
  budgetMs?: number;
  /** How to read the text: as it is, or as Markdown (its syntax blanked out, offsets kept). */
  format?: 'text' | 'markdown' | 'html';
}

/** A name found in the text, with what the entity passes need beyond the public mention. */
export interface NameMention extends Mention {
  /** Title words seen with the person ("ministry spokesman"). */
  title?: string;
  /** For places, nationalities and organisations: the gazetteer entry's canonical name. */
  canonical?: string;
  kind?: string;
}

/** A wire story's credit: "NAIROBI, Kenya (AP) _". */
export interface WireCredit {
  agency: string | null;
  place: string | null;
  /** Length of the opening it was read from. */
  length: number;
}
