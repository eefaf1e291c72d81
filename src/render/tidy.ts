import type { Page } from '../page.js';
import { foldSpaces } from '../io/markdown.js';

/**
 * Pass: the record's text as a reader sees it. In Markdown input the syntax was blanked out to
 * keep offsets exact ("[the report](https://…)" → " the report   …"); the spaces it left inside
 * lines are folded in the record's text fields. Offsets still index the input.
 */
export function tidyTextPass(page: Page): void {
  if (page.options.format !== 'markdown') return;
  const r = page.record;
  const fold = (s: string | null): string | null => (s === null ? null : foldSpaces(s).trim());
  r.title = fold(r.title);
  r.summary = fold(r.summary);
  r.byline = fold(r.byline);
  r.kicker = fold(r.kicker);
  r.paragraphs = r.paragraphs.map((p) =>
    p
      .split('\n')
      .map((l) => foldSpaces(l).trim())
      .join('\n'),
  );
  r.body = r.paragraphs.join('\n\n');
  r.keyTakeaways = r.keyTakeaways.map((t) => foldSpaces(t).trim());
  r.images = r.images.map((t) => foldSpaces(t).trim());
  r.sections = r.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => foldSpaces(p).trim()) }));
}
