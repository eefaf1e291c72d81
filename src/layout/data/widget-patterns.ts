import { CREDIT_LABELS } from '../../data/credit-labels.js';
import { alternation } from '../../data/vocab.js';

// Boilerplate knowledge as data, kept apart from the code that applies it (as trafilatura does).
// Each list is matched against a whole line after typographic normalisation (see normalize.ts):
// lower case, curly quotes straightened, runs of white space folded. A pattern must match the
// whole line, so "Share" removes a share button but never a sentence that starts with "Share".
//
// Tried and rejected (kept here so nobody tries them again):
// - "Read more" as a widget anywhere: inside an article it often introduces the rest of the
//   text; only a line that is nothing but "Read more" (or "Read more: <headline>") is boilerplate.
// - "Photo" / "Image" as a prefix on any line: body sentences such as "Photographs show …"
//   matched; a credit needs the colon or "by" right after the word.
// - Dropping every line under 4 words: kills subheadings and one-line quotes inside the body.

export interface PatternList<R extends string = string> {
  /** The reason recorded in `removed[]` when a line matches. */
  reason: R;
  /** Whole-line patterns, applied to the normalised line. */
  patterns: RegExp[];
  note: string;
}

/** A list whose reason name stays a literal type, so the union of reasons is derived from the lists. */
const list = <R extends string>(l: PatternList<R>): PatternList<R> => l;

const words = (list: string[]): RegExp => new RegExp(`^(?:${list.join('|')})$`, 'u');

const SHARE_BUTTON = String.raw`(?:email this|blogthis!|share to (?:twitter|facebook|pinterest)|share|twitter|facebook|pinterest|linkedin|reddit|tumblr|whatsapp|email|print|bookmark(?: to)?)`;

export const SHARE_WIDGETS = list({
  reason: 'share-widget',
  note: 'Share and follow buttons, rendered as one short line each.',
  patterns: [
    words([
      'share( this)?( article| story| post| page| on)?:?',
      'share (via|on) (facebook|twitter|email|whatsapp|linkedin)',
      'tweet( this)?',
      'pin( it)?',
      'email( this)?( article| story)?',
      'print( this)?( article| page)?',
      'facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|tumblr|flipboard|telegram|messenger|instagram|youtube|tiktok|threads|bluesky|mastodon|pocket|copy link|copied|email me',
      'follow( us)?( on)?( facebook| twitter| instagram| linkedin| youtube| google news)?',
      'like( us on facebook)?',
      '(compartir|compartilhe|partager|teilen|condividi|bagikan)( esta| este)?( noticia| artigo| article| artikel)?:?',
      'share this:?|sukai ini:?|like this:?|like loading\\.*|suka memuat\\.*',
      'share (your thoughts|this story|this post|it)[^]{0,40}',
      '\\d+ (shares?|comments?|views?)',
      'click to (share|tweet|email|print)[^]{0,60}',
      'comments?( \\(\\d+\\))?',
    ]),
    /^(?:share|follow us|follow)\s*(?:on\s*)?(?:facebook|twitter|email|whatsapp|linkedin|reddit)(?:\s*[,|/]\s*(?:facebook|twitter|email|whatsapp|linkedin|reddit))*$/u,
    // A bar of share buttons on one line: "Email This BlogThis! Share to Twitter Share to
    // Facebook", "Twitter | Facebook", "Share |", "Bookmark to:" (on the 3,000 body pages: 642
    // such lines outside the article, 2 inside).
    new RegExp(`^${SHARE_BUTTON}(?:(?:\\s*[|:]\\s*|\\s+)${SHARE_BUTTON})+(?:\\s*[|:])?$`, 'u'),
    /^(?:share|bookmark(?: to)?|share this(?: article| story)?)\s*[|:]$/u,
    /^do you like this (?:story|article|post)\??$/u,
    // "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
    /^(?:follow|like|join) [\s\S]{1,60} on (?:instagram|facebook|twitter|youtube|tiktok|linkedin|snapchat|x)\b[\s\S]{0,60}$/u,
  ],
});

export const RELATED_LINKS = list({
  reason: 'related-links',
  note: 'Headings of "more stories" boxes and their empty states.',
  patterns: [
    words([
      'related( articles| stories| posts| content| news| coverage| topics| links| reading| videos?)?( from [^]{1,60})?:?',
      'related:\\s[^]{1,150}|more:|see also:\\s[^]{1,150}',
      // "More World", "More in White House", "Trump Impeachment Inquiry More": at most four words,
      // so that "More than 200 people died" is never taken for a box heading.
      'more( (in|from|on|about))?( [\\p{L}&\'’-]+){1,4}',
      '([\\p{L}&\'’-]+ ){1,4}more',
      'explore further|don\'t miss|do not miss|view all( \\(\\d+\\))?|learn more|see more',
      'post navigation|previous post:? [^]{0,150}|next post:? [^]{0,150}|older post|newer post',
      '(tags|topics|filed under|categories|category|keywords)\\s*:[^]{0,200}',
      // The same in Japanese, Chinese and Korean: tags, categories.
      '(タグ|カテゴリー?|标签|標籤|分类|태그|카테고리)\\s*[:：][^]{0,200}',
      'no related (articles|stories|posts) found\\.?',
      '(more|latest|top|popular|trending|recommended|recent) (stories|articles|news|posts|from [\\w .\'-]+|videos|on [\\w .\'-]+)( for you)?:?',
      'most (read|popular|viewed|shared|emailed|commented)( stories| articles)?( in [^]{1,40})?:?',
      'you (may|might) (also )?(like|enjoy|be interested in):?',
      'read (next|also|this next|these next)\\.*:?',
      'trending( now| stories| articles| topics)?:?|popular( now| stories| articles)?:?|editor\'?s? picks?:?|top (stories|picks|news)( today)?:?',
      'see (also|more)\\.*:?',
      'further reading:?',
      'what to read next:?',
      'artigos relacionados|art[ií]culos relacionados|articles (li[ée]s|similaires)|ähnliche artikel|terkait|lihat juga|leia também|lee también',
      // Related articles, recommended, popular: Japanese, Chinese, Korean.
      '関連記事|関連エントリー|おすすめ記事|人気記事|相关文章|相關文章|相关阅读|推荐阅读|관련 ?기사|인기 ?기사',
      'up next:?|next (article|story|post):?|previous (article|story|post):?',
      'more (in|from) this (section|category):?',
      'recommended( for you)?:?',
      'sponsored( content| links| stories)?:?',
      'スポンサードリンク|スポンサーリンク|广告|廣告|광고',
    ]),
    /^read more:\s.{3,120}$/u,
  ],
});

export const READ_MORE = list({
  reason: 'read-more',
  note: 'A "Read more" link: between paragraphs it folds the article, so it is no wall for the body.',
  patterns: [
    words(['read more\\.*:?', 'continue reading( below)?\\.*', '\\(?article continues( below)?\\.?\\)?', 'read the full (story|article)\\.*', 'click here to read more\\.*']),
    // "READ MORE: Canadian family released after five years", "See also: Harbour tides": a link to
    // another story, its headline after the colon. On the 3,000 body pages 43 such lines stand
    // outside the article and 2 inside. "Related:", "More:" and "Watch:" were tried and left out:
    // 23 of 221 were article text (a list of the article's own links).
    /^(?:see more|read more|also read|read also|see also)\s*:\s*\S[\s\S]{0,250}$/u,
  ],
});

export const AUTHOR_BOX = list({
  reason: 'author-box',
  note: 'The heading of an author biography box after the article ("About the author", "Über Moritz Bachmann").',
  patterns: [
    words(['(about|über|sobre|à propos de|a proposito di|acerca de) (the author|the writer|[\\p{L}.\'’-]+( [\\p{L}.\'’-]+){0,2})', '(more )?(posts|articles|stories) by [^]{1,40}', 'author( bio| profile)?:?']),
  ],
});

export const NEWSLETTER = list({
  reason: 'newsletter-prompt',
  note: 'Sign-up prompts; matched only when short, since a sentence about a newsletter can be news.',
  patterns: [
    /^(?:sign up|subscribe|register|join)(?: now| today| here| for (?:our|the|free) [\w\s'-]{0,40}newsletters?| to (?:our|the) [\w\s'-]{0,40}newsletters?)?[.!]?$/u,
    // Any short line that speaks of subscribing, newsletters or inboxes is a sign-up box; news
    // about a newsletter is rarely that short.
    /^(?=[\s\S]{0,200}$)[\s\S]*\b(?:newsletters?|subscribe[ds]?|subscription|unsubscribe|sign[- ]up|inbox|no spam|activation link|e-?mail updates)\b[\s\S]*$/u,
    /^(?:get|receive) (?:our|the) [\w\s'-]{0,40}(?:newsletter|briefing|emails?)(?: in your inbox)?[.!]?$/u,
    /^(?:enter your email|your email address|email address|thank you for signing up|thanks for signing up|you('| a)re (?:now )?subscribed)[\s\S]{0,60}$/u,
    /^newsletters?:?$/u,
    /^by (?:signing up|subscribing|clicking)[\s\S]{0,200}(?:privacy|terms)[\s\S]{0,80}$/u,
  ],
});

export const COOKIE_PROMPTS = list({
  reason: 'cookie-prompt',
  // Tried and rejected: "cookies to", "cookies are" alone ("The bakery sold cookies to the volunteers").
  note: 'Consent banners; the long ones mention cookies and consent/privacy together.',
  patterns: [
    /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences|settings)|cookie (?:settings|policy|preferences)|got it|i agree|agree|ok(?:ay)?|dismiss|close)[.!]?$/u,
    /^(?=[\s\S]{0,1500}$)[\s\S]*\b(?:(?:this|our) (?:web)?site uses cookies|uses? (?:of )?cookies|(?:necessary|functional|analytics|performance|advertising|third-party) cookies|cookie (?:policy|settings|preferences|consent))\b[\s\S]*$/u,
    /^(?=[\s\S]{0,1200}$)(?=[\s\S]*\bcookies?\b)(?=[\s\S]*\b(?:consent|accept|agree|privacy|continu(?:e|ing) to (?:use|browse))\b)[\s\S]*$/u,
  ],
});

export const NAVIGATION = list({
  reason: 'navigation',
  note: 'Menu and account items; only single short lines, as in a rendered nav bar.',
  patterns: [
    words([
      '‹? ?back to (the )?(story|article)',
      'home|menu|search|close|open|skip to (main )?content|skip to navigation|back to top|top|main menu|back to main menu|toggle navigation|navigation',
      'log ?in|log ?out|sign ?in|sign ?out|my account|account|register|subscribe|donate|contact( us)?|about( us)?|advertise( with us)?|careers|jobs|help|faq|site ?map|rss( feed)?',
      'privacy( policy| notice)?|terms( of (use|service))?|terms (and|&) conditions|cookie policy|cookies|accessibility|ad choices|do not sell my (personal )?info(rmation)?',
      'previous|next|older posts|newer posts|load more|show more|view all|see all|more|less|all|page \\d+( of \\d+)?|\\d+',
      'advertisement|advertisements|advertising|ad|ads by google|remove (this )?ads? ?>?|sponsored|promoted|paid content|anzeige|publicidad|publicidade|iklan|pubblicit[aà]',
      // A gallery's counter: "1 of 7" (227 such lines on the 3,000 body pages, none in an article).
      '\\d+ of \\d+',
      'watch( live| now)?|listen( now)?|play( now)?|video|videos|photos?|gallery|podcasts?|live|latest|breaking( news)?',
    ]),
  ],
});

export const FOOTER = list({
  reason: 'footer',
  note: 'Copyright and legal lines at the foot of a page, print notes and browser notices.',
  patterns: [
    /^(?:©|\(c\)|copyright\b|all rights reserved)[\s\S]{0,200}$/u,
    /^[\s\S]{0,120}\ball rights reserved\.?[\s\S]{0,80}$/u,
    /^(?:powered by|proudly powered by|theme by|designed by|blog (?:at|di) wordpress\.com)[\s\S]{0,80}$/u,
    /^this (?:material|article|story|content) may not be (?:published|reproduced|broadcast|rewritten|redistributed)[\s\S]{0,200}$/u,
    /^citation:[\s\S]{0,400}$/u,
    // A newspaper's print note: "A version of this article appeared in print on July 24, 2012, on
    // page A4", "Appeared in the November 20, 2019, print edition" (22 outside, 2 inside).
    /^(?:a version of this (?:article|story|review|column|editorial|op-ed) (?:appeared|appears) in print\b|this (?:article|story) (?:appeared|appears) in (?:the )?[\p{L}' ]{0,40}print edition\b|appeared in the [\s\S]{1,60} print edition\b)[\s\S]{0,250}$/u,
    // A player's or a page's notice to turn JavaScript on (114 outside, none inside).
    /^[\s\S]{0,120}\b(?:requires? javascript|enable javascript|turn on javascript|javascript (?:is )?(?:disabled|required))\b[\s\S]{0,120}$/u,
    /^[\s\S]{0,200}\b(?:this document is subject to copyright|no part (?:of this|may be) reproduced|for information purposes only)\b[\s\S]{0,400}$/u,
    /^[\s\S]{0,600}\b(?:are (?:registered )?trademarks of|have not been evaluated by the food and drug administration|consult your (?:physician|doctor) (?:before|and follow)|the information (?:provided|contained) (?:on|in) this (?:web ?site|site|page)|terms of (?:use|service) and privacy policy)\b[\s\S]{0,600}$/u,
  ],
});

// A comment thread's count heading: "10 thoughts on “…”", "3 responses to …".
const THREAD_COUNT = String.raw`\d+ (?:thoughts? on|responses? to|comments? on|replies to|reactions? to)\b[\s\S]{0,200}`;

/**
 * The heading a comment thread starts under: a count heading, "23 Comments", "Reader comments",
 * "Responses" (body/rules/comment-thread.ts ends the article there when entries follow).
 */
export const THREAD_HEADING = new RegExp(
  `^(?:${THREAD_COUNT}|\\d+ comments?|comments|reader comments|responses|discussion)[.!:]?$`,
  'u',
);

/**
 * What a comment entry's signature says beside its time stamp: "Jane Roe | May 2, 2012 1:16 AM
 * | Reply", "Beth on August 22, 2012 at 6:29 pm said:", "Davey wrote on November 13th, 2012",
 * "Report abuse" (body/rules/comment-thread.ts). "Says" without a colon is left out: a headline
 * says it too ("Pentagon Says").
 */
export const ENTRY_SIGNATURE = /\breply\b|\b(?:says|said|wrote)(?:\s*:|\s+on\b)|\breport abuse\b/i;

export const COMMENTS = list({
  reason: 'comments',
  note: 'Comment-form prompts and comment metadata.',
  patterns: [
    /^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:discussion|conversation)|comments? (?:are )?closed|\d+ comments?|no comments(?: yet)?|be the first to comment|show comments|view comments|reply|cancel reply|deixe uma resposta[\s\S]{0,40}|tinggalkan balasan[\s\S]{0,40}|deja un comentario|laisser un commentaire)[.!:]?$/u,
    /^(?:your email address will not be published|required fields are marked|you must be logged in to post a comment|o seu endereço de e-mail não será publicado)[\s\S]{0,80}$/u,
    new RegExp(`^${THREAD_COUNT}$`, 'u'),
    /^(?:tell us what you think|what do you think|have your say|leave your comment|add your comment)[\s\S]{0,30}$/u,
    /^[\p{L}\p{N} ._'-]{1,40} (?:says|said|wrote|writes|commented|replied):?$/u,
    /^(?:comments|reader comments|discussion|conversation|join the conversation|show comments|comments are closed\.?|post a reply|responses)$/u,
    /^(?:name|email|e-mail|website|comment|nome|site|comentário)\s*\*?:?$/u,
    // What a comment system prints around its form and its thread: "This is only a preview. Your
    // comment has not yet been posted.", "You must login or create an account to comment.",
    // "Flag as Inappropriate", "Reply to This" (on the 3,000 body pages: 1,003 lines outside the
    // article, 1 inside).
    /^(?:this is only a preview|your comment (?:has not yet been posted|could not be posted)|previewing your comment|you must (?:log ?in|sign ?in|be logged in|login or create an account|register) to (?:comment|post|reply)|comments? (?:are|is|have been) (?:now )?closed|flag as inappropriate|report (?:abuse|comment|this comment)|reply to this(?: parent)?(?: share)?|discuss this (?:story|article))[\s\S]{0,120}$/u,
    // "Join the conversation. Discuss this story.", "You can follow this conversation by subscribing
    // to the comment feed for this post.", "{ 14 comments… read them below or add one }" (110
    // outside, none inside).
    /^join the (?:conversation|discussion)[.!:]?\s+[\s\S]{1,120}$/u,
    /^[\s\S]{0,80}\b(?:subscribing to the comment feed|comments? feed for this (?:post|entry))\b[\s\S]{0,120}$/u,
    /^\{? ?\d+ comments?(?:…|\.\.\.)? (?:read them below|add one)[\s\S]{0,30}\}?$/u,
  ],
});

export const CAPTIONS = list({
  reason: 'caption',
  note: 'Image captions and credits. A credit needs its colon or "by"; a caption line describes a picture.',
  patterns: [
    new RegExp(`^\\(?${alternation(CREDIT_LABELS)}\\s*(?:(?:credit|courtesy)\\s*)?(?::|by\\b)[\\s\\S]{0,200}$`, 'u'),
    /^(?:above|below|left|right|top|pictured|inset|main image|main picture|file photo|file)\s*:[\s\S]{0,300}$/u,
    /^(?:image|photo|picture|video|media) (?:caption|copyright|source|credit)\b[\s\S]{0,300}$/u,
    // An agency's name and a verb or a role is a sentence, not a credit: "EPA says economic
    // assessment unchanged", "EPA Administrator …" (3 such lines on the 3,000 training pages).
    /^\(?(?:getty images|reuters|ap photo|afp|epa|shutterstock|istock|alamy)(?!\s+(?:says|said|reports?|reported|is|was|has|had|will|would|to|administrator|chief|head)\b)[\s\S]{0,80}\)?$/u,
    /^[\s\S]{0,200}\((?:photo|image|picture|credit)[^)]{0,100}\)$/u,
    /^[\s\S]{0,250}\b(?:getty images|ap photo|afp via getty|reuters\/|shutterstock|istockphoto)\b[\s\S]{0,60}$/u,
    // "… the hunter killed and ate a rabbit Credit: Getty - Contributor": a credit at the end.
    /^[\s\S]{0,300}\b(?:credit|credits|photo|image|picture|source)\s*:\s*[^.!?]{1,80}$/u,
    /^(?:(?:an?|the|this) )?(?:artist'?s? )?(?:(?:black and white|black-and-white|close-up|aerial|stock|file|archive) )?(?:photo|photograph|picture|image|illustration|rendering|render|concept|view|portrait|screenshot|still) (?:of|shows?|showing)\b[\s\S]{0,250}$/u,
    // "Defense Secretary Mark Esper, left, and …": the caption names who stands where.
    /^[\s\S]{0,300}(?:, (?:left|right|center|centre|second (?:from )?(?:left|right)|from left),|\((?:left|right|center|centre)\))[\s\S]{0,300}$/u,
    // "Jane Doe, governor of the state, pictured at the harbour in 2018": a name of up to four
    // words, perhaps who they are, then where the picture shows them. On the 3,000 body pages such
    // lines are captions, none in an article ("the mayor said the wall, pictured in the report" is
    // prose: five words before its comma).
    /^(?:[\p{L}'’.-]+ ){0,3}[\p{L}'’.-]+(?:, [^,]{1,80})?, pictured (?:at|in|with|during|on|here|after|before)\b[\s\S]{0,300}$/u,
  ],
});

const CREDIT = String.raw`(?:additional )?(?:reporting|writing|editing|edited|compiled|research|graphics?|production) by [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,5}`;

export const CREDITS = list({
  reason: 'credits',
  note: 'Wire-story credit lines at the foot: "Reporting by Sam Collins; Editing by Jane Doe".',
  // Each credit names its people: at most six words after "by" ("Reporting by local papers had
  // been patchy" is a sentence). Tried and rejected: any text after "by", which took sentences.
  patterns: [
    new RegExp(
      String.raw`^\(?${CREDIT}(?:(?:[;,] ?| and )${CREDIT})*\)?\.?$`,
      'u',
    ),
  ],
});

export const TIMESTAMPS = list({
  reason: 'timestamp',
  note: 'A line that is only a date and time, as comment and teaser lists print them.',
  patterns: [/^(?:(?:posted|updated|published) (?:on )?)?(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+\.? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?$/u],
});

export const EMOJI_ICON = list({
  reason: 'emoji-icon',
  note: 'A line made only of pictographs and symbols: an icon font or emoji rendered as text.',
  // The joiner, variation selector and keycap mark are matched one code point at a time, on purpose.
  // eslint-disable-next-line no-misleading-character-class
  patterns: [/^(?=[\s\S]*[\p{Extended_Pictographic}\p{So}])[\p{Extended_Pictographic}\p{So}\p{Sk}\p{P}\s\u200d\ufe0f\u20e3]+$/u],
});

/** All lists, in the order they are tried: the first match gives the reason. */
export const WIDGET_LISTS = [
  EMOJI_ICON,
  TIMESTAMPS,
  CREDITS,
  CAPTIONS,
  SHARE_WIDGETS,
  READ_MORE,
  // "More posts by Ana Ruiz" heads an author box before it reads as a "More …" box.
  AUTHOR_BOX,
  RELATED_LINKS,
  NEWSLETTER,
  COOKIE_PROMPTS,
  COMMENTS,
  FOOTER,
  NAVIGATION,
] as const;

export type WidgetReason = (typeof WIDGET_LISTS)[number]['reason'];
