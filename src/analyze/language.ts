import { wordsOf } from '../text/normalize.js';
import { PROFILES } from '../data/function-words.js';
import type { Page } from '../page.js';

// Function-word profiles: the language whose common words cover most of a text is its language.
const SETS = Object.entries(PROFILES).map(([code, words]) => [code, new Set(words)] as const);

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
];

/**
 * The language of a text as an ISO 639-1 code, or "und" when too little text says nothing: the
 * writing system decides for non-Latin scripts (by the majority of letters), function words for
 * Latin-script languages.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return 'und';
  for (const [re, code] of SCRIPTS) {
    const n = sample.match(new RegExp(re.source, 'gu'))?.length ?? 0;
    if (n / letters > 0.3) return code;
  }
  const words = wordsOf(sample.toLowerCase());
  let best = 'und',
    bestHits = 0;
  for (const [code, set] of SETS) {
    const hits = words.filter((w) => set.has(w)).length;
    if (hits > bestHits) {
      best = code;
      bestHits = hits;
    }
  }
  return bestHits >= 3 && bestHits / words.length >= 0.05 ? best : 'und';
}

/** Pass: the language of the body, or of the whole text when no body was found. */
export function languagePass(page: Page): void {
  page.record.language = detectLanguage(page.record.paragraphs.length ? page.record.body : page.text);
}
