import type { NameMention } from '../types.js';
import { foldTypography } from '../text/normalize.js';
import { alternation } from '../data/vocab.js';
import { gazetteer, type Entry, type Gazetteer } from './gazetteer.js';
import { tokenize, type Token } from './tokens.js';
import { chunkOf, isCapitalized, isConnector, isUpper, type Chunk, type NameCandidate } from './chunk.js';
import { matchGazetteer } from './rules/gazetteer-match.js';
import { governmentBodyAfter } from './rules/government-body.js';
import { isTitleWord, leadingTitleLength, titleBefore } from './rules/title-words.js';
import { classifyName } from './classify.js';
import { refineMentions } from './refine.js';
import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { ORG_HEADS, PLACE_HEADS } from './data/organizations.js';
import { TITLE_WORDS } from './data/titles.js';
import { articleRanges, foldedText, headlineLine, type Page } from '../page.js';
import { withoutClockParts, withoutDatesInNames } from './overlaps.js';
import { bracketSlots } from './rules/bracket-slots.js';
import { withoutCreditLabels } from './rules/credit-label.js';
import { withoutCommonAcronyms } from './rules/common-acronym.js';
import { compoundBrandsAsOrganisations } from './rules/compound-brand.js';
import { withoutDigitsInPersons } from './rules/person-digits.js';
import { withoutStorms } from './rules/storm-name.js';
import { withoutDefinedCommonAcronyms } from './rules/defined-acronym.js';
import { withoutHandles } from './rules/handle.js';
import { withoutBodyReferences } from './rules/body-reference.js';
import { publisherAsOrganisation } from './rules/publisher-name.js';
import { withoutProducts } from './rules/product-name.js';
import { surnameReferences } from './rules/surname-reference.js';
import { titledPersons } from './rules/titled-person.js';
import { companiesNamedForPeople, companyShortForms } from './rules/company-short-form.js';
import { personsOfOrganisations } from './rules/person-of-organisation.js';
import { nameModel, tagNames } from './tagger/tagger.js';

/**
 * Finds the PERSON, PLACE, ORG and NORP mentions in the given ranges of a text.
 * Three steps, as in a rule-based tagger: candidates (gazetteer names and capitalised runs),
 * classification of each candidate by its own words and its context, and a document-level
 * refinement that makes one name keep one type and links short forms to full names.
 */
export function recognizeNames(
  text: string,
  ranges: Array<[number, number]>,
  headlines: Array<[number, number]> = [],
  norm = foldTypography(text),
): NameMention[] {
  const g = gazetteer();
  const lowerWords = lowerCaseWords(norm, ranges);
  const sports = isSportsReport(norm);
  const found: NameCandidate[] = [];
  for (const [from, to] of ranges) {
    const tokens = tokenize(text, norm, from, to);
    const headline = isAllCaps(tokens) || (headlines.some(([s, e]) => s <= from && to <= e) && isHeadlineCase(tokens));
    for (const chunk of candidates(tokens, text, g, headline, lowerWords)) {
      const m = toMention(chunk, tokens, g, lowerWords, sports);
      if (m) found.push(m);
    }
  }
  return refineMentions(found);
}

function* candidates(
  tokens: Token[],
  text: string,
  g: Gazetteer,
  headline: boolean,
  lowerWords: Set<string>,
): Generator<Chunk> {
  let i = 0;
  while (i < tokens.length) {
    let gm = matchGazetteer(tokens, i, g, (headline || tokens[i].norm.length >= 4) && isUpper(tokens[i]));
    // In a Title Case headline every word is capitalised: a one-word region ("Central Bank Holds
    // Rates") is too often an ordinary word there.
    if (gm && headline && gm.entry.kind === 'region' && gm.len === 1) gm = null;
    const run = headline ? 0 : capitalRun(tokens, i, g, lowerWords);
    if (gm && gm.len >= run) {
      const body =
        gm.entry.kind === 'country' || gm.entry.kind === 'demonym' ? governmentBodyAfter(tokens, i, gm.len, g) : null;
      if (body) {
        const org = chunkOf(tokens, i, body.len, text);
        org.type = 'ORG';
        org.rule = 'government-body';
        org.entry = gm.entry;
        yield org;
      }
      const c = chunkOf(tokens, i, gm.len, text);
      c.entry = gm.entry;
      yield c;
      i += gm.len;
      continue;
    }
    if (run) {
      yield* splitRun(tokens, i, run, text, g);
      i += run;
      continue;
    }
    // "CRICKET - LARA ENDURES ANOTHER MISERABLE DAY": in a headline, case tells nothing, so a
    // word there is a name only if the story names it too (refine.ts decides, "Lara").
    if (headline && /^\p{Lu}{2,}$/u.test(tokens[i].norm) && !g.common.has(tokens[i].norm.toLowerCase())) {
      const c = chunkOf(tokens, i, 1, text);
      c.rule = 'headline-word';
      yield c;
    }
    i++;
  }
}

/**
 * Length of the capitalised run at `i`: capitalised words, joined by single spaces, with "of",
 * "de", "al" … inside. A sentence-initial common word ("However", "The") is not a start; months
 * and weekdays end a run (they are dates).
 */
function capitalRun(tokens: Token[], i: number, g: Gazetteer, lowerWords: Set<string>): number {
  const t = tokens[i];
  if (!isNameToken(t) || isCommonStart(t, g, lowerWords)) return 0;
  let n = 1;
  while (i + n < tokens.length) {
    const prev = tokens[i + n - 1];
    const next = tokens[i + n];
    const after = tokens[i + n + 1];
    // "Hewlett-Packard", "Jean-Pierre": a hyphen glued between two capitalised words.
    // "China-Cambodia" is two places, not one name.
    if (
      next.norm === '-' &&
      next.start === prev.end &&
      after &&
      after.start === next.end &&
      isNameToken(after) &&
      !(g.entries.has(prev.norm) && g.entries.has(after.norm))
    ) {
      n += 2;
      continue;
    }
    if (next.gapBefore || next.start !== prev.end + 1) break;
    if (isNameToken(next)) {
      n++;
      continue;
    }
    if (isConnector(next) && after && isNameToken(after) && !after.gapBefore) {
      n += 2;
      continue;
    }
    // "Centers for Disease Control and Prevention": "and" inside an organisation's name; not in
    // "the European Union and Poland", where a country follows.
    if (
      next.norm === 'and' &&
      after &&
      isNameToken(after) &&
      tokens.slice(i, i + n).some((t) => ORG_HEADS.has(t.norm)) &&
      !g.entries.has(after.norm)
    ) {
      n += 2;
      continue;
    }
    break;
  }
  return n;
}

function isNameToken(t: Token): boolean {
  if (!isCapitalized(t) || (t.norm.length < 2 && !/^\p{Lu}$/u.test(t.norm))) return false;
  const w = t.norm.toLowerCase().replace(/\.$/, '');
  return !(w in MONTHS && t.norm.length > 3) && !(w in WEEKDAYS) && !/^(?:i|i'm|i'd|i'll|i've|ok)$/.test(w);
}

// Words that open a sentence without starting a name: "The", "However", "Yesterday".
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'you',
  'his',
  'her',
  'their',
  'our',
  'in',
  'on',
  'at',
  'for',
  'but',
  'and',
  'or',
  'if',
  'when',
  'while',
  'after',
  'before',
  'as',
  'by',
  'with',
  'from',
  'to',
  'of',
  'so',
  'yet',
  'there',
  'here',
  'what',
  'who',
  'why',
  'how',
  'where',
  'which',
  'all',
  'some',
  'many',
  'most',
  'more',
  'no',
  'not',
  'one',
  'two',
  'three',
  'both',
  'each',
  'every',
  'such',
  'other',
  'another',
  'last',
  'next',
  'first',
  'new',
  'former',
  'late',
  'early',
  'meanwhile',
  'however',
  'also',
  'still',
  'even',
  'just',
  'now',
  'then',
  'today',
  'yesterday',
  'tomorrow',
]);

function isCommonStart(t: Token, g: Gazetteer, lowerWords: Set<string>): boolean {
  if (!t.sentenceStart || (t.norm.length > 1 && isUpper(t))) return false;
  const w = t.norm.toLowerCase();
  if (g.firstNames.has(w) || g.entries.has(t.norm)) return false;
  // "High-flying Italy": a hyphenated opener made of ordinary words.
  if (w.includes('-') && w.split('-').every((p) => g.common.has(p) || lowerWords.has(p))) return true;
  return g.common.has(w) || lowerWords.has(w) || SENTENCE_OPENERS.has(w);
}

/**
 * Splits a capitalised run into its names: leading title words go ("Prime Minister Hun Manet"
 * → "Hun Manet", title kept), and a known first name inside starts a new name ("Browns DL
 * Sheldon Richardson" → "Browns DL" + "Sheldon Richardson").
 */
function* splitRun(tokens: Token[], i: number, len: number, text: string, g: Gazetteer): Generator<Chunk> {
  const run = tokens.slice(i, i + len);
  // "Staff Writer", "Prime Minister": a role, no name. "Foreign Ministry" is a body, though.
  if (run.every(isTitleWord) && !run.some((t) => ORG_HEADS.has(t.norm))) return;
  if (
    isTitleWord(run[0]) &&
    run[1]?.norm === 'of' &&
    run.length <= 4 &&
    !run.slice(2).some((t) => g.firstNames.has(t.norm.toLowerCase()))
  )
    return; // "Secretary of State"
  const lead = leadingTitleLength(run);
  // A lead of modifiers only ("National Park Service") or a rest that names an organisation is no
  // title before a person.
  const isTitle =
    lead > 0 &&
    run.slice(0, lead).some((t) => TITLE_WORDS.has(t.norm.toLowerCase().replace(/\.$/, ''))) &&
    !run.slice(lead).some((t) => ORG_HEADS.has(t.norm));
  if (isTitle) {
    // "US President Barack Obama", "Afghan Ambassador …": the country in the title is a mention too.
    yield* placesIn(tokens, i, lead, text, g);
    const c = chunkOf(tokens, i + lead, len - lead, text);
    c.title = run
      .slice(0, lead)
      .map((t) => t.text)
      .join(' ');
    c.type = 'PERSON';
    c.rule = 'title-before';
    yield* cutOf(c, tokens, text);
    return;
  }
  // "United States Hamdullah Mohib": a known place, then a name.
  const place = matchGazetteer(tokens, i, g, false);
  if (
    place &&
    place.len < len &&
    place.entry.kind !== 'org' &&
    !run.slice(place.len).some((t) => ORG_HEADS.has(t.norm) || PLACE_HEADS.has(t.norm)) &&
    g.firstNames.has(run[place.len].norm.toLowerCase())
  ) {
    const c = chunkOf(tokens, i, place.len, text);
    c.entry = place.entry;
    yield c;
    yield chunkOf(tokens, i + place.len, len - place.len, text);
    return;
  }
  // Not "St. Louis Merchants Exchange": an abbreviation before, or a body's head word after, keeps
  // the run whole.
  const first = run.findIndex(
    (t, k) =>
      k > 0 && g.firstNames.has(t.norm.toLowerCase()) && !isConnector(run[k - 1]) && len - k >= 2 && len - k <= 3,
  );
  if (
    first > 0 &&
    !run.slice(0, first).some((t) => isConnector(t) || t.norm.endsWith('.')) &&
    !run.slice(first).some((t) => ORG_HEADS.has(t.norm) || PLACE_HEADS.has(t.norm))
  ) {
    yield chunkOf(tokens, i, first, text);
    yield chunkOf(tokens, i + first, len - first, text);
    return;
  }
  // "Malaysia Tourism", "United Kingdom Home Office": the place at the head of a longer name is a
  // mention of its own, nested in the organisation.
  // Countries only: a city at the head is usually the organisation's own name ("Munich Re",
  // "Manchester United"), and a given name that is also a country ("Jordan Smith") is a person.
  // Not when the rest names the body itself ("U.S. Department of Agriculture", "UK Government"):
  // annotators take those whole.
  if (
    place &&
    place.len < len &&
    place.entry.kind === 'country' &&
    !g.firstNames.has(run[0].norm.toLowerCase()) &&
    !run.slice(place.len).some((t) => ORG_HEADS.has(t.norm))
  ) {
    const c = chunkOf(tokens, i, place.len, text);
    c.entry = place.entry;
    yield c;
  }
  yield chunkOf(tokens, i, len, text);
}

/** Countries and nationalities among the first `len` tokens at `i` ("US President", "Afghan Ambassador"). */
function* placesIn(tokens: Token[], i: number, len: number, text: string, g: Gazetteer): Generator<Chunk> {
  for (let k = i; k < i + len; k++) {
    const m = matchGazetteer(tokens, k, g, false);
    if (m && k + m.len <= i + len && (m.entry.kind === 'country' || m.entry.kind === 'demonym')) {
      const c = chunkOf(tokens, k, m.len, text);
      c.entry = m.entry;
      yield c;
      k += m.len - 1;
    }
  }
}

/**
 * "President Xi Jinping of China", "striker Viorel Ion of Otelul Galati": a person's name ends
 * before "of"; what follows is a name of its own, classified on its own.
 */
function* cutOf(c: Chunk, tokens: Token[], text: string): Generator<Chunk> {
  const ofAt = c.tokens.findIndex((t, k) => k > 0 && t.norm === 'of');
  if (ofAt <= 0 || ofAt === c.tokens.length - 1) {
    yield c;
    return;
  }
  const name = chunkOf(tokens, c.at, ofAt, text);
  name.title = c.title;
  name.type = c.type;
  name.rule = c.rule;
  yield name;
  yield chunkOf(tokens, c.at + ofAt + 1, c.tokens.length - ofAt - 1, text);
}

function toMention(
  c: Chunk,
  tokens: Token[],
  g: Gazetteer,
  lowerWords: Set<string>,
  sports: boolean,
): NameCandidate | null {
  const decided = c.type
    ? { type: c.type, rule: c.rule ?? 'run' }
    : c.rule === 'headline-word'
      ? { type: null, rule: c.rule }
      : classifyName(c, tokens, g, lowerWords, sports);
  const m: NameCandidate = { type: decided.type, text: c.text, start: c.start, end: c.end, rule: decided.rule };
  const entry: Entry | null = c.entry;
  if (entry) {
    m.canonical = entry.name;
    m.kind = entry.kind;
    if (entry.code) m.country = entry.code;
  } else if (m.type === 'ORG') {
    // "Reserve Bank of Australia", "Kenya Power": the country named inside the organisation.
    const inner = c.tokens
      .map((t) => g.entries.get(t.norm))
      .find((e) => e && (e.kind === 'country' || e.kind === 'demonym'));
    if (inner?.code) m.country = inner.code;
  }
  const title = c.title ?? (m.type === 'PERSON' ? titleBefore(tokens, c.at) : null);
  if (title) m.title = title;
  return m;
}

/** "SOCCER - JAPAN GET LUCKY WIN": a line in capitals, where case tells nothing. */
function isAllCaps(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{3,}/u.test(t.norm));
  return words.length >= 3 && words.every(isUpper);
}

/**
 * A title in Title Case ("Beijing Says China-Cambodia Crackdown …"): only gazetteer names are
 * trusted there. Asked only of the title line: a roster ("19 - Kenichi Shimokawa, 2 - …") is
 * capitalised throughout too, and every word of it is a name.
 */
function isHeadlineCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.norm));
  if (words.length < 4) return false;
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.norm)).length;
  return caps / words.length >= 0.85;
}

/** Words the document itself writes in lower case: "Share" at a sentence start is then a verb. */
function lowerCaseWords(norm: string, ranges: Array<[number, number]>): Set<string> {
  const out = new Set<string>();
  for (const [s, e] of ranges)
    for (const w of norm.slice(s, e).match(/(?<![\p{L}.'-])\p{Ll}[\p{Ll}'-]*/gu) ?? []) out.add(w);
  return out;
}

// The words of a match report (clubs there are named after their cities).
const SPORTS_WORDS = [
  'soccer',
  'football',
  'rugby',
  'cricket',
  'basketball',
  'hockey',
  'baseball',
  'league',
  'cup',
  'match',
  'goal',
  'goals',
  'scored',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'halftime',
  'half-time',
  'wicket',
  'wickets',
  'innings',
  'penalty',
  'equaliser',
  'equalizer',
  'championship',
  'tournament',
  'fixture',
  'fixtures',
  'squad',
];
const SPORTS = new RegExp(`\\b${alternation(SPORTS_WORDS)}\\b`, 'gi');

/** A match report: sports words throughout (clubs there are named after their cities). */
function isSportsReport(text: string): boolean {
  return (text.match(SPORTS)?.length ?? 0) >= 3;
}

/**
 * Pass: the names of the article's own lines; the title line is read as a headline. The rules
 * read them first; the trained tagger, when there is one, decides, with the rules' verdicts among
 * its evidence.
 */
export function namesPass(page: Page): void {
  const ranges = articleRanges(page);
  const head = headlineLine(page);
  const titles: Array<[number, number]> = head === null ? [] : [[page.lines[head].start, page.lines[head].end]];
  const norm = foldedText(page);
  const rules = recognizeNames(page.text, ranges, titles, norm);
  const model = nameModel();
  const names = model ? withDescribedBodies(tagNames(model, page.text, ranges, titles, rules, norm), rules) : rules;
  page.names = NAME_REFINERS.reduce((found, refine) => refine(found, page, ranges), names);
  page.dates = withoutDatesInNames(page.dates, page.names);
}

/**
 * What the tagger's names go through, in this order (as chrono's refiners): each drops or
 * retypes names a reader would not count; its file gives the example that motivated it.
 */
const NAME_REFINERS: Array<(names: NameMention[], page: Page, ranges: Array<[number, number]>) => NameMention[]> = [
  (names, page) => withoutClockParts(names, page.dates),
  (names, page) => withoutCreditLabels(names, page.text),
  withoutCommonAcronyms,
  (names, page) => withoutDefinedCommonAcronyms(names, page.text),
  (names, page) => withoutHandles(names, page.text),
  withoutBodyReferences,
  withoutProducts,
  compoundBrandsAsOrganisations,
  withoutDigitsInPersons,
  (names, page) => titledPersons(names, page.text),
  personsOfOrganisations,
  (names, page) => withoutStorms(names, page.text),
  (names, page) => publisherAsOrganisation(names, page.record.publisher),
  (names, page) => bracketSlots(names, page.text),
  (names, page, ranges) => surnameReferences(names, page.text, ranges),
  (names, page) => companiesNamedForPeople(names, page.text, gazetteer()),
  (names) => companyShortForms(names, gazetteer()),
];

/**
 * The tagger learnt names as the news corpora mark them, where "China's foreign ministry" or "the
 * Kenyan embassy in Nairobi" is no name at all. Officials need those bodies (a spokesman's
 * ministry), so the rules' government bodies are kept beside the tagger's names, nested over the
 * country they start with.
 */
function withDescribedBodies(tagged: NameMention[], rules: NameMention[]): NameMention[] {
  const bodies = rules.filter(
    (m) => m.rule === 'government-body' && !tagged.some((t) => t.start === m.start && t.end === m.end),
  );
  return [...tagged, ...bodies].sort((a, b) => a.start - b.start || b.end - a.end);
}
