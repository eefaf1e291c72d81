import { wordCount } from '../../text/normalize.js';

/** The shape of a list item: what it starts with and which separators it uses. */
export function shape(t: string): string {
  const start = /^\d/.test(t) ? 'digit' : /^\p{Lu}/u.test(t) ? 'upper' : /^[•·*–—-]/u.test(t) ? 'bullet' : 'other';
  // The first separator the item uses; commas and brackets vary from item to item.
  const sep =
    ['--', ' – ', ' — ', ' - ', ':', '|', '@']
      .map((s) => [s, t.indexOf(s)] as const)
      .filter(([, i]) => i >= 0)
      .sort((a, b) => a[1] - b[1])[0]?.[0] ?? '';
  return `${start}/${sep}`;
}

/**
 * The list a body line announces with a colon ("The 2020 tour dates:" then "June 9 -- Coral Sky
 * Amphitheatre, West Palm Beach, FL" …): the lines after it that share the first item's shape
 * belong to the article, however short they are. Returns, for the line after the colon, how many
 * lines the list runs.
 */
export function listAfterColon(texts: string[], at: number, heading = false): number {
  if (!heading && !/:$/.test(texts[at] ?? '')) return 0;
  const first = texts[at + 1];
  if (!first || wordCount(first) > 25) return 0;
  const want = shape(first);
  let n = 0;
  while (at + 1 + n < texts.length && n < 200) {
    const t = texts[at + 1 + n];
    if (wordCount(t) > 25 || shape(t) !== want) break;
    n++;
  }
  return n >= (heading ? 3 : 2) ? n : 0;
}

/**
 * A list under a short heading right where the article's prose stops ("The Doobie Brothers Tour
 * Dates" then "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre" …): at least three items of
 * one shape. Returns how many lines (heading included) belong to the article.
 */
export function listAfterHeading(texts: string[], at: number): number {
  const head = texts[at];
  if (!head || wordCount(head) > 8 || /[.!?]$/.test(head)) return 0;
  // Without a colon to announce it, only a list with a visible structure counts: items that
  // start with a number or a bullet, or that use a separator ("June 9 – Tampa, FL @ …").
  const first = texts[at + 1] ?? '';
  if (/^upper\/$|^other\/$/.test(shape(first))) return 0;
  const n = listAfterColon(texts, at, true);
  return n ? n + 1 : 0;
}
