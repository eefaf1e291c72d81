import { ownerBefore, titleEndingAt, titleText, type LineContext, type RoleFinding } from '../phrase.js';

/**
 * A role in apposition before the name: "Ghana's coach, Kwame Mensah,", "The company's chief
 * executive, Ana Ruiz, said", "the president of the Tuscany region, Carlo Bruni", "The
 * secretary general of ACB (Association of Coastal Builders), Tom Hale". The comma stands
 * just before the name; the title (with its "of"-part) just before the comma.
 */
export function appositiveBefore(ctx: LineContext, at: number): RoleFinding | null {
  const { tokens } = ctx;
  const comma = at - 1;
  if (comma < 1 || tokens[comma].norm !== ',') return null;
  let end = comma - 1;
  // "ACB (Association of Coastal Builders),": the expansion in brackets is read over.
  if (tokens[end].norm === ')') {
    let open = end - 1;
    while (open > 0 && tokens[open].norm !== '(') open--;
    if (open > 0 && end - open < 8) end = open - 1;
  }
  const title = titleEndingAt(ctx, end);
  if (!title) return null;
  const owner = ownerBefore(ctx, title.start);
  return {
    rule: 'appositive-before',
    title: titleText(ctx, title),
    head: title.head,
    former: title.former,
    acting: title.acting,
    organization: title.scope?.organization ?? owner.organization,
    country: title.scope?.country ?? owner.country,
    personOwner: owner.person,
    countryOwns: owner.direct,
    genericOwner: owner.generic,
  };
}
