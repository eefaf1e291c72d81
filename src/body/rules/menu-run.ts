import { wordCount } from '../../text/normalize.js';

/**
 * A run of short lines with no sentence punctuation is a menu, a list of links or a tag list:
 * "CBSSports.com / 247Sports / MaxPreps / Scout / …". Runs of at least `minRun` such lines
 * are marked; a lone short line (a subheading) is left to the region scorer.
 */
export function menuRuns(texts: string[], minRun = 4): boolean[] {
  const short = texts.map(isLinkLike);
  const out = new Array<boolean>(texts.length).fill(false);
  let i = 0;
  while (i < texts.length) {
    if (!short[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < texts.length && short[j]) j++;
    if (j - i >= minRun) for (let k = i; k < j; k++) out[k] = true;
    i = j;
  }
  return out;
}

/** One to six words, no sentence end: what a rendered link or menu item looks like. */
export function isLinkLike(text: string): boolean {
  return wordCount(text) <= 6 && !/[.!?:;,。！？]["'’”)\]]?$/u.test(text);
}
