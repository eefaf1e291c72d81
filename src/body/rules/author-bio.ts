import type { Verdict } from '../../types.js';

/**
 * The biography under an author-box heading ("Über Moritz Bachmann" / "Als Inbound Sales Manager
 * bildet Moritz Bachmann …"): the one or two lines right after the heading are the box, not the
 * article, however much they read like prose.
 */
export function authorBioLines(verdicts: Array<Verdict | null>, limit = 2): number[] {
  const out: number[] = [];
  verdicts.forEach((v, i) => {
    if (v?.reason !== 'author-box') return;
    for (let k = i + 1; k <= i + limit && k < verdicts.length && !verdicts[k]; k++) out.push(k);
  });
  return out;
}
