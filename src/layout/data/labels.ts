// Structural vocabulary as data: the words that open a takeaways list or label a section,
// and the words that mark a line as a byline. Matched on normalised lines (see normalize.ts).

/** Headings of a "Key Takeaways"-style list. */
export const TAKEAWAY_HEADINGS = /^(?:key (?:takeaways|points|facts|findings)|takeaways|highlights|at a glance|in brief|the big picture|what you need to know|what to know|tl;?dr|in short|quick read|summary|story highlights)[:.]?$/u;

/** Labels of a boxed section such as an editor's analysis. */
export const SECTION_LABELS = /^(?:editor'?s? (?:desk|note|analysis|take|view|comment)|analysis|our (?:take|view|analysis)|why it matters|what'?s next|the bottom line|bottom line|context|background|explainer|fact ?check|perspective|commentary|expert view|insight|outlook|what it means|between the lines|the takeaway)[:.]?$/u;

/** Bullet glyphs that start a list item. */
export const BULLET = /^(?:[•·▪▫◦‣⁃●○■□➢➤►▶✓✔\-*–—]\s*|\d{1,2}[.)]\s+)/u;

/** Words that end a staff or desk byline: "China Daily Brief Editorial", "Tech Desk". */
export const BYLINE_SUFFIX = /\b(?:editorial(?: (?:board|team|staff))?|staff(?: writer| reporter)?|desk|newsroom|reporters?|correspondents?|writers?|editors?|team|bureau)$/iu;

/**
 * What a line above the body says when it is not the headline: a media teaser ("Play Video",
 * "Video: …", "Slideshow: …", a running time at the end: "Cyclone hits the coast 00:59"), a
 * writer's role ("Technology editor, BBC News website", "BBC environment reporter"). "Video
 * shows dramatic rescue" is a headline: a label takes its colon.
 */
const STAMP_PART = String.raw`(?:\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)`;
const WRITER_ROLES = 'editor|reporter|correspondent|writer|columnist|producer|analyst';
export const NOT_A_HEADLINE: RegExp[] = [
  /^(?:play video|watch video|watch now)\b|^(?:video|slideshow|photos|gallery|watch|listen)\s*[:|]/iu,
  /\s\d{1,2}:\d{2}$/u,
  new RegExp(String.raw`^[^,]{0,40}\b(?:${WRITER_ROLES}),`, 'iu'),
  // An account's or a subscription's prompt: "You are not logged in", "Forgot Password", "Now
  // Just 39¢ per issue!".
  /^(?:you are (?:not )?(?:logged|signed) in|forgot (?:your )?password|(?:log|sign) (?:in|out)|register|subscribe)\b|\bper (?:issue|month|week|year)\b/iu,
  // A label of the page's filing, or a time stamp alone: "Filed to: Power Rangers", "17 hours ago
  // 7:20 PM".
  /^(?:filed (?:to|under)|tags?|topics?|categor(?:y|ies))\s*:/iu,
  new RegExp(String.raw`^${STAMP_PART}(?:\s+${STAMP_PART})*$`, 'iu'),
  // Three words at most: "Harbour paper names new editor" is a headline.
  new RegExp(String.raw`^(?:\S+\s){0,2}(?:${WRITER_ROLES})$`, 'iu'),
  // A photo's credit, a name and its agency ("Dan Peled/European Pressphoto Agency"; "AC/DC Plays
  // Tonight" is a headline), and a line wholly in brackets ("(Former U.S. Secretary of Defense)").
  /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’.-]+){1,2}\/\p{Lu}|^\([^()]*\)$/u,
  // A comment form's heading: "Leave a Reply Cancel reply", "Post a comment".
  /^(?:leave a (?:reply|comment)|post a comment|add a comment)\b|\bcancel reply$/iu,
  // Share buttons run on after a line's text: "The Valley Post Tweet Share".
  /\b(?:tweet|share|e-?mail|print|comments?)\s+(?:tweet|share|e-?mail|print|comments?)$/iu,
];

/**
 * A teaser whose picture's text and link's text run together, no headline: "Harbour wall will be
 * rebuilt Harbour wall will be rebuilt" (two words or more, twice).
 */
export function isDoubledLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const half = words.length / 2;
  return Number.isInteger(half) && half >= 2 && words.slice(0, half).join(' ') === words.slice(half).join(' ');
}

/** The heading of a list of the page's topics or tags: "Related Topics", "Today's hot topics", "Tags:". */
export const TOPICS_HEADING = /^(?:[\p{L}'’]+ ){0,3}(?:topics|tags)\s*:?$/iu;

/** A personal byline: "By Jane Doe", "Written by Jane Doe", "Posted on March 30, 2015 by Admin". */
export const BYLINE_PREFIX = /^(?:(?:written|reported|posted|published|story|words|text|compiled|edited)(?: on [\s\S]{0,40}?)? )?by[:\s]\s*(?=\S)/iu;

/**
 * What a title line prints beside its headline that is not the site's name: a section, a page's
 * kind, a greeting, an error page ("Headline - NHL.com - News", "Page not found | Example").
 * Matched on the normalised part. Tried: any single word (cuts real one-word sites: "Quartz",
 * "Forbes").
 */
export const NOT_A_SITE_NAME = new RegExp(
  `^(?:${[
    // the page's kind
    'home(?: ?page)?',
    'main(?: page)?',
    'index',
    'welcome',
    'introduction',
    'about(?: us)?',
    'contacts?(?: us)?',
    'search(?: results)?',
    'page not found',
    'not found',
    'error',
    'untitled',
    'archives?',
    // a newspaper's sections
    'news',
    'latest(?: news)?',
    'breaking news',
    'top stories',
    'local',
    'national',
    'nation',
    'international',
    'world',
    'politics',
    'business',
    'money',
    'technology',
    'science',
    'health',
    'sports?',
    'entertainment',
    'culture',
    'lifestyle',
    'leisure',
    'travel',
    'weather',
    'opinion',
    'views',
    'editorials?',
    'letters',
    'columns?',
    'reviews?',
    'reports',
    'blogs?',
    'articles?',
    'stories',
    'features?',
  ].join('|')})$`,
  'u',
);
