// The rules that fill a field, each with how much it is trusted: set by looking at what each rule
// got wrong on the article-body dev pages. A field whose rule is less sure than --min-confidence is
// left empty, with a warning. A misspelt rule name is a compile error.

export const FIELD_RULES = {
  'first-line-confirmed-by-headline': { confidence: 0.95, note: 'the first headline-like line, printed again below' },
  'first-headline-line': { confidence: 0.7, note: 'the first line that reads like a headline' },
  'by-prefix': { confidence: 0.9, note: 'a "By …" line' },
  'desk-byline': { confidence: 0.75, note: 'a desk or staff line ("Tech Desk")' },
  'byline-prefix': { confidence: 0.85, note: 'the line the byline starts with' },
  'title-site-name': { confidence: 0.8, note: 'the site name after the title, printed elsewhere too' },
  'labelled-date-line': { confidence: 0.95, note: '"Published …", "Updated …"' },
  'date-near-top': { confidence: 0.85, note: 'the first full date near the top' },
  'dek-before-body': { confidence: 0.85, note: 'the standfirst between headline and body' },
  'lede-paragraph': { confidence: 0.7, note: 'the first body paragraph' },
  'bullets-under-heading': { confidence: 0.9, note: 'the items under a takeaways heading' },
  'label-heading-paragraphs': { confidence: 0.85, note: 'a labelled box with its paragraphs' },
  'wire-opening': { confidence: 0.9, note: '"WASHINGTON (Reuters) -"' },
  'copyright-line': { confidence: 0.8, note: 'the name in the copyright line ("© 2019 SlashGear")' },
  'headline-above-body': { confidence: 0.9, note: 'the headline in the head above the first paragraph' },
  'byline-below-body': {
    confidence: 0.85,
    note: 'a blog\'s "Posted by …" line under the post, when the head names no author',
  },
  'byline-above-body': { confidence: 0.9, note: 'the byline in the head above the first paragraph' },
  'date-above-body': { confidence: 0.9, note: 'the date in the head above the first paragraph' },
  'updated-above-body': { confidence: 0.75, note: 'the only date of the head, an "Updated …" line' },
  'labelled-date-above-body': {
    confidence: 0.8,
    note: 'a labelled date line ("Updated …") further above the first paragraph',
  },
  'posted-date-below-body': {
    confidence: 0.8,
    note: 'a blog\'s "This entry was posted on …" line under the post, when its head gives no date',
  },
  'date-under-headline': { confidence: 0.85, note: "a date line right under the page's own headline" },
  // 0.5 to 1 by the share of running prose among the body's lines.
  'best-prose-region': { confidence: 0.5, note: 'the stretch of lines with the best prose score' },
  // As sure as the rule that found the published date.
  'date-line': { confidence: 0.85, note: 'the date line the published date came from' },
  // HTML input: what the publisher declared (JSON-LD, OpenGraph, meta), checked against the page.
  'declared-headline': { confidence: 0.97, note: 'the headline the page declares, shown as a line of the page' },
  'declared-date': { confidence: 0.95, note: 'the date the page declares in its metadata' },
  'declared-authors': { confidence: 0.9, note: 'the people the page declares as its authors' },
} as const;

export type FieldRule = keyof typeof FIELD_RULES;
