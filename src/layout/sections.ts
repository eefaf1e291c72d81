import type { Line, Section } from '../types.js';
import { groupLines } from '../text/lines.js';
import { SECTION_LABELS } from './data/labels.js';
import { normalizeLine } from '../text/normalize.js';
import { isProse } from '../text/prose.js';
import { isFree, setVerdict, type Page } from '../page.js';

export interface SectionResult {
  section: Section;
  lines: number[];
  labelLines: number[];
  headingLines: number[];
}

/**
 * A labelled box: a label group ("Editor's\nDesk", split over two lines by the page layout, is
 * joined), an optional short heading ("Strategic Analysis"), then the prose paragraphs up to the
 * first group that is not prose.
 */
export function findSections(lines: Line[]): SectionResult[] {
  const groups = groupLines(lines);
  const index = new Map(lines.map((l, i) => [l, i]));
  const out: SectionResult[] = [];
  for (let g = 0; g < groups.length; g++) {
    const label = groups[g].map((l) => l.text).join(' ');
    if (groups[g].length > 3 || !SECTION_LABELS.test(normalizeLine(label))) continue;
    let k = g + 1;
    let heading: string | null = null;
    const headingLines: number[] = [];
    if (
      k < groups.length &&
      groups[k].length === 1 &&
      !isProse(groups[k][0].text) &&
      groups[k][0].text.split(/\s+/).length <= 10
    ) {
      heading = groups[k][0].text;
      headingLines.push(index.get(groups[k][0])!);
      k++;
    }
    const paragraphs: string[] = [];
    const bodyLines: number[] = [];
    while (k < groups.length && groups[k].every((l) => isProse(l.text))) {
      paragraphs.push(groups[k].map((l) => l.text).join(' '));
      bodyLines.push(...groups[k].map((l) => index.get(l)!));
      k++;
    }
    if (!paragraphs.length) continue;
    const labelLines = groups[g].map((l) => index.get(l)!);
    out.push({ section: { label, heading, paragraphs }, lines: bodyLines, labelLines, headingLines });
    g = k - 1;
  }
  return out;
}

/** Pass: labelled sections on lines no earlier pass took. */
export function sectionsPass(page: Page): void {
  const sections = findSections(page.lines).filter((s) => [...s.labelLines, ...s.lines].every((i) => isFree(page, i)));
  for (const s of sections) {
    s.labelLines.forEach((i) => setVerdict(page, i, 'section-label', 'section-label'));
    s.headingLines.forEach((i) => setVerdict(page, i, 'section-heading', 'heading-under-label'));
    s.lines.forEach((i) => setVerdict(page, i, 'section-body', 'paragraph-under-label'));
  }
  // A box printed again (a page rendered twice, a template repeated down a long text) is one section.
  const seen = new Set<string>();
  page.record.sections = sections
    .map((s) => s.section)
    .filter((s) => {
      const key = JSON.stringify(s);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
