// Bylines and the people in them: whether a few capitalised words are a person's name, and the
// names a byline gives ("By Tess Bonn - 11/19/19 06:56 AM EST" → Tess Bonn; "Rachael Link, MS,
// RD on November 14" → Rachael Link; "China Daily Brief Editorial" → nobody, a desk). The layout,
// the article head and the authors pass all read bylines with it.
import { BYLINE_PREFIX, BYLINE_SUFFIX } from './data/labels.js';
import { AGENCIES } from '../data/agencies.js';
import { isPlainWord, wordSets } from '../data/lexicon.js';
import { GIVEN_NAMES_ALSO_WORDS } from '../data/given-names.js';
import { wordCount } from '../text/normalize.js';
import { ENGLISH_FUNCTION_WORDS } from '../data/function-words.js';
import { SETTINGS } from '../settings.js';
import { PUBLICATION_WORDS } from '../data/publications.js';

const AGENCY = new Set(AGENCIES.map((a) => a.toLowerCase()));
// Words that are a role or a desk, not part of a name: "Business Columnist", "Staff Writer".
const ROLE_WORD = new RegExp(
  String.raw`^(?:senior|chief|contributing|staff|special|business|political|science|health|tech` +
    String.raw`|technology|sports?|entertainment|foreign|national|deputy|executive|managing|associate` +
    String.raw`|assistant|digital|social|media|news|video|photo|data|white house|washington|investigative` +
    String.raw`|freelance|guest|columnist|correspondent|reporter|writer|editor|contributor|producer` +
    String.raw`|analyst|author|journalist|photographer|intern|fellow|staffer|blogger|critic|courtesy` +
    String.raw`|credit|image|images)$`,
  'i',
);
// A writer's job, when a company's blog signs its posts ("Posted by Jane Doe, Software Engineer,
// Example Maps"): the part that holds one is the role, and the parts after it, up to the next
// "and", its employer.
const JOB_TITLE =
  /^(?:manager|engineer|director|designer|developer|scientist|specialist|strategist|officer|founder|co-?founder|ceo|cto|cfo|coo|vp|coordinator|consultant|evangelist|researcher|professor|lecturer|architect|programmer|administrator)$/i;
// Contact links printed after a name: "Spencer Ackerman Email Author", "Jane Doe Twitter Profile".
const CONTACT_WORD = /^(?:email|e-mail|twitter|facebook|linkedin|instagram|contact|bio|profile|follow|rss|website)$/i;
// Credentials after a name: "MS", "RD", "PhD", "MD".
const CREDENTIAL = /^(?:m\.?s|r\.?d|ph\.?d|m\.?d|m\.?a|b\.?a|mba|cpa|rn|jr|sr|ii|iii|iv|esq)\.?$/i;
const PARTICLE = /^(?:de|da|di|del|della|van|von|der|den|du|le|la|bin|ibn|al|el|y|st\.?)$/i;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
// "FOXBusiness", "TheHill", "CNNMoney": a brand glued after the name, not a name word.
const BRAND_WORD = /^(?:\p{Lu}{2,}\p{Ll}|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+\p{Lu})|\.(?:com|org|net)$/u;

// "Wilma Churns Waves Into Cuba", "The Ford Revolution": a headline's words. A name opens with
// and holds no English function word but those that are names too ("Edward Said", "Will Smith",
// "May Jones"; "An" and "Can" are Vietnamese and Turkish names) and initials ("Harry S Truman");
// one at the end is a label run on after the name ("Tony Carter All, Books, Reviews": a blog's
// categories).
const FUNCTION_WORDS_ALSO_NAMES = new Set(['said', 'an', 'no', 'so', 'will', 'may', 'can']);
const isHeadlineWord = (w: string): boolean => {
  const lower = w.toLowerCase();
  return lower.length > 1 && ENGLISH_FUNCTION_WORDS.has(lower) && !FUNCTION_WORDS_ALSO_NAMES.has(lower);
};

const isFirstName = (w: string): boolean => wordSets().firstNames.has(w.toLowerCase());
const GIVEN = new Set(GIVEN_NAMES_ALSO_WORDS);

/** "By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m.": a line opening with a byline word, short. */
export const isPrefixedByline = (text: string): boolean =>
  BYLINE_PREFIX.test(text) && wordCount(text) <= SETTINGS.prefixedBylineMaxWords;

/** A name the lexicon knows a part of: a given name first ("Ryan Reed") or a surname last. */
export function isKnownName(name: string): boolean {
  const parts = name.split(/\s+/).filter(Boolean);
  return parts.length > 0 && (isFirstName(parts[0]) || wordSets().lastNames.has(parts[parts.length - 1].toLowerCase()));
}

/** Whether a string reads as one person's name: capitalised words, particles inside, no role. */
export function isPersonName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5) return false;
  if (words.some((w) => ROLE_WORD.test(w) || CREDENTIAL.test(w) || BRAND_WORD.test(w))) return false;
  if (!words.every((w, i) => NAME_WORD.test(w) || (i > 0 && i < words.length - 1 && PARTICLE.test(w)))) return false;
  if (BYLINE_SUFFIX.test(s) || AGENCY.has(s.toLowerCase())) return false;
  if (words.slice(0, -1).some(isHeadlineWord)) return false;
  // A name does not end in a bare letter: an initial is written with its point ("Megan K.",
  // "John F. Kennedy"); "Group B", "Plan A", "Class C" are labels.
  if (words.length > 1 && /^\p{L}$/u.test(words[words.length - 1])) return false;
  // "AP Auto": an agency's initials are no part of a name.
  if (words.some((w) => w.length >= 2 && w === w.toUpperCase() && AGENCY.has(w.toLowerCase()))) return false;
  // A given name first settles it ("Ryan Reed"); a single word is a name only then ("Regan").
  if (isFirstName(words[0])) return true;
  if (words.length === 1) return false;
  // "Bill Mears", "April Glaser": a given name that is a word too, before a surname that is not.
  if (GIVEN.has(words[0].toLowerCase()) && !words.slice(1).some((w) => isPlainWord(w))) return true;
  return words.filter((w) => isPlainWord(w)).length / words.length < 0.5;
}

// Where the names end: a date or time, a separator followed by other matter.
// Or contact details: an e-mail address or a telephone number ("By Jane Doe jane@example.com (555) 123-4567").
const NAMES_END = new RegExp(
  // "Arion McNicoll for CNN", "Jane Doe in Boston", "Rae Paoletta 5h ago", "Jane Doe on Mon, Mar 2,
  // 2026", the name again ("Jane Doe By Jane Doe"), a label ("Jane Doe Filed Under: Harbour", "Jane
  // Doe Topics: Bridges"), the
  // stamp's word ("Jane Doe, Valley News Published 7:36 p.m. CT").
  String.raw`\s+(?:(?:for|in)\s+(?=\p{Lu})|\d+\s?[a-z]{0,5}\s+ago\b|by\s|` +
    String.raw`(?:filed(?:\s+(?:under|in|to))?|topics?|tags?|labels?|categor(?:y|ies))\s*:|(?:posted|updated|published)\b|` +
    String.raw`[-–—|•·/](?:\s|$)|on\s+(?:\p{L}+\.?,?\s+){0,2}\d|\d{1,2}[/.:]\d|(?:jan|feb|mar|apr|may|jun|jul|aug` +
    String.raw`|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}-\d{2}-\d{2}|[\w.+-]+@[\w-]+\.\w` +
    String.raw`|\(?\d{3}\)?[\s.-]\d{3}[-.]\d{4})|\s*[;|•·]\s*`,
  'iu',
);
/** The people a byline names, one name each, in order. */
export function authorsOf(byline: string | null): string[] {
  if (!byline) return [];
  // A date printed before the name ("21/06/2014 Tony Carter") goes first.
  let text = byline
    .replace(/^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{4}-\d{2}-\d{2}\S*),?\s+/, '')
    .replace(BYLINE_PREFIX, '')
    .replace(/^by\s*$/i, '')
    .trim();
  const end = NAMES_END.exec(text);
  if (end) text = text.slice(0, end.index);
  const out: string[] = [];
  // Parts at even places, the separators between them at odd ones.
  const pieces = text.split(/(\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*)/iu);
  let employer = false;
  for (let k = 0; k < pieces.length; k += 2) {
    const part = pieces[k];
    const partWords = part.split(/\s+/);
    // "Brian Lyman, Montgomery Advertiser": after the name, the publication.
    if (k > 0 && PUBLICATION_WORDS.has(partWords.at(-1)!.toLowerCase())) continue;
    if (k > 0 && pieces[k - 1].trim() !== ',') employer = false;
    if (k > 0 && partWords.some((w) => JOB_TITLE.test(w))) employer = true;
    if (employer) continue;
    const words = part
      .replace(/\([^)]*\)/g, ' ')
      .replace(/(?:^|\s)@\S+/g, ' ')
      .replace(/\S+@\S+/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    // A desk before a role is no part of the name either: "Judith Burns Education reporter".
    const dropLast = (): void => {
      if (ROLE_WORD.test(words.pop()!) && words.length >= 3 && isPlainWord(words[words.length - 1])) words.pop();
    };
    // Roles, credentials and brands trail the name: "Michael Hiltzik Business Columnist"; so can
    // the first word of a list of topics ("Tony Carter All, Books, Reviews").
    // A middle initial is followed by the surname, a word or not ("John F. Burns").
    const afterInitial = /^\p{Lu}\.$/u.test(words[words.length - 2] ?? '');
    if (words.length >= 3 && isPlainWord(words[words.length - 1]) && !afterInitial) dropLast();
    // … and so do an agency's initials ("GREG BEACHAM AP Sports Writer"), and any initials after a
    // name in small letters ("Helen Briggs BBC", "Jane Doe CBS News").
    const initialsAfterName = (): boolean =>
      /^\p{Lu}{2,}$/u.test(words[words.length - 1]) && words.slice(0, -1).some((w) => /\p{Ll}/u.test(w));
    while (
      words.length > 1 &&
      (initialsAfterName() ||
        ROLE_WORD.test(words[words.length - 1]) ||
        CREDENTIAL.test(words[words.length - 1]) ||
        CONTACT_WORD.test(words[words.length - 1]) ||
        BRAND_WORD.test(words[words.length - 1]) ||
        AGENCY.has(words[words.length - 1].toLowerCase()))
    )
      dropLast();
    // A role may lead instead: "Europe correspondent Lisa Millar".
    const role = words.map((w) => ROLE_WORD.test(w)).lastIndexOf(true);
    if (role >= 0 && words.length - role - 1 >= 2) words.splice(0, role + 1);
    // A sentence's full stop after the surname ("Posted by Jane Doe."), not an initial's.
    const name = words.join(' ').replace(/(\p{Ll}{2})\.$/u, '$1');
    // "Biography Jane Doe" after "Jane Doe": a label run into the same name.
    // The same name again in other capitals: "JENNIFER LOVEN, AP White House Correspondent Jennifer Loven".
    const key = name.toLowerCase();
    if (out.some((n) => key.endsWith(` ${n.toLowerCase()}`) || n.toLowerCase() === key)) continue;
    if (name && isPersonName(name)) out.push(name);
  }
  return out;
}
