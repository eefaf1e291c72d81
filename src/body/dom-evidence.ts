// For HTML input: what the page's own structure says of a line the body model kept, where it is
// certain. It runs after the model, not before: the model was trained on text, and verdicts set
// before it shift the evidence it reads of every line around them (tried: 0.955 -> 0.951 on the
// dev pages, one page losing most of its body). A line in the page's navigation, header, footer
// or sidebar (outside any article element) is the site's; a line in a comment thread is the
// readers'; a figure's caption is a caption.
import { setVerdict, type Page } from '../page.js';
import { wordCount } from '../text/normalize.js';
import type { DomLine } from '../io/html/render.js';

// A paragraph this long inside a "header" or an "aside" is more likely the page misusing the
// element than a menu (tried without the limit: one more page right on dev, and nothing to stop a
// page that wraps its article in <header> from losing it).
const LONG_PARAGRAPH = 40;

/** Pass: the DOM's certain verdicts on the lines the body model kept. */
export function domEvidencePass(page: Page): void {
  const dom = page.html?.lines;
  if (!dom) return;
  const rows = rowsOf(page);
  const verdicts: Array<[number, DomLine]> = [];
  let bodyWords = 0;
  let chromeWords = 0;
  page.lines.forEach((line, i) => {
    const d = dom[rows[i]];
    if (!d || line.verdict?.role !== 'body') return;
    const words = wordCount(line.text);
    bodyWords += words;
    if (d.chrome || d.comments || d.caption) {
      verdicts.push([i, d]);
      chromeWords += words;
    }
  });
  // When the elements would take most of the body, the page uses them for its article.
  if (chromeWords > bodyWords / 2) return;
  for (const [i, d] of verdicts) {
    const menuLike = wordCount(page.lines[i].text) < LONG_PARAGRAPH || d.linkDensity > 0.5;
    if (d.chrome && menuLike) setVerdict(page, i, 'boilerplate', 'dom-chrome');
    else if (d.comments) setVerdict(page, i, 'boilerplate', 'dom-comments');
    else if (d.caption) setVerdict(page, i, 'caption', 'dom-caption');
  }
}

/** Each page line's row in the rendered text (rendered lines are split on "\n" only). */
function rowsOf(page: Page): number[] {
  const rows: number[] = [];
  let row = 0;
  let at = 0;
  for (const line of page.lines) {
    for (let next = page.text.indexOf('\n', at); next >= 0 && next < line.start; next = page.text.indexOf('\n', at)) {
      row++;
      at = next + 1;
    }
    rows.push(row);
  }
  return rows;
}
