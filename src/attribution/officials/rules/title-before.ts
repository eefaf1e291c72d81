import {
  ownerAfter,
  ownerBefore,
  titleEndingAt,
  titleText,
  type LineContext,
  type RoleFinding,
  type Title,
} from '../phrase.js';
import { isAddress, isCapitalised } from '../words.js';

/**
 * A title just before the name: "Foreign Minister Maria Lind", "Acme chief executive Jo
 * Park", "Kenya's president William Ruto", "former Vice President Dan Quayle", "Secretary of
 * State Laura Whitfield", "CEO of the Harbour Trust Nia Obi", "Undersecretary for Education
 * Mr. Rossi". What stands before the title is its owner ("Acme", "Kenya's").
 */
export function titleBefore(ctx: LineContext, at: number, last: number, given?: Title): RoleFinding | null {
  let end = at - 1;
  while (end >= 0 && isAddress(ctx.tokens[end])) end--;
  if (end < 0 || ctx.tokens[end + 1].gapBefore) return null;
  const title = given ?? titleEndingAt(ctx, end);
  // "fellow Canadian Mark Stone": before a name, "fellow" is a companion, not a post.
  if (!title || (title.start === title.end && title.head.word === 'fellow')) return null;
  // "Foreign Minister and CDU vice-chairman Eva Horak": two titles joined by "and", the
  // first one named is the person's main office.
  const first = given ? null : coordinatedBefore(ctx, title.start);
  if (first) return titleBefore(ctx, first.end + 1, last, first);
  const owner = ownerBefore(ctx, title.start);
  // "Senior researcher Lin Zhou, of Lakeside University": the body may follow the name.
  const after = ctx.tokens[last + 1]?.norm === ',' ? ownerAfter(ctx, last + 2) : null;
  return {
    rule: 'title-before',
    title: titleText(ctx, title),
    head: title.head,
    former: title.former,
    acting: title.acting,
    organization: title.scope?.organization ?? owner.organization ?? after?.organization ?? null,
    country: title.scope?.country ?? owner.country ?? after?.country ?? null,
    personOwner: owner.person,
    countryOwns: owner.direct,
    genericOwner: owner.generic,
  };
}

/** A title ending just before "and", a few capitalised words before `start` ("Foreign Minister and CDU …"). */
function coordinatedBefore(ctx: LineContext, start: number): Title | null {
  for (let k = start - 1; k >= 1 && start - k <= 4; k--) {
    const t = ctx.tokens[k];
    if (t.norm === 'and') return titleEndingAt(ctx, k - 1);
    if (!isCapitalised(t) && !/^['’]s?$/.test(t.norm)) return null;
  }
  return null;
}
