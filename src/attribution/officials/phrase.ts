// The parts of a role phrase, read off the tokens of one line: the title itself (modifiers and a
// head, "Foreign Affairs Minister", "chief executive", "Secretary of State"), what stands before
// it ("Kenya's", "Apple", "Israeli") and what follows it ("of the Harbour Trust", "at Lakeside
// University"). The rules in rules/ put these parts together around a person's name.
import type { Token } from '../../entities/tokens.js';
import type { Gazetteer } from '../../entities/gazetteer.js';
import type { NameMention } from '../../types.js';
import { ORG_HEADS } from '../../entities/data/organizations.js';
import { GOVERNMENT_SEATS } from '../../data/roles.js';
import {
  headOf,
  isActing,
  isCapitalised,
  isFormer,
  isFunctionWord,
  isModifier,
  NAME_JOINERS,
  phraseHead,
  type Head,
} from './words.js';

/** One line's tokens, the names found on it, and the gazetteer. */
export interface LineContext {
  tokens: Token[];
  /** The non-person name covering each token, if any (organisations, places, nationalities). */
  names: Array<NameMention | undefined>;
  /** The person's name covering each token, if any. */
  persons: Array<NameMention | undefined>;
  g: Gazetteer;
  text: string;
}

/** The rules that find a role next to a name. */
export type OfficialRule = 'title-before' | 'appositive-after' | 'appositive-before' | 'as-role' | 'coordinated';

export type Organization = NameMention | string | null;

/** A role found next to a person's name, with what the phrase itself says of its scope. */
export interface RoleFinding {
  rule: OfficialRule;
  /** The role words as written, without "former" or "acting". */
  title: string;
  head: Head;
  former: boolean;
  acting: boolean;
  organization: Organization;
  /** A country the phrase names: "Israeli Prime Minister", "Kenya's president", "President of Egypt". */
  country: string | null;
  /** The phrase's owner is a person ("Ortega's adviser"). */
  personOwner?: NameMention;
  /** A country owns the title itself ("Australia coach"): a national team's role. */
  countryOwns?: boolean;
  /** The title's owner is a common noun ("the company's chief executive"): the body is named elsewhere. */
  genericOwner?: boolean;
}

/** A title: its tokens [start, end], its head, its flags, and the body its "of"-part names. */
export interface Title {
  start: number;
  end: number;
  head: Head;
  former: boolean;
  acting: boolean;
  /** "CEO of the Harbour Trust", "Ambassador to the European Union": the body named after the head. */
  scope: Owner | null;
}

/** What stands before or after a title: the body that owns it, or the country. */
export interface Owner {
  organization: Organization;
  country: string | null;
  person?: NameMention;
  /** The country owns the title itself ("Australia coach"), not from a few words back. */
  direct?: boolean;
  /** A common noun owns the title ("the company's"). */
  generic?: boolean;
}

const NO_OWNER: Owner = { organization: null, country: null };

export const isCountryName = (m: NameMention | undefined): boolean =>
  !!m && m.type !== 'ORG' && (m.kind === 'country' || m.kind === 'demonym');

const isPlaceName = (m: NameMention | undefined): boolean => !!m && m.type === 'PLACE';

/** A word that may end an organisation's name in lower case: "the Tuscany region", "the Denver chapter". */
const ORG_TAIL =
  /^(?:region|province|state|city|county|council|chapter|government|ministry|party|department|office|board|team|club|group|company)$/;

/**
 * The tokens [k, end] that name a body after a preposition ("the Harbour Trust", "research
 * house Q.R.S.", "the Tuscany region"): a name the names pass found, or a capitalised run with
 * joiners inside, after at most three lower-case words; null when none ends at `end`.
 */
function bodyBetween(ctx: LineContext, k: number, end: number): Owner | null {
  const { tokens } = ctx;
  if (k <= end && /^the$/i.test(tokens[k].norm)) k++;
  if (k > end) return null;
  const name = ctx.names[k];
  if (name && ctx.names[end] === name) {
    if (isCountryName(name)) return { organization: null, country: name.country ?? null };
    return { organization: name.type === 'ORG' ? name : text(ctx, k, end), country: null };
  }
  let first = k;
  while (first <= end && first - k < 3 && !isNameWord(tokens[first]) && !isFunctionWord(tokens[first])) first++;
  if (first > end || !isNameWord(tokens[first])) return null;
  for (let i = first + 1; i <= end; i++) {
    const t = tokens[i];
    const ok =
      isNameWord(t) ||
      /^\p{N}/u.test(t.norm) ||
      ctx.names[i] ||
      (NAME_JOINERS.has(t.norm.toLowerCase()) && i < end) ||
      (i === end && ORG_TAIL.test(t.norm));
    if (!ok || t.gapBefore || ctx.persons[i]) return null;
  }
  return { organization: text(ctx, first, end), country: null };
}

/** A word that can be part of a body's name: capitalised, or written as a brand ("bit2win", "eBay"). */
const isNameWord = (t: Token): boolean =>
  (isCapitalised(t) || /^\p{Ll}+(?:\p{N}|\p{Lu})/u.test(t.norm)) && !DESCRIPTOR.test(t.norm);

/** "London-based", "Dallas-area", "U.S.-led": a capitalised word that describes, not names. */
const DESCRIPTOR = /-(?:based|born|area|led|backed|owned|made|funded|listed|registered)$/i;

const text = (ctx: LineContext, a: number, b: number): string =>
  ctx.text.slice(ctx.tokens[a].start, ctx.tokens[b].end).replace(/\s+/g, ' ');

/**
 * The title ending at token `end`, read backwards: an "of"-part ("Secretary of State", "CEO of
 * the Harbour Trust", "Ambassador to the European Union", "deputy associate administrator for
 * exploration"), a head with the modifiers before it, and in Title Case the capitalised words of
 * its scope ("Public Service Minister"), but not a country or a nationality ("Israeli Prime
 * Minister": the country is read apart) nor a name the names pass found ("White House spokesman").
 */
export function titleEndingAt(ctx: LineContext, end: number): Title | null {
  const { tokens } = ctx;
  let k = end;
  let scope: Owner | null = null;
  // The "of"-part: a head, a preposition, then up to six tokens ending at `end`.
  for (let p = end - 1; p >= 1 && end - p <= 6; p--) {
    if (!/^(?:of|for|to)$/.test(tokens[p].norm) || !headAt(ctx, p - 1)) continue;
    const words = tokens.slice(p + 1, end + 1);
    if (words.some((t) => t.gapBefore || /^[,.;:!?()"“”]$/.test(t.norm))) break;
    const body = bodyBetween(ctx, p + 1, end);
    // "Minister of Education", "Secretary of State": one to three capitalised words no name
    // covers are the office's own scope, part of the title.
    const ownScope =
      words.length <= 3 &&
      words.every((t, i) => (isCapitalised(t) || (i === 0 && /^the$/i.test(t.norm))) && !ctx.names[p + 1 + i]) &&
      !words.some((t) => ORG_HEADS.has(t.norm) || /^\p{Lu}{2,}$/u.test(t.norm));
    // "for exploration", "of business development": a lower-case scope.
    const lowerScope = words.length <= 4 && words.every((t) => /^\p{Ll}/u.test(t.norm) && !isFunctionWord(t));
    if (ownScope || lowerScope) {
      k = p - 1;
      scope = null;
      return finishTitle(ctx, k, end, scope);
    }
    if (body) {
      // "Ambassador to Britain" is the sender's ambassador: a country after "to" is not served.
      scope = tokens[p].norm === 'to' && !body.organization ? NO_OWNER : body;
      return finishTitle(ctx, p - 1, p - 1, scope);
    }
    break;
  }
  return finishTitle(ctx, k, k, scope);
}

/** A head at token `k`, alone or as a two-word role ("Trade Representative"). */
function headAt(ctx: LineContext, k: number): Head | null {
  if (k < 0) return null;
  return headOf(ctx.tokens[k]) ?? (k >= 1 ? phraseHead(ctx.tokens[k - 1], ctx.tokens[k]) : null);
}

function finishTitle(ctx: LineContext, k: number, end: number, scope: Owner | null): Title | null {
  const { tokens } = ctx;
  // "secretary general" is one role, not a general: a two-word role is tried first.
  let head = k >= 1 ? phraseHead(tokens[k - 1], tokens[k]) : null;
  let start = head ? k - 1 : k;
  head ??= headOf(tokens[k]);
  if (!head) return null;
  let former = false;
  let acting = false;
  let scopeWords = 0;
  while (start > 0 && !tokens[start].gapBefore) {
    const t = tokens[start - 1];
    // Title Case: a capitalised word before a word in Title Case ("Energy Minister"), not before an
    // acronym ("Acme Holdings CEO": the words before it are the company's).
    const titleCase = /^\p{Lu}\p{Ll}/u.test(tokens[start].norm) && isCapitalised(t);
    // "Vice-President": a hyphen glued between two words of the title.
    const glued =
      t.norm === '-' && t.start === tokens[start].start - 1 && start >= 2 && tokens[start - 2].end === t.start;
    if (glued) {
      // read over it; the word before is judged next.
    } else if (isFormer(t)) former = true;
    else if (isActing(t)) acting = true;
    else if (isModifier(t) || (headOf(t) && !headOf(t)!.plural)) {
      // "police chief", "chief executive": modifiers and compound heads belong to the title.
    } else if (
      titleCase &&
      scopeWords < 3 &&
      !ctx.names[start - 1] &&
      !ctx.persons[start - 1] &&
      !isFunctionWord(t) &&
      !t.sentenceStart
    ) {
      scopeWords++;
    } else break;
    start--;
  }
  // Flags stand before the title; a title that starts with one ("Former President") leaves it out.
  while (start < k && (isFormer(tokens[start]) || isActing(tokens[start]))) start++;
  return { start, end, head, former, acting, scope };
}

/** The title's words as written, from the text (one space between tokens that had any). */
export function titleText(ctx: LineContext, t: Title): string {
  return text(ctx, t.start, t.end);
}

/** "then-U.S." → former, and the country after the hyphen. */
function prefixedCountry(ctx: LineContext, t: Token): string | null {
  const m = /^(?:then|ex|former)-(.+)$/.exec(t.norm);
  // "then-U.S." is read as "then-U.S" and a full stop.
  const e = m ? (ctx.g.entries.get(m[1]) ?? ctx.g.entries.get(`${m[1]}.`)) : undefined;
  return e && (e.kind === 'country' || e.kind === 'demonym') ? (e.code ?? null) : null;
}

/**
 * The owner before token `start`: a possessive ("Kenya's president", "Ortega's adviser"), a name
 * the names pass found ("White House spokesman", "Israeli Prime Minister", "Lyon judge"), or a
 * capitalised run ("Kestrel President"). A country may stand a few lower-case words further back:
 * "Spain's interior and housing minister", "the Kenyan team's coach".
 */
export function ownerBefore(ctx: LineContext, start: number): Owner {
  const { tokens } = ctx;
  let k = start - 1;
  const possessive = k >= 0 && /^['’]s?$/.test(tokens[k].norm);
  if (possessive) k--;
  // "then-U.S. Trade Representative": the tokenizer leaves the abbreviation's full stop apart.
  if (k >= 1 && tokens[k].norm === '.' && tokens[k].start === tokens[k - 1].end && !possessive) k--;
  if (k < 0 || tokens[k + 1]?.gapBefore) return NO_OWNER;
  const then = prefixedCountry(ctx, tokens[k]);
  if (then) return { organization: null, country: then };
  const name = ctx.names[k];
  if (name) {
    if (isCountryName(name)) return { organization: null, country: name.country ?? null, direct: true };
    // "White House spokesman": a seat of government is the government's.
    const seat = GOVERNMENT_SEATS.get(name.text);
    if (seat) return { organization: name, country: seat };
    // A city or a region ("Lyon judge", "a rural Ohio pastor") says where, not which body.
    if (isPlaceName(name)) return { organization: null, country: name.country ?? null };
    return { organization: name, country: null };
  }
  if (ctx.persons[k]) {
    // "Ortega's adviser": a person's. "Social Democrat leader": a name the tagger took for a
    // person, standing as a body does before a title.
    if (possessive) return { organization: null, country: null, person: ctx.persons[k] };
    return { organization: ctx.persons[k]!, country: null };
  }
  if (
    /^(?:company|firm|group|agency|organi[sz]ation|business|charity|club|team)$/i.test(tokens[k].norm) &&
    k < start - 1
  )
    return { ...countryFurtherBack(ctx, k - 1), generic: true };
  if (!isCapitalised(tokens[k])) return countryFurtherBack(ctx, k);
  // A capitalised run the names pass did not take: "Kestrel President Anna Berg".
  let from = k;
  while (from >= 0 && isCapitalised(tokens[from]) && !isFunctionWord(tokens[from]) && k - from < 4) {
    from--;
    // The sentence's first word can start the name ("Acme Holdings CEO …"); nothing before it can.
    if (tokens[from + 1].sentenceStart) break;
  }
  if (from === k) return NO_OWNER;
  const words = tokens.slice(from + 1, k + 1);
  if (words.some((t) => isFunctionWord(t) || headOf(t))) return NO_OWNER;
  return { organization: text(ctx, from + 1, k), country: null };
}

/** A country or nationality up to four lower-case words before `k`: "France's interior and overseas". */
function countryFurtherBack(ctx: LineContext, k: number): Owner {
  for (let i = k; i >= 0 && k - i < 6; i--) {
    const t = ctx.tokens[i];
    if (isCountryName(ctx.names[i])) return { organization: null, country: ctx.names[i]!.country ?? null };
    if (/^['’]s?$/.test(t.norm) || t.norm === 'and') continue;
    if (isCapitalised(t) || isFunctionWord(t) || /^[,.;:!?()"“”]$/.test(t.norm) || t.gapBefore) break;
  }
  return NO_OWNER;
}

/**
 * The body after a role, at token `i`: "of the Harbour Trust", "at research house Q.R.S.",
 * "for Polar Robotics", "of Egypt", "of ACB (Association of Coastal Builders)". Returns its name (or
 * country) and the token after it.
 */
export function ownerAfter(ctx: LineContext, i: number): (Owner & { next: number }) | null {
  const { tokens } = ctx;
  if (i >= tokens.length || !/^(?:of|at|for|with|in)$/i.test(tokens[i].norm)) return null;
  return bodyFrom(ctx, i + 1);
}

/** The longest body's name starting at token `i` ("the Alliance for Clean Rivers"), and the token after it. */
export function bodyFrom(ctx: LineContext, i: number): (Owner & { next: number }) | null {
  const { tokens } = ctx;
  // The longest body that ends before punctuation or a lower-case word.
  let end = i - 1;
  while (end + 1 < tokens.length && !tokens[end + 1].gapBefore && !/^[,.;:!?()"“”]$/.test(tokens[end + 1].norm)) {
    const t = tokens[end + 1];
    if (end - i >= 9 || ctx.persons[end + 1]) break;
    if (
      !isNameWord(t) &&
      !NAME_JOINERS.has(t.norm.toLowerCase()) &&
      !/^\p{N}/u.test(t.norm) &&
      !ORG_TAIL.test(t.norm)
    ) {
      // Lower-case descriptors before the name ("research house") are allowed, not after it.
      if (tokens.slice(i, end + 1).some(isNameWord)) break;
    }
    end++;
  }
  for (let e = end; e >= i; e--) {
    const body = bodyBetween(ctx, i, e);
    if (!body) continue;
    let next = e + 1;
    // "ACB (Association of Coastal Builders)": an expansion in brackets belongs to the name.
    if (tokens[next]?.norm === '(') {
      const close = tokens.findIndex((t, j) => j > next && t.norm === ')');
      if (close > 0 && close - next < 8) next = close + 1;
    }
    return { ...body, next };
  }
  return null;
}
