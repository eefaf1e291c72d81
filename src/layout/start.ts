import type { Page } from '../page.js';
import { SETTINGS } from '../settings.js';

/**
 * Pass: where the article starts: after its headline, byline or date line, whichever comes last.
 * Marks far below the headline belong to teasers, not to this article. Without a headline to
 * measure from, the earliest mark counts: a "First published" line at the foot of the article
 * is no start.
 */
export function articleStartPass(page: Page): void {
  const { headline, sources, lines } = page;
  const near = (i: number | null | undefined): i is number =>
    i != null &&
    i < lines.length * SETTINGS.startMarkShare &&
    (headline === null || (i >= headline && i - headline <= SETTINGS.startMarkMaxDistance));
  const marks = [headline, sources.byline?.line, sources.published?.line, sources.updated?.line].filter(near);
  if (!marks.length) return;
  page.start = headline === null ? Math.min(...marks) : Math.max(...marks);
}
