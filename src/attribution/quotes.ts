import type { Mention, Quote } from '../types.js';
import { REPORTING_VERBS } from '../entities/data/titles.js';
import { PRONOUN_SPEECH_VERBS } from '../data/reporting-verbs.js';
import { rangesWithRole, type Page } from '../page.js';
import { byStart, firstAtOrAfter, spansWithin } from '../text/sorted.js';

// Quoted spans: curly or straight double quotes, at least one word, at most a paragraph.
// '"…," she said': a pronoun speaker right after the quote.
const PRONOUN_SPEAKER = new RegExp(`^[,.!?"”\\s]*(?:he|she)\\s+(?:${PRONOUN_SPEECH_VERBS.join('|')})\\b`, 'i');
const QUOTE = /[“"]([^“”"\n]{2,600})[”"]/gu;

/**
 * Quotes in the kept text, each with its speaker: the person or organisation that is the subject
 * of a reporting verb in the same sentence ("China’s foreign ministry told reporters … “notable
 * results”"), else the nearest person named in the sentence, else the one of the sentence before.
 */
export function findQuotes(text: string, ranges: Array<[number, number]>, mentions: Mention[]): Quote[] {
  const out: Quote[] = [];
  const speakers = byStart(mentions.filter((m) => m.type === 'PERSON' || m.type === 'ORG'));
  for (const [from, to] of ranges) {
    const part = text.slice(from, to);
    QUOTE.lastIndex = 0;
    for (let m = QUOTE.exec(part); m; m = QUOTE.exec(part)) {
      const start = from + m.index + 1;
      const end = start + m[1].length;
      out.push({ text: m[1].trim(), speaker: speakerOf(text, start, end, speakers), start, end });
    }
  }
  return out;
}

function speakerOf(text: string, start: number, end: number, speakers: Mention[]): string | null {
  const sStart = sentenceStartBefore(text, start, text.lastIndexOf('\n', start));
  const sEnd = sentenceEndAfter(text, end);
  const inSentence = spansWithin(speakers, sStart, sEnd).filter((m) => !(m.start >= start && m.end <= end));
  const withVerb = inSentence.find((m) => {
    const after = text
      .slice(m.end, m.end + 40)
      .trim()
      .split(/\s+/)
      .slice(0, 2);
    return after.some((w) => REPORTING_VERBS.test(w.replace(/[,.]$/, '')));
  });
  if (withVerb) return withVerb.text;
  const person = inSentence
    .filter((m) => m.type === 'PERSON')
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
  if (person) return person.text;
  // '"…," she said.': a pronoun speaker is the last person named before the quote.
  if (PRONOUN_SPEAKER.test(text.slice(end, end + 30))) {
    for (let k = firstAtOrAfter(speakers, start, (m) => m.start) - 1; k >= 0 && start - speakers[k].start < 600; k--) {
      const m = speakers[k];
      if (m.type === 'PERSON' && m.end <= start && start - m.end < 600) return m.text;
    }
    return null;
  }
  return null;
}

/** Where the sentence holding `pos` starts, looking back no further than `floor` (its line's start). */
function sentenceStartBefore(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > Math.max(floor, 0); i--)
    if (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? '') && !/\p{Lu}/u.test(text[i - 1])) return i + 1;
  return Math.max(floor, 0);
}

function sentenceEndAfter(text: string, pos: number): number {
  const m = /[.!?](?=\s|$)|\n/g;
  m.lastIndex = pos;
  const r = m.exec(text);
  return r ? r.index + 1 : text.length;
}

/** Pass: the quotes of the article's running text (body, summary, sections, takeaways) and who said them. */
export function quotesPass(page: Page): void {
  const ranges = rangesWithRole(page, ['body', 'summary', 'section-body', 'takeaway']);
  page.record.quotes = findQuotes(page.text, ranges, page.names);
}
