// Why the body pass gave a line its role: each name with what it means, as `--explain` shows it.

export const BODY_REASONS = {
  'repeated-line': 'a short line printed more than once on the page (a menu rendered twice, a tag)',
  'menu-or-link-list': 'one of four or more short lines in a row without sentence punctuation',
  teaser: 'a teaser of another story: headline, author, excerpt',
  'author-box': 'the biography under an "About the author" heading',
  'related-item': 'a headline under a "Related" heading',
  'list-after-colon': 'an item of a list the article announces',
  'duplicate-paragraph': 'a paragraph printed again further down',
  prose: 'running text inside the article region',
  'inside-main-text': 'a short line inside the article region (a subheading)',
  'clean-document': 'a text with no boilerplate at all: every line is the article',
  'outside-main-text': 'a line outside the article region',
  'dek-before-body': 'the standfirst between the headline and the body',
  'model-body': 'the body model reads it as the article (its score is shown)',
  'model-boilerplate': 'the body model reads it as not the article',
} as const;

// Apart from BODY_REASONS on purpose: the body model reads each of those as a feature of its
// own, and the DOM's verdicts come after it (adding them there changed the model's inputs).
export const DOM_REASONS = {
  'dom-chrome': "kept by the model, but inside the page's nav, header, footer or sidebar, outside the article (HTML)",
  'dom-comments': "kept by the model, but inside the page's comment thread (HTML)",
  'dom-caption': "kept by the model, but a figure's caption (HTML)",
} as const;

// Also apart, and for the same reason: what the body pass decides after the model has scored.
export const LATE_REASONS = {
  'list-continued': 'the next item of a list the body has started, in the same shape',
  'comment-thread': "a reader's comment: below a comment thread's heading whose entries carry time stamps",
  'unsigned-name': 'a name-like line where the byline stands, with nothing to show it names the author',
  'stray-line': 'kept by the model, but a few words far from the article, which holds many more',
  'same-block': 'a line printed in the same block as the article, in a text with no page furniture (a results table)',
} as const;

export type BodyReason = keyof typeof BODY_REASONS | keyof typeof DOM_REASONS | keyof typeof LATE_REASONS;
