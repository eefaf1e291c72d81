import { roleAt } from './appositive-after.js';
import type { LineContext, RoleFinding } from '../phrase.js';

// How many words may stand between the name and "as": "X will retire as", "X was appointed as".
const MAX_GAP = 6;

/**
 * A role the sentence gives the name with "as": "Julia Banks will retire as president and
 * chief operating officer", "adding Dana Price as the company's first Chief Strategy Officer",
 * "to have Tom Reyes, a longtime colleague, as our new President and CEO".
 */
export function asRole(ctx: LineContext, last: number): RoleFinding | null {
  const { tokens } = ctx;
  for (let k = last + 1; k < tokens.length && k - last <= MAX_GAP + 1; k++) {
    const t = tokens[k];
    if (/^[.;:!?"“”]$/.test(t.norm) || t.gapBefore || ctx.persons[k]) return null;
    if (t.norm !== 'as') continue;
    let i = k + 1;
    // "as our new President", "as the company's first Chief Strategy Officer".
    while (/^(?:the|a|an|our|its|their|his|her|new|first)$/i.test(tokens[i]?.norm ?? '')) i++;
    return roleAt(ctx, i, 'as-role');
  }
  return null;
}
