import { DETERMINERS, headOf, isCapitalised, isFunctionWord, isModifier } from '../words.js';
import {
  bodyFrom,
  ownerAfter,
  ownerBefore,
  titleEndingAt,
  titleText,
  type LineContext,
  type RoleFinding,
} from '../phrase.js';

// How far after the comma the role's head may stand: "X, 54, the company's senior vice
// president of sales".
const MAX_HEAD_DISTANCE = 8;

/**
 * A role in apposition after the name: "Anna Berg, president of the Nordic Dental
 * Society", "Sam Ode, a professor at Lakeside University", "Omar Said, the
 * union's chief negotiator", "Dana Price, CEO and founder of Nimbus Labs", "X, who
 * is the director of Y". The title ends at its last head; "of", "at" or "for" after it names
 * the organisation or the country.
 */
export function appositiveAfter(ctx: LineContext, last: number): RoleFinding | null {
  const { tokens } = ctx;
  let i = last + 1;
  if (tokens[i]?.norm !== ',' && !/^(?:is|was)$/.test(tokens[i]?.norm ?? '')) return null;
  i++;
  // "X, 54, the …": an age between.
  if (/^\d{1,3}$/.test(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === ',') i += 2;
  if (/^who$/i.test(tokens[i]?.norm ?? '')) {
    const verb = LEADS[tokens[i + 1]?.norm.toLowerCase() ?? ''];
    if (verb) return ledBy(ctx, i + 2, verb);
    if (/^(?:is|was)$/.test(tokens[i + 1]?.norm ?? '')) i += 2;
  }
  return roleAt(ctx, i, 'appositive-after');
}

// "X, who heads the Alliance for Clean Rivers": a verb of leading and the role it means.
const LEADS: Record<string, string> = {
  heads: 'head',
  leads: 'leader',
  chairs: 'chair',
  directs: 'director',
  runs: 'head',
};

function ledBy(ctx: LineContext, i: number, word: string): RoleFinding | null {
  const body = bodyFrom(ctx, i);
  const head = headOf({ ...ctx.tokens[i - 1], norm: word });
  if (!body?.organization || !head) return null;
  return {
    rule: 'appositive-after',
    title: word,
    head,
    former: false,
    acting: false,
    organization: body.organization,
    country: null,
  };
}

/**
 * The role phrase that starts at token `i` (after a determiner): its title, ending at the last of
 * its heads ("chief operating officer", "CEO and founder"), and the body after it.
 */
export function roleAt(ctx: LineContext, i: number, rule: RoleFinding['rule']): RoleFinding | null {
  const { tokens } = ctx;
  if (DETERMINERS.has(tokens[i]?.norm.toLowerCase() ?? '')) i++;
  for (let k = i; k < tokens.length && k - i < MAX_HEAD_DISTANCE; k++) {
    const t = tokens[k];
    if (/^[,.;:!?()"“”]$/.test(t.norm) || t.gapBefore) return null;
    const head = headOf(t);
    // Only an owner and modifiers stand before the head: "at the time meeting Italian
    // President …" is another sentence's business.
    const joins =
      /^(?:of|and|for|&)$/.test(t.norm) && isCapitalised(tokens[k - 1] ?? t) && isCapitalised(tokens[k + 1] ?? t);
    if (!head && isFunctionWord(t) && !/^['’]s?$/.test(t.norm) && !joins) return null;
    if (!head || head.plural) continue;
    const end = lastHead(ctx, k);
    // "Andrew, Queen Elizabeth II's third child": the title is another person's.
    if (ctx.persons[end + 1]) return null;
    // "vice president of business development at Polar Robotics": a lower-case scope, then the body.
    const scopeEnd = lowerScopeEnd(ctx, end + 1);
    const after = ownerAfter(ctx, scopeEnd + 1) ?? (scopeEnd === end ? null : ownerAfter(ctx, end + 1));
    const title = titleEndingAt(ctx, scopeEnd) ?? titleEndingAt(ctx, end);
    if (!title) return null;
    // The title may start after an owner: "the company's chief executive", "Facebook's co-founder".
    const owner = title.start > i ? ownerBefore(ctx, title.start) : { organization: null, country: null };
    return {
      rule,
      title: titleText(ctx, { ...title, start: Math.max(title.start, i) }),
      head: title.head,
      former: title.former,
      acting: title.acting,
      organization: after?.organization ?? title.scope?.organization ?? owner.organization,
      country: after?.country ?? title.scope?.country ?? owner.country,
      countryOwns: 'direct' in owner ? owner.direct : false,
      genericOwner: 'generic' in owner ? owner.generic : false,
    };
  }
  return null;
}

/**
 * The last head of the title that starts with the head at `k`: "Chief Strategy Officer",
 * "president and chief operating officer", "CEO and founder", "senior vice president".
 */
function lastHead(ctx: LineContext, k: number): number {
  const { tokens } = ctx;
  const titleCase = isCapitalised(tokens[k]);
  let end = k;
  for (let j = k + 1; j < tokens.length && j - k < 8; j++) {
    const t = tokens[j];
    if (t.gapBefore) break;
    const head = headOf(t);
    if (head && !head.plural) end = j;
    else if (t.norm === 'and' || isModifier(t) || (titleCase && isCapitalised(t) && !ctx.names[j] && !ctx.persons[j]))
      continue;
    else break;
  }
  return end;
}

/** The last token of a lower-case scope after a head ("of business development", "for exploration"), else the head's. */
function lowerScopeEnd(ctx: LineContext, i: number): number {
  const { tokens } = ctx;
  if (!/^(?:of|for)$/.test(tokens[i]?.norm ?? '')) return i - 1;
  let k = i + 1;
  while (k < tokens.length && k - i <= 4 && /^\p{Ll}+$/u.test(tokens[k].norm) && !isFunctionWord(tokens[k])) k++;
  return k - 1 > i ? k - 1 : i - 1;
}
