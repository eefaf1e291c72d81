/**
 * A vocabulary written one entry per line, as compromise writes its lexicon: blank lines and
 * `#` comments (a whole line, or after an entry) are skipped, so each entry can carry the reason
 * it is there.
 */
export function vocab(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/(?:^|\s)#.*$/, '').trim())
    .filter(Boolean);
}

/** Escapes a word for use inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as one non-capturing alternation for a pattern, longest first so none shadows a longer one. */
export const alternation = (words: readonly string[]): string =>
  `(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
