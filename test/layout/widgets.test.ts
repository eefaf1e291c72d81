import { describe, expect, it } from 'vitest';
import { matchPatternLists } from '../../src/layout/widgets.js';
import { WIDGET_LISTS, type WidgetReason } from '../../src/layout/data/widget-patterns.js';
import { isFieldList } from '../../src/layout/rules/field-list.js';

// Each widget list with a line it takes and a line of article text it must leave alone
// (sentences of our own, written to sit close to the widget's words).
const CASES: Record<WidgetReason, { takes: string[]; leaves: string[] }> = {
  'emoji-icon': { takes: ['📰', '👍 ❤️'], leaves: ['📰 News from the harbour'] },
  timestamp: {
    takes: ['March 4, 2024 at 10:15 am', 'Posted on 12/03/2023'],
    leaves: ['On March 4, 2024 the port reopened.'],
  },
  credits: {
    takes: ['Reporting by Ana Ruiz; Editing by Tom Lee'],
    leaves: ['Reporting by local papers had been patchy for years, the council said.'],
  },
  caption: {
    takes: [
      'Photo: Ana Ruiz',
      'The harbour at dawn. Credit: City Archive',
      'Mayor Jane Doe, left, and her deputy',
      'Ana Ruiz, mayor of the town, pictured at the harbour in 2021, when she was a councillor.',
    ],
    leaves: [
      'Photographs show the harbour wall had cracked before the storm.',
      'The mayor said the wall, pictured in the report, had cracked before the storm.',
      'AFP says the harbour wall cracked before the storm.',
    ],
  },
  'share-widget': {
    takes: [
      'Share this article',
      'Tweet',
      '12 comments',
      'Twitter | Facebook',
      'Share |',
      'Bookmark to:',
      'Do you like this story?',
    ],
    leaves: ['Share prices fell by a third.', 'Facebook and Twitter users shared the video.'],
  },
  'read-more': {
    takes: [
      'Read more',
      'Continue reading',
      'READ MORE: Harbour wall to be rebuilt after winter storms',
      'See also: Tides',
      'Article continues below',
    ],
    leaves: [
      'Read more than a hundred letters and you see the pattern.',
      'See also the report on the tides: the wall had been failing for years.',
    ],
  },
  'related-links': {
    takes: ['Related Articles', 'More in Business', 'Tags: harbour, storms'],
    leaves: ['More than 200 people were moved from the coast.'],
  },
  'author-box': {
    takes: ['About the author', 'More posts by Ana Ruiz'],
    leaves: ['About the harbour, little was said.'],
  },
  'newsletter-prompt': {
    takes: ['Sign up for our daily newsletter', 'Enter your email address'],
    leaves: [
      'The council said in a statement on Tuesday that it would publish the harbour survey in full next spring, with every inspection report.',
    ],
  },
  'cookie-prompt': {
    takes: ['Accept all cookies', 'This site uses cookies to improve your experience. By continuing you agree.'],
    leaves: ['The bakery sold cookies to the volunteers all week.'],
  },
  comments: {
    takes: [
      'Leave a reply',
      '3 thoughts on "Harbour storms"',
      'This is only a preview. Your comment has not yet been posted.',
      'You must login or create an account to comment.',
      'Join the conversation. Discuss this story.',
      'You can follow this conversation by subscribing to the comment feed for this post.',
      '{ 14 comments… read them below or add one }',
    ],
    leaves: [
      'Leave was cancelled for the crews.',
      'The harbour master said comments from residents had been closed off.',
    ],
  },
  footer: {
    takes: [
      '© 2024 Harbour Times. All rights reserved.',
      'Powered by WordPress',
      'A version of this article appeared in print on March 3, 2026, on page A4 of the Valley edition.',
      'Please turn on JavaScript. Media requires JavaScript to play.',
    ],
    leaves: [
      'Rights groups said the harbour plan ignored the fishermen.',
      'The harbour plan first appeared in print in the council minutes of 1998.',
    ],
  },
  navigation: {
    takes: ['Home', 'Log in', 'Advertisement', 'Advertisements', '1 of 7', '‹ Back to Story'],
    leaves: ['Home prices rose for the fifth month.', '1 of 7 walls failed.'],
  },
};

describe('widget lists', () => {
  it('has a case for every list', () => {
    expect(Object.keys(CASES).sort()).toEqual(WIDGET_LISTS.map((l) => l.reason).sort());
  });
  for (const [reason, { takes, leaves }] of Object.entries(CASES)) {
    it(`${reason}: takes its widgets and leaves article text`, () => {
      for (const line of takes) expect(matchPatternLists(line), line).toBe(reason);
      for (const line of leaves) expect(matchPatternLists(line), line).toBeNull();
    });
  }
  it('leaves long lines to the prose scorer, whatever words they hold', () => {
    expect(matchPatternLists(`Share this article ${'and the harbour news '.repeat(30)}`)).toBeNull();
  });
});

describe('field list', () => {
  it('takes template metadata flattened into text', () => {
    expect(isFieldList('site: media | section: news | slug: harbour-storm')).toBe(true);
  });
  it('leaves a sentence with pipes and colons', () => {
    expect(isFieldList('Harbour | Storms: the week in pictures | Part two')).toBe(false);
  });
});
