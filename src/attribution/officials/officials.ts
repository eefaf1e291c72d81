// Officials: every person the article presents with an office or role (OFFICIALS.md), one entry
// per person, with the title as written and spelt out, the organisation, the country served and
// the sector. A cascade, run where it is documented:
//   1. each line's tokens, with the names the names pass found on them;
//   2. for each person's mention, every rule in RULES (a title before the name, a role in
//      apposition before or after it, "as" a role); a plural title ("Presidents X and Y") is
//      shared by the names coordinated after it;
//   3. mentions grouped by person: a surname alone joins the full name last used before it;
//   4. for each person with a role: the finding that says most, the organisation and country
//      from the phrase, else from the organisation, else (for state offices) the story's country;
//      the sector from the organisation's words, else the title's.
import type { NameMention, Person } from '../../types.js';
import { tokenize } from '../../entities/tokens.js';
import { gazetteer, type Gazetteer } from '../../entities/gazetteer.js';
import { articleRanges, foldedText, type Page } from '../../page.js';
import { NEEDS_ORGANIZATION, STATE_SECTORS, VOICE_ROLES, type Sector } from '../../data/roles.js';
import { headOf, isModifier } from './words.js';
import { byStart, firstAtOrAfter, spansWithin } from '../../text/sorted.js';
import { ORG_HEADS } from '../../entities/data/organizations.js';
import type { LineContext, Organization, RoleFinding } from './phrase.js';
import { titleBefore } from './rules/title-before.js';
import { appositiveBefore } from './rules/appositive-before.js';
import { appositiveAfter } from './rules/appositive-after.js';
import { asRole } from './rules/as-role.js';
import { normalisedTitle, sectorOf } from './describe.js';
import { storyCountry } from './story-country.js';

/** The rules, each asked of every person's mention: (line, first token, last token). */
const RULES: ReadonlyArray<(ctx: LineContext, first: number, last: number) => RoleFinding | null> = [
  (ctx, first, last) => titleBefore(ctx, first, last),
  (ctx, first) => appositiveBefore(ctx, first),
  (ctx, _first, last) => appositiveAfter(ctx, last),
  (ctx, _first, last) => asRole(ctx, last),
];

interface Found {
  mention: NameMention;
  findings: RoleFinding[];
}

/** Pass: the article's officials and the other people it names. */
export function officialsPass(page: Page): void {
  const g = gazetteer();
  const persons = page.names.filter((m) => m.type === 'PERSON' && isPersonName(m.text, g));
  const story = storyCountry(page);
  const officials: Person[] = [];
  const others: Person[] = [];
  const described = groupByPerson(findRoles(page, persons, g)).map((group) => describe(group, story, page.text));
  for (const { person, best } of described) {
    // "Ortega's adviser Luis Mena" serves Ortega's country.
    const owner = best?.personOwner;
    if (owner && !best.country) {
      const boss = described.find((d) => d.person.spans.some((s) => s.start === owner.start));
      if (boss?.person.country) person.country = boss.person.country;
    }
    (person.title ? officials : others).push(person);
  }
  const byMentions = (a: Person, b: Person): number => b.mentions - a.mentions;
  page.record.entities.officials = officials.sort(byMentions);
  page.record.entities.people = others.sort(byMentions);
}

/** Steps 1–2: each person's mention with the roles the rules found next to it. */
function findRoles(page: Page, persons: NameMention[], g: Gazetteer): Found[] {
  const norm = foldedText(page);
  const others = byStart(page.names.filter((m) => m.type !== 'PERSON'));
  const orgs = page.names.filter((m) => m.type === 'ORG').sort((a, b) => a.end - b.end);
  const sortedPersons = byStart(persons);
  const out: Found[] = [];
  for (const [from, to] of articleRanges(page)) {
    const here = spansWithin(sortedPersons, from, to);
    if (!here.length) continue;
    const ctx = lineContext(page.text, norm, from, to, others, here, g);
    let shared: { finding: RoleFinding; last: number } | null = null;
    for (const m of here) {
      const span = tokenSpan(ctx, m);
      if (!span) continue;
      const [first, last, mention] = span;
      const findings = RULES.map((rule) => rule(ctx, first, last))
        .filter((f): f is RoleFinding => !!f)
        .map((f) => withSentenceBody(ctx, f, first))
        .map((f) => withNamedBody(f, mention, orgs, page.text));
      // "Presidents Bill Clinton and Boris Yeltsin": the plural title is the next name's too.
      const prev = shared as { finding: RoleFinding; last: number } | null;
      if (!findings.length && prev && isCoordinated(ctx, prev.last, first))
        findings.push({ ...prev.finding, rule: 'coordinated' });
      shared = findings[0]?.head.plural ? { finding: findings[0], last } : null;
      out.push({ mention, findings });
    }
  }
  return out;
}

/**
 * "Nimbus Labs … is adding Dana Price as the company's first Chief Strategy Officer": a role held
 * "as" something, or owned by "the company", is held in the body the paragraph named last before
 * the person, if it named one.
 */
function withSentenceBody(ctx: LineContext, f: RoleFinding, first: number): RoleFinding {
  if (f.organization || !(f.genericOwner || f.rule === 'as-role')) return f;
  // The paragraph before the person: "Corvid Rail … builds trains. Ana Ruiz, the company's
  // chief operating officer".
  for (let k = first - 1; k >= 0; k--) {
    const name = ctx.names[k];
    if (name?.type === 'ORG') return { ...f, organization: name };
  }
  return f;
}

// Body words a title may carry in lower case: "ministry spokesman" speaks for a ministry.
const BODY_WORDS =
  /\b(ministry|embassy|department|government|police|army|military|council|party|agency|commission|court)\b/i;

// How far before a bare voice role ("Governor Michele Bullock") the body it heads may be named.
const VOICE_REACH = 300;

/**
 * A title that names its body only by a common word takes the body the story named: "ministry
 * spokesman Guo" speaks for the ministry named before ("China's foreign ministry"); a bare
 * "Governor" or "spokesman" heads the organisation named just before (within a few lines).
 */
function withNamedBody(f: RoleFinding, m: NameMention, orgs: NameMention[], text: string): RoleFinding {
  if (f.organization) return f;
  // The organisations named before the person, nearest first (orgs are sorted by their end).
  const last = firstAtOrAfter(orgs, m.start + 1, (o) => o.end) - 1;
  const word = BODY_WORDS.exec(f.title)?.[1]?.toLowerCase();
  if (word) {
    for (let k = last; k >= 0; k--) {
      const named = orgs[k];
      if (named.text.toLowerCase().includes(word))
        return { ...f, organization: named, country: f.country ?? named.country ?? null };
    }
    return f;
  }
  if (!VOICE_ROLES.has(f.head.word) || /\s/.test(f.title.trim())) return f;
  // A body with a body's word in its name ("Reserve Bank of Australia"), not a website or a paper
  // the story quoted ("Twitter").
  for (let k = last; k >= 0 && m.start - orgs[k].end < VOICE_REACH; k--) {
    const n = orgs[k];
    if (text[n.start - 1] !== '(' && n.text.split(/\s+/).some((w) => ORG_HEADS.has(w)))
      return { ...f, organization: n };
  }
  return f;
}

/**
 * The tokens of a person's mention. "Minister of Education Paola Ferri": a name that
 * starts with the scope of an "of"-title before it is cut after that word.
 */
function tokenSpan(ctx: LineContext, m: NameMention): [number, number, NameMention] | null {
  const first = ctx.tokens.findIndex((t) => t.start >= m.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].end <= m.end) last++;
  const before = ctx.tokens[first - 1];
  if (
    last - first >= 2 &&
    before &&
    /^(?:of|for)$/.test(before.norm) &&
    ctx.tokens[first - 2] &&
    headOf(ctx.tokens[first - 2])
  ) {
    const start = ctx.tokens[first + 1].start;
    ctx.persons[first] = undefined;
    return [first + 1, last, { ...m, start, text: ctx.text.slice(start, m.end) }];
  }
  return [first, last, m];
}

function lineContext(
  text: string,
  norm: string,
  from: number,
  to: number,
  names: NameMention[],
  persons: NameMention[],
  g: Gazetteer,
): LineContext {
  const tokens = tokenize(text, norm, from, to);
  const cover = (list: NameMention[]): Array<NameMention | undefined> => {
    const byToken: Array<NameMention | undefined> = tokens.map(() => undefined);
    // Longer names first, so a name nested in another ("China" in "China's foreign ministry")
    // is what its own tokens show.
    const here = spansWithin(list, from, to).sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const m of here)
      tokens.forEach((t, i) => {
        if (t.start >= m.start && t.end <= m.end) byToken[i] = m;
      });
    return byToken;
  };
  return { tokens, names: cover(names), persons: cover(persons), g, text };
}

/** "X and Y", "X, Y and Z": the name at `next` is coordinated with the one ending at `last`. */
function isCoordinated(ctx: LineContext, last: number, next: number): boolean {
  const between = ctx.tokens.slice(last + 1, next).map((t) => t.norm);
  return between.length === 1 && (between[0] === 'and' || between[0] === ',');
}

const asToken = (w: string) => ({ text: w, norm: w, start: 0, end: 0, sentenceStart: false, gapBefore: false });

/**
 * A person's name, not a title or a word the tagger took for one ("Strategy Officer",
 * "Agreement"): no word of it is a role's head or a title word, it has a capitalised word, and a
 * name of one word is not a common word.
 */
function isPersonName(name: string, g: Gazetteer): boolean {
  const words = name.split(/\s+/);
  if (words.length === 1 && g.common.has(name.toLowerCase()) && !g.lastNames.has(name.toLowerCase())) return false;
  if (words.length === 1 && ORG_HEADS.has(name)) return false;
  return words.some((w) => /^\p{Lu}/u.test(w)) && !words.some((w) => headOf(asToken(w)) || isModifier(asToken(w)));
}

/**
 * Step 3: mentions by person. A name of one word joins the full name ending with it that was
 * used last before it (else first after it): "Ruiz" after "Ana Ruiz" is Ana Ruiz even where
 * "Marta Ruiz" appears later. "John Reid" and "John Vance Reid" are one person.
 */
function groupByPerson(found: Found[]): Found[][] {
  const words = (n: string): string[] => n.split(/\s+/);
  const lastOf = (n: string): string => words(n).at(-1)!;
  // Full names (several words) by their last word, and their mentions by last and first word.
  const fullByLast = new Map<string, string[]>();
  const mentionsByLast = new Map<string, Found[]>();
  const mentionsByFirst = new Map<string, Found[]>();
  const push = <T>(map: Map<string, T[]>, key: string, v: T): void => {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  };
  for (const f of found) {
    const name = f.mention.text;
    if (!name.includes(' ')) continue;
    const known = fullByLast.get(lastOf(name));
    if (!known?.includes(name)) push(fullByLast, lastOf(name), name);
    push(mentionsByLast, lastOf(name), f);
    push(mentionsByFirst, words(name)[0], f);
  }
  // The fullest name a name of several words stands for: "Suu Kyi" is "Aung San Suu Kyi" (a
  // shorter form that ends it), "John Reid" is "John Vance Reid" (same first and last word).
  const keyOf = (name: string): string => {
    const longer = (fullByLast.get(lastOf(name)) ?? []).find(
      (n) => n.length > name.length && (n.endsWith(` ${name}`) || words(n)[0] === words(name)[0]),
    );
    return longer ? keyOf(longer) : name;
  };
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const name = f.mention.text;
    let key = keyOf(name);
    if (!name.includes(' ')) {
      // A surname, else a first name used alone ("Dana served as …" after "Dana Price"): the full
      // name used last before it, else the first after it.
      let matches = mentionsByLast.get(name) ?? [];
      if (!matches.length) {
        const byFirst = mentionsByFirst.get(name) ?? [];
        if (new Set(byFirst.map((x) => x.mention.text)).size === 1) matches = byFirst;
      }
      const linked = lastBefore(matches, f.mention.start) ?? matches[0];
      if (linked) key = keyOf(linked.mention.text);
    }
    push(groups, key, f);
  }
  return [...groups.values()];
}

/** The last of `list` (in text order) that starts before `at`. */
function lastBefore(list: Found[], at: number): Found | undefined {
  const k = firstAtOrAfter(list, at, (f) => f.mention.start);
  return k > 0 ? list[k - 1] : undefined;
}

/**
 * The fullest form of the name, but not one the tagger ran a word into ("Video Jane Doe",
 * "Canadian Jane Doe"): a form whose first word is a common word or a nationality loses to the
 * form without it.
 */
function fullestName(names: string[]): string {
  const g = gazetteer();
  const byLength = [...new Set(names)].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length);
  const clean = byLength.find((n) => {
    const first = n.split(/\s+/)[0];
    const padded = byLength.some((o) => o !== n && n.endsWith(` ${o}`) && o.includes(' '));
    return !(padded && (g.common.has(first.toLowerCase()) || g.entries.get(first)?.kind === 'demonym'));
  });
  return clean ?? byLength[0];
}

/** Step 4: one person's entry, and the finding it was described from. */
function describe(group: Found[], story: string | null, text: string): { person: Person; best: RoleFinding | null } {
  const name = fullestName(group.map((f) => f.mention.text));
  const base: Person = {
    name,
    title: null,
    role: null,
    organization: null,
    country: null,
    sector: null,
    former: false,
    acting: false,
    mentions: group.length,
    spans: group.map((f) => ({ start: f.mention.start, end: f.mention.end })),
  };
  const findings = group.flatMap((f) => f.findings).filter((f) => isOffice(f));
  if (!findings.length) return { person: base, best: null };
  // The finding that says most: an organisation or a country named with it, else the first.
  const best = findings.find((f) => f.organization) ?? findings.find((f) => f.country) ?? findings[0];
  const organization = organizationName(best.organization, text) ?? nationalTeam(best);
  const sector = sectorOf(best, organization);
  const person = {
    ...base,
    title: best.title,
    role: normalisedTitle(best),
    organization,
    country: countryOf(best, sector, story, findings, text),
    sector,
    former: best.former,
    acting: best.acting,
  };
  return { person, best };
}

/** An office, not an occupation: "talent manager" alone is not one, "manager at Apple" is. */
function isOffice(f: RoleFinding): boolean {
  return !NEEDS_ORGANIZATION.has(f.head.word) || !!f.organization || f.head.sector === 'sport';
}

function organizationName(org: Organization, text: string): string | null {
  if (!org) return null;
  const name = typeof org === 'string' ? org : text.slice(org.start, org.end);
  // "China's foreign ministry" → "foreign ministry": the possessor is the country, read apart.
  return name.replace(/^[\p{L} .-]+['’]s\s+/u, '').replace(/^the\s+/i, '') || null;
}

/** "Australia coach": a sport's role owned by a country is the national team's, named after it. */
function nationalTeam(f: RoleFinding): string | null {
  return f.countryOwns && f.head.sector === 'sport' && f.country
    ? (gazetteer().countryName.get(f.country) ?? null)
    : null;
}

/**
 * The country the person serves: what the phrase names, else a state office's or a national
 * federation's organisation's country ("Kenyan Football Federation"), else (for state offices
 * and parties) the story's country. Companies, clubs, universities and NGOs serve no country
 * unless the phrase says so.
 */
function countryOf(
  best: RoleFinding,
  sector: Sector,
  story: string | null,
  all: RoleFinding[],
  text: string,
): string | null {
  const stated = best.country ?? all.find((f) => f.country)?.country;
  if (stated) return stated;
  for (const f of [best, ...all]) {
    const s = f === best ? sector : sectorOf(f, organizationName(f.organization, text));
    const org = typeof f.organization === 'object' ? f.organization : null;
    if (org?.country && (STATE_SECTORS.has(s) || s === 'sport')) return org.country;
    if (STATE_SECTORS.has(s) || s === 'party') return story;
  }
  return null;
}
