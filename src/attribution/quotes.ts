import type { Mention, Quote } from '../types.js';
import { REPORTING_VERBS } from '../entities/data/titles.js';
import { PRONOUN_SPEECH_VERBS } from '../data/reporting-verbs.js';
import { rangesWithRole, type Page } from '../page.js';

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
  const speakers = mentions.filter((m) => m.type === 'PERSON' || m.type === 'ORG');
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
  const sStart = Math.max(text.lastIndexOf('\n', start), sentenceStartBefore(text, start));
  const sEnd = sentenceEndAfter(text, end);
  const inSentence = speakers.filter((m) => m.start >= sStart && m.end <= sEnd && !(m.start >= start && m.end <= end));
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
    const before = speakers.filter((m) => m.type === 'PERSON' && m.end <= start && start - m.end < 600);
    return before[before.length - 1]?.text ?? null;
  }
  return null;
}

function sentenceStartBefore(text: string, pos: number): number {
  for (let i = pos - 1; i > 0; i--)
    if (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? '') && !/\p{Lu}/u.test(text[i - 1])) return i + 1;
  return 0;
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
