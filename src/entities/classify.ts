import type { MentionType } from '../types.js';
import { isUpper, type Chunk } from './chunk.js';
import type { Gazetteer } from './gazetteer.js';
import type { Token } from './tokens.js';
import { ORG_HEADS, ORG_NOUNS, PLACE_HEADS } from './data/organizations.js';
import { isTitleWord } from './rules/title-words.js';
import { isPlainWord } from '../data/lexicon.js';
import { MONTHS } from '../dates/lexicon.js';
import { appositionRole, reportingVerbAfter, reportingVerbBefore, titleWordBefore } from './rules/person-context.js';

export interface Decision {
  type: MentionType | null;
  rule: string;
}

// Capitalised abbreviations that name no organisation.
const NOT_ORG_ACRONYMS = new Set([
  'VIP',
  'CEO',
  'CFO',
  'COO',
  'GDP',
  'GNP',
  'CPI',
  'IQ',
  'HTML',
  'CSS',
  'PDF',
  'TV',
  'DVD',
  'CD',
  'PC',
  'AI',
  'IT',
  'OK',
  'AM',
  'PM',
  'GMT',
  'EST',
  'EDT',
  'PST',
  'UTC',
  'USD',
  'EUR',
  'GBP',
  'POTUS',
  'FLOTUS',
  'MP',
  'MPS',
  'PhD',
  'DNA',
  'HIV',
  'AIDS',
  'COVID',
  'SUV',
  'GDR',
  'ADR',
  'IPO',
  'CAPS',
  'NB',
  'PS',
  'FAQ',
  'URL',
  'USB',
  'GPS',
  'LED',
  'VR',
  'AR',
  'IE',
  'OS',
  'RSS',
]);

const PLACE_KINDS = new Set(['country', 'capital', 'city', 'region', 'world-region']);
// "to", "from", "into" were tried and dropped: "according to X", "from X's header", "from YouTube".
const PLACE_PREPOSITIONS = /^(?:in|at|near|outside|across|throughout)$/;

/**
 * Decides the type of a candidate name from its own words and its context. The first rule that
 * applies wins; each is named in the mention's `rule`. `type: null` leaves the decision to the
 * document-level refinement (a lone capitalised word, such as a surname used alone).
 */
export function classifyName(
  c: Chunk,
  tokens: Token[],
  g: Gazetteer,
  lowerWords: Set<string> = new Set(),
  sports = false,
): Decision {
  const personContext = personEvidence(c, tokens);
  if (c.entry) {
    const kind = c.entry.kind;
    // "Luis Figo (Barcelona)", "Dwight Yorke (Aston Villa)": a city in brackets after a name is a club.
    if (
      (kind === 'city' || kind === 'capital' || kind === 'region') &&
      (teamAfterPerson(c, tokens) || clubWithCountry(c, tokens) || orgNounBeside(c, tokens))
    )
      return { type: 'ORG', rule: 'team-in-brackets' };
    // "Norilsk's debts", "shares of Norilsk": a company named after its city.
    if (kind === 'city' && businessContext(c, tokens)) return { type: 'ORG', rule: 'business-context' };
    // In a match report a city is a club ("Liverpool suffered an upset", "at home to Derby"),
    // unless a preposition of place or the dateline says it is the city itself.
    const before = tokens[c.at - 1]?.norm.toLowerCase();
    if (
      sports &&
      (kind === 'city' || kind === 'region') &&
      c.at > 0 &&
      !/^(?:in|at|near|from|to|outside|of)$/.test(before ?? '') &&
      !datelinePlace(c, tokens)
    )
      return { type: 'ORG', rule: 'sports-club' };
    // "Plymouth 4 Exeter 1", "INDIANAPOLIS 37 Philadelphia 10": a city with a score is a team.
    if (
      sports &&
      (kind === 'city' || kind === 'capital') &&
      /^\d{1,3}$/.test(tokens[c.at + c.tokens.length]?.norm ?? '') &&
      !datelinePlace(c, tokens)
    )
      return { type: 'ORG', rule: 'sports-club' };
    // "Jackson said", "Mr. Lincoln": a city name used as a surname.
    // A reporting verb alone does not make a city a person: "a court in Atlanta denied" is the court.
    if (personContext && personContext !== 'reporting-verb' && (kind === 'city' || kind === 'region'))
      return { type: 'PERSON', rule: personContext };
    if (PLACE_KINDS.has(kind)) return { type: 'PLACE', rule: `gazetteer-${kind}` };
    if (kind === 'demonym' || kind === 'region-adjective') return { type: 'NORP', rule: `gazetteer-${kind}` };
    return { type: 'ORG', rule: 'gazetteer-org' };
  }
  // "Staff Writer", "Prime Minister": a role alone names nobody.
  if (c.tokens.every((t) => isTitleWord(t) || t.norm === 'of')) return { type: null, rule: 'title-only' };
  const lastWord = c.tokens[c.tokens.length - 1].norm;
  if (c.tokens.length >= 2 && PLACE_HEADS.has(lastWord)) return { type: 'PLACE', rule: 'place-head-word' };
  // "Gulf of Mexico", "Bay of Biscay", "Isle of Man": a place word, "of", a name.
  if (c.tokens.length >= 3 && PLACE_HEADS.has(c.tokens[0].norm) && c.tokens[1].norm === 'of')
    return { type: 'PLACE', rule: 'place-head-word' };
  if (c.tokens.some((t) => ORG_HEADS.has(t.norm.replace(/\.$/, '')))) return { type: 'ORG', rule: 'org-head-word' };
  if (datelinePlace(c, tokens)) return { type: 'PLACE', rule: 'dateline-place' };
  if (orgNounBeside(c, tokens)) return { type: 'ORG', rule: 'org-noun' };
  if (businessContext(c, tokens)) return { type: 'ORG', rule: 'business-context' };
  if (teamAfterPerson(c, tokens)) return { type: 'ORG', rule: 'team-in-brackets' };
  // "Kenya Power", "Air China", "China Daily": a country inside a short name makes a company.
  if (c.tokens.length <= 3 && c.tokens.some((t) => g.entries.get(t.norm)?.kind === 'country'))
    return { type: 'ORG', rule: 'place-in-name' };
  // "Steaua Bucharest", "Atletico Madrid", "Partizan Belgrade": a city closing a short name that
  // does not start with a given name is a club or a company.
  const lastEntry = g.entries.get(lastWord);
  if (
    c.tokens.length >= 2 &&
    c.tokens.length <= 3 &&
    (lastEntry?.kind === 'city' || lastEntry?.kind === 'capital') &&
    !g.firstNames.has(c.tokens[0].norm.toLowerCase())
  )
    return { type: 'ORG', rule: 'city-in-name' };
  if (
    c.tokens.length === 1 &&
    /^(?:\p{Lu}[\p{Lu}&]{1,5}|(?:\p{Lu}\.){2,4})$/u.test(c.tokens[0].norm) &&
    !NOT_ORG_ACRONYMS.has(c.tokens[0].norm) &&
    !g.common.has(c.tokens[0].norm.toLowerCase())
  )
    return { type: 'ORG', rule: 'acronym' };
  // "Norilsk said": one word before a reporting verb is a person unless the document knows better.
  if (personContext)
    return {
      type: 'PERSON',
      rule: personContext === 'reporting-verb' && c.tokens.length === 1 ? 'reporting-verb-word' : personContext,
    };
  const first = c.tokens[0].norm.toLowerCase();
  const last = c.tokens[c.tokens.length - 1].norm.toLowerCase();
  const n = c.tokens.filter((t) => t.norm !== "'s").length;
  if (n >= 2 && n <= 4 && g.firstNames.has(first)) return { type: 'PERSON', rule: 'first-name' };
  if (n >= 2 && n <= 3 && g.lastNames.has(last)) return { type: 'PERSON', rule: 'last-name' };
  const prev = tokens[c.at - 1]?.norm.toLowerCase();
  // "in May" is a month, not a place.
  if (prev && PLACE_PREPOSITIONS.test(prev) && n <= 3 && !(n === 1 && c.tokens[0].norm.toLowerCase() in MONTHS))
    return { type: 'PLACE', rule: 'place-preposition' };
  const the = prev === 'the';
  const wordy = c.tokens.some((t) => isPlainWord(t.norm, lowerWords));
  // "the United Nations", "the Sea Org": a person's name takes no article. But "the Cruise video",
  // "the Monti government": one word before a common noun only modifies it.
  const nextWord = tokens[c.at + c.tokens.length];
  const modifier = n === 1 && !!nextWord && /^\p{Ll}/u.test(nextWord.norm);
  if (the && !modifier) return { type: 'ORG', rule: 'the-name' };
  // "Internet Explorer", "Star Wars", "PC World": common words in a name that is not a known
  // person's make a product, a title or an organisation, not a person. Left undecided.
  if (
    n >= 2 &&
    n <= 3 &&
    !wordy &&
    !c.tokens.some((t) => t.norm === 'of' || /\d/.test(t.norm) || /^\p{Lu}{2,}$/u.test(t.norm))
  )
    return { type: 'PERSON', rule: 'name-shape' };
  if (n >= 4) return { type: 'ORG', rule: 'long-name' };
  return { type: null, rule: 'unknown' };
}

function personEvidence(c: Chunk, tokens: Token[]): string | null {
  const end = c.at + c.tokens.length;
  if (titleWordBefore(tokens, c.at)) return 'title-before';
  if (appositionRole(tokens, end)) return 'apposition-role';
  if (reportingVerbAfter(tokens, end)) return 'reporting-verb';
  if (reportingVerbBefore(tokens, c.at)) return 'reporting-verb';
  return null;
}

/**
 * The place that opens a wire story's dateline: "RANGOON 1996-12-06", "WHISTLER, British Columbia
 * 1996-12-06", "NAIROBI, Kenya (AP)": the first word of a line, followed by a date or a comma.
 */
function datelinePlace(c: Chunk, tokens: Token[]): boolean {
  if (c.at !== 0) return false;
  const k = c.tokens.length;
  const next = tokens[k];
  if (!next) return false;
  const isoDate = /^\d{4}$/.test(next.norm) && tokens[k + 1]?.norm === '-' && /^\d{2}$/.test(tokens[k + 2]?.norm ?? '');
  return isoDate || (next.norm === ',' && c.tokens.every(isUpper));
}

/** "(Juventus, Italy)" after a player's name: the first name in the brackets is the club. */
function teamAfterPerson(c: Chunk, tokens: Token[]): boolean {
  const open = tokens[c.at - 1];
  const before = tokens[c.at - 2];
  return (
    open?.norm === '(' &&
    !!before &&
    /^\p{Lu}\p{Ll}/u.test(before.norm) &&
    !before.sentenceStart &&
    /^[,)]$/.test(tokens[c.at + c.tokens.length]?.norm ?? '')
  );
}

/** "club Galatasaray", "bank Uneximbank", "Interfax news agency": an organisation noun beside the name. */
function orgNounBeside(c: Chunk, tokens: Token[]): boolean {
  const before = tokens[c.at - 1]?.norm;
  const after = tokens[c.at + c.tokens.length]?.norm;
  const after2 = tokens[c.at + c.tokens.length + 1]?.norm;
  if (before && ORG_NOUNS.has(before)) return true;
  if (after === 'news' && after2 === 'agency') return true;
  return !!after && /^(?:brewers?|bank|airline|carrier|club|newspaper|group)$/.test(after) && c.tokens.length === 1;
}

/** "Charleroi (Belgium) 75": a city named with its country in brackets and a score is a club. */
function clubWithCountry(c: Chunk, tokens: Token[]): boolean {
  const k = c.at + c.tokens.length;
  return tokens[k]?.norm === '(' && tokens[k + 2]?.norm === ')' && /^\d/.test(tokens[k + 3]?.norm ?? '');
}

/**
 * The words of deals and markets around a company: "shares of Barrick", "a stake in Okocim",
 * "Heineken shares rose", "Zywiec's board".
 */
// Nouns right after a company's name: "Heineken shares", "Zywiec's board".
const BUSINESS_NOUNS_AFTER = new Set([
  'shares',
  'stock',
  'stake',
  'shareholders',
  'board',
  'chairman',
  'chief',
  'ceo',
  'spokesman',
  'spokeswoman',
  'executives',
  'subsidiary',
  'unit',
  'brewery',
  'brewer',
  'plant',
  'profit',
  'profits',
  'earnings',
  'revenue',
  'sales',
  'debts',
  'assets',
  'output',
  'management',
  'bonds',
  'losses',
  'brand',
  'brands',
]);

function businessContext(c: Chunk, tokens: Token[]): boolean {
  const b1 = tokens[c.at - 1]?.norm.toLowerCase() ?? '';
  const b2 = tokens[c.at - 2]?.norm.toLowerCase() ?? '';
  const k = c.at + c.tokens.length;
  const a1 = (tokens[k]?.norm === "'s" ? tokens[k + 1] : tokens[k])?.norm.toLowerCase() ?? '';
  if (
    /^(?:of|in|for|with|by)$/.test(b1) &&
    /^(?:shares|stake|stakes|bid|takeover|merger|acquisition|subsidiary|unit|owned|offer|deal|rival|shareholders|customers)$/.test(
      b2,
    )
  )
    return true;
  return BUSINESS_NOUNS_AFTER.has(a1);
}
