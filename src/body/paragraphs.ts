import { groupLines } from '../text/lines.js';
import { wordCount } from '../text/normalize.js';
import { linesWithRole, verdictOf, type Page } from '../page.js';
import type { BlockRole } from '../types.js';
import { SETTINGS } from '../settings.js';
import { authorsOf, isPrefixedByline } from '../layout/person-name.js';

const BODY_ROLES: readonly BlockRole[] = ['body', 'subheading'];

/**
 * Pass: the body's paragraphs (its lines joined by their paragraph group), the summary (the dek,
 * else the first paragraph of prose), the captions, and every removed line with its reason.
 */
export function paragraphsPass(page: Page): void {
  const { lines, record } = page;
  const picked = linesWithRole(page, BODY_ROLES).map((i) => lines[i]);
  record.paragraphs = groupLines(picked).map((g) => g.map((l) => l.text).join('\n'));
  record.body = record.paragraphs.join('\n\n');
  record.summary = page.dek.length
    ? page.dek.map((i) => lines[i].text).join(' ')
    : (record.paragraphs.find((p) => wordCount(p) >= SETTINGS.ledeMinWords && !notASummary(p)) ?? null);
  record.images = linesWithRole(page, ['caption']).map((i) => lines[i].text);
  record.removed = lines
    .filter((l) => verdictOf(l).role === 'boilerplate')
    .map((l) => ({ text: l.text, reason: verdictOf(l).reason, start: l.start, end: l.end }));
}

// What reads as a first paragraph and is none: a caption or photo credit, a form's answer
// ("Thank you for subscribing"), a site's tagline.
const NOT_A_SUMMARY = [
  /\b(?:getty images|ap photo|afp via getty|reuters\/|shutterstock|istockphoto)\b|\((?:photo|image|credit)[^)]*\)$/i,
  /^(?:thank you|thanks) for\b|^your (?:message|comment|subscription|submission|email)\b|^you(?:'re| are) (?:now )?(?:subscribed|signed up)\b/i,
  /^(?:welcome to|the (?:leading|best|#1|number one)\b[^.]{1,60}\b(?:source|site|destination))\b/i,
];
// A byline the body kept ("By Jane Doe, Ana Ruiz on Monday, November 18th, 2019 at 11:08 a.m.").
const isByline = (p: string): boolean => isPrefixedByline(p) && authorsOf(p).length > 0;
const notASummary = (p: string): boolean => NOT_A_SUMMARY.some((re) => re.test(p)) || isByline(p);
