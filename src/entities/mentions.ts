import type { ArticleRecord, Mention, NameMention } from '../types.js';
import { groupEntities } from './group.js';
import type { Page } from '../page.js';

/**
 * Pass: every mention in text order (names and dates, the longer first where two start
 * together), and the entities: names grouped with their counts, dates once per text and value.
 */
export function mentionsPass(page: Page): void {
  const { record } = page;
  // A body described rather than named ("China's foreign ministry", "the Kenyan embassy in
  // Nairobi") is an organisation of the article, listed in entities, but not a name in its text.
  const named = page.names.filter((m) => m.rule !== 'government-body');
  record.mentions = [...named.map(toPublicMention), ...page.dates].sort((a, b) => a.start - b.start || b.end - a.end);
  record.entities = { ...groupEntities(page.names, page.text), dates: dedupeDates(page.dates) };
}

/** A name as the record shows it: the internal title, canonical name and kind stay inside. */
function toPublicMention(m: NameMention): Mention {
  const out: Mention = { type: m.type, text: m.text, start: m.start, end: m.end };
  if (m.country) out.country = m.country;
  if (m.rule) out.rule = m.rule;
  return out;
}

function dedupeDates(dates: Mention[]): ArticleRecord['entities']['dates'] {
  const seen = new Set<string>();
  const out: ArticleRecord['entities']['dates'] = [];
  for (const d of dates) {
    const key = `${d.text}\u0000${d.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: d.text, value: d.value ?? '', type: d.type as 'DATE', yearInferred: !!d.yearInferred });
  }
  return out;
}
