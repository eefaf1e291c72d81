// Why a layout pass gave a line its role: each name with what it means, as `--explain` shows it.
// A verdict's reason must be one of these (or a widget list's, or a body rule's): a misspelt
// name is a compile error.

export const LAYOUT_REASONS = {
  'first-headline-line': 'the first line that reads like a headline',
  'title-repeat': 'the headline printed again (the page title above its <h1>)',
  'takeaways-heading': 'the heading of a "Key Takeaways" list',
  'bullet-under-takeaways': 'an item of the takeaways list',
  'section-label': 'the label of a boxed section ("Editor\'s Desk")',
  'heading-under-label': 'the heading under a section label',
  'paragraph-under-label': 'a paragraph of a labelled section',
  'date-near-top': "the article's date line near the top",
  'updated-line': 'an "Updated …" date line',
  'place-over-date': "the dateline's place, printed over its date",
  'byline-pattern': 'a byline ("By Jane Doe", "Tech Desk")',
  'byline-prefix': 'the publisher that the byline starts with',
  'short-line-in-byline-block': 'a tag or kicker beside the byline',
} as const;

export type LayoutReason = keyof typeof LAYOUT_REASONS;
