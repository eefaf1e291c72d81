// The article's head on pages of our own: headline, byline and date as a reader finds them.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { NOT_A_HEADLINE, isDoubledLine } from '../../src/layout/data/labels.js';
import { authorsOf, isPersonName } from '../../src/layout/person-name.js';
import { findDek } from '../../src/body/dek.js';
import type { Line, Verdict } from '../../src/types.js';
import { besideCredit, firstAfterStandfirst, firstUnderRepeatedHead } from '../../src/body/head.js';
import { newPage, setVerdict } from '../../src/page.js';
import { linesPass } from '../../src/layout/lines.js';

/** A page: the given lines, then three paragraphs of the article. */
const article = (lines: string[]): string => [...lines, para(1), para(2), para(3)].join('\n\n');
const para = (n: number): string =>
  `The council of the river town met for the ${n}th time this year and agreed, after a long debate ` +
  `about money, roads and the old bridge, that the work would begin in spring.`;

/** A page of the given lines, each with the verdict the body model would have given it. */
const page = (lines: Array<[string, 'body' | 'boilerplate' | 'caption' | 'title-repeat']>) => {
  const p = newPage(lines.map(([t]) => t).join('\n'), {});
  linesPass(p);
  lines.forEach(([, role], i) =>
    role === 'title-repeat'
      ? setVerdict(p, i, 'boilerplate', 'title-repeat')
      : setVerdict(p, i, role, role === 'body' ? 'model-body' : 'model-boilerplate'),
  );
  return p;
};

describe('the head above the first paragraph', () => {
  it("takes the date under the page's own headline, however far a teaser list puts it from the body", () => {
    const teasers = Array.from({ length: 16 }, (_, k) => `Teaser headline number ${k + 1} about something else`);
    const menu = Array.from({ length: 40 }, (_, k) => `Section ${k + 1}`);
    const head = ['River town agrees bridge plan', 'March 3, 2026 9:00 AM', 'Jane Doe', 'Recent Stories:'];
    const r = parseArticle(article(['River town agrees bridge plan | Valley Post', ...menu, ...head, ...teasers]), {
      refDate: '2026-03-10',
    });
    expect(r.published).toBe('2026-03-03');
    expect(r.provenance.published?.rule).toBe('date-under-headline');
  });

  it("takes a blog's signature under the post, never a comment's", () => {
    const post = (footer: string[]): string =>
      [
        'Bridge notes | Harbour Notes',
        'By subject',
        'Bridge notes',
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(para),
        ...footer,
      ].join('\n\n');
    // A paragraph that says "said on" is no comment's signature.
    const quoted = 'The mayor said on Monday that the new bridge over the river would open to traffic in the spring.';
    const signed = parseArticle(post([quoted, 'Posted by Jane Doe at 9:22 AM', '2 comments:', 'Ana said...']));
    expect(signed.authors).toEqual(['Jane Doe']);
    expect(signed.provenance.byline?.rule).toBe('byline-below-body');
    // (A short page's layout may still read a comment's signature near the top as a byline.)
    expect(parseArticle(post(['2 comments:', 'Posted by Ana Ruiz at 9:40 AM'])).provenance.byline?.rule).not.toBe(
      'byline-below-body',
    );
    expect(parseArticle(post(["By clicking 'Sign up' you agree to our Terms & Privacy Policy"])).authors).toEqual([]);
  });

  it("takes a blog's date from the line under the post, never from a comment's", () => {
    const post = (footer: string[]): string =>
      [
        'River town agrees bridge plan | Harbour Notes',
        'River town agrees bridge plan',
        para(1),
        para(2),
        para(3),
        'Share this:',
        ...footer,
      ].join('\n\n');
    const blog = parseArticle(
      post([
        'This entry was posted on March 3, 2026 at 7:14 pm and is filed under Bridges. You can follow any responses to this entry through the feed.',
      ]),
    );
    expect(blog.published).toBe('2026-03-03');
    expect(blog.provenance.published?.rule).toBe('posted-date-below-body');
    const stamped = parseArticle(
      post(['PUBLISHED: March 4, 2026 at 9:41 pm | UPDATED: March 4, 2026 at 9:51 pm and later again that night']),
    );
    expect(stamped.published).toBe('2026-03-04');
    const comments = parseArticle(
      post([
        'Comments',
        'Great post, thank you!',
        'posted on March 5, 2026 at 7:26 PM by Ana, who has read every post on this blog about the bridge since it began',
      ]),
    );
    // (A short page's layout may still take the comment's date as a date near the top.)
    expect(comments.provenance.published?.rule).not.toBe('posted-date-below-body');
  });

  it('takes the first line for the headline when it is printed again over the article, whatever the layout took it for', () => {
    const menu = ['Home', 'News', 'Sport', 'Business', 'Weather', 'Travel', 'Opinion', 'Culture'];
    const headline = 'Source: Harbour town admits it cannot pay for the new bridge';
    const r = parseArticle(article([headline, ...menu, headline, 'March 3, 2026']));
    expect(r.title).toBe(headline);
  });

  it("takes the date line right over the page's own headline", () => {
    const menu = Array.from({ length: 40 }, (_, k) => `Section ${k + 1}`);
    const head = [
      'Welcome to the Valley Post, the paper of the river towns since 1901, read in every house along the water.',
      '5:24pm, Mar 5, 2026',
      'River town agrees bridge plan',
      'The old bridge at dusk. Photo: Jane Roe',
      'AP',
      'Share',
    ];
    const r = parseArticle(article(['River town agrees bridge plan | Valley Post', ...menu, ...head]));
    expect(r.published).toBe('2026-03-05');
    expect(r.provenance.published?.rule).toBe('date-above-body');
  });

  it("takes a blog post's title under the day the blog prints over it", () => {
    const menu = Array.from({ length: 20 }, (_, k) => `Link ${k + 1}`);
    const r = parseArticle(
      article([
        'Harbour Notes: a weblog',
        'Harbour Notes: a weblog',
        ...menu,
        'Thursday, March 5, 2026',
        'Bridge vote put off again',
      ]),
    );
    expect(r.title).toBe('Bridge vote put off again');
    expect(r.published).toBe('2026-03-05');
  });

  it('takes the line right above the byline for the headline when the title is only a site name', () => {
    const menu = Array.from({ length: 40 }, (_, k) => `Section ${k + 1}`);
    const head = ['Mar 3, 9:20 AM EST', 'River town agrees bridge plan', 'By JANE DOE', 'Associated Press Writer'];
    const r = parseArticle(article(['Valley Post Online Edition: Breaking News', 'BREAKING NEWS', ...menu, ...head]));
    expect(r.title).toBe('River town agrees bridge plan');
  });

  it("reads the head's open numeric date in the page's own day order", () => {
    const page = (others: string[]): string =>
      [
        'River town agrees bridge plan | Valley Post',
        ...Array.from({ length: 40 }, (_, k) => `Section ${k + 1}`),
        'River town agrees bridge plan',
        'Published on 09/08/2026 by Jane Doe',
        para(1),
        para(2),
        para(3),
        ...others,
      ].join('\n\n');
    expect(parseArticle(page(['14/09/2025, 33 Comments', '26/02/2026, 30 Comments'])).published).toBe('2026-08-09');
    expect(parseArticle(page(['11/28/2025, 33 Comments'])).published).toBe('2026-09-08');
  });

  it("tells a writer's role, a media teaser and a doubled teaser from a headline", () => {
    for (const line of [
      'Transport editor, Valley Post website',
      'Post transport reporter',
      'Play Video Video: The old bridge from above',
      'Slideshow: The old bridge',
      'Council backs the bridge plan 01:12',
      'You are not logged in',
      'Leave a Reply Cancel reply',
      'Now just 99p per issue!',
      'Filed to: Harbour News',
      '17 hours ago 7:20 PM',
      'Jane Doe/Valley Press Agency',
      '(Former Mayor of the River Town)',
      'The Valley Post Tweet Share',
    ])
      expect(NOT_A_HEADLINE.some((p) => p.test(line))).toBe(true);
    expect(isDoubledLine('Old bridge reopens after repairs Old bridge reopens after repairs')).toBe(true);
    expect(isDoubledLine('Bridge after bridge after bridge')).toBe(false);
    expect(isDoubledLine('Bridge bridge')).toBe(false);
    for (const line of [
      'Video shows the old bridge falling into the river',
      'Valley Post names new transport editor',
      'Editor resigns over bridge story',
      'Readers subscribe to the town paper in record numbers',
      'Tags on the old bridge fade after 17 hours in the rain',
      'AC/DC Plays the River Town Tonight',
      'Mayor (and Ferry Captain) Backs the Bridge',
      'Readers Share Their Bridge Photos',
    ])
      expect(NOT_A_HEADLINE.some((p) => p.test(line))).toBe(false);
  });

  it("takes a wire story's agency from its byline, not from a photo's credit", () => {
    const page = (head: string[]): string =>
      [
        'River town agrees bridge plan - Valley Post',
        'Home',
        'News',
        'Sport',
        'River town agrees bridge plan',
        ...head,
        para(1),
        para(2),
        para(3),
        'Share this article',
        'Copyright 2026 Valley Post',
      ].join('\n\n');
    expect(parseArticle(page(['By The Associated Press', 'March 3, 2026'])).agency).toBe('AP');
    expect(parseArticle(page(['Agence France-Presse', 'Posted at 03/03/2026 1:44 AM'])).agency).toBe('AFP');
    // A credit under a caption, and a credit under a person's byline, are a photo's.
    const caption = 'Pictured: the old bridge at dawn, seen from the north bank of the river.';
    expect(parseArticle(page(['March 3, 2026', caption, 'AP'])).agency).toBeNull();
    expect(parseArticle(page(['By Jane Doe', 'March 3, 2026', 'AP'])).agency).toBeNull();
  });

  it("passes over the page's topic tags for the byline above them", () => {
    const page = (byline: string[]): string =>
      [
        'RIVER TOWN AGREES BRIDGE PLAN - Valley Post',
        'RIVER TOWN AGREES BRIDGE PLAN',
        ...byline,
        "TODAY'S TOPICS",
        'VALLEY POST',
        'MARY STONE',
        'TOM REED',
        para(1),
        para(2),
        para(3),
      ].join('\n\n');
    expect(parseArticle(page(['By ANA RUIZ'])).authors).toEqual(['ANA RUIZ']);
    expect(parseArticle(page([])).authors).toEqual([]);
    // A byline word keeps a name under such a heading a byline.
    const signed = page([]).replace('TOM REED', 'By TOM REED');
    expect(parseArticle(signed).authors).toEqual(['TOM REED']);
  });

  it('takes the byline under the headline, not a name-like kicker above it', () => {
    const text = [
      'River town agrees bridge plan, talks funding',
      'Menu',
      'River Festival',
      'River town agrees $9 million bridge plan, will start work by spring',
      'Published Tue, Mar 3 2026 9:00 AM EST Updated an hour ago',
      'Jane Doe @janedoe',
      para(1),
      para(2),
      para(3),
    ].join('\n\n');
    const r = parseArticle(text, { refDate: '2026-03-10' });
    expect(r.authors).toEqual(['Jane Doe']);
  });

  it('takes a labelled date line far above the body, past a gallery and teasers', () => {
    const teasers = Array.from({ length: 14 }, (_, k) => `Teaser headline number ${k + 1} about something else`);
    const text = [
      'River town agrees bridge plan - Valley Post',
      'Home',
      'News',
      'Updated 6:05 am EST, Tuesday, March 3, 2026',
      'Image 1 of 12',
      'A view of the old bridge in winter.',
      ...teasers,
      'River town agrees bridge plan',
      para(1),
      para(2),
      para(3),
    ].join('\n\n');
    const r = parseArticle(text, { refDate: '2026-03-10' });
    expect(r.published).toBe('2026-03-03');
    expect(['updated-above-body', 'labelled-date-above-body', 'labelled-date-line']).toContain(
      r.provenance.published?.rule,
    );
  });

  it('reads the headline above a standfirst, a date and a byline, whatever the title line says', () => {
    const text = [
      'Town news: bridge plan moves ahead | Valley Post',
      'Menu',
      'Council backs the bridge at last',
      '“We have waited long enough for this,” the mayor told a packed hall on Monday night.',
      'March 3, 2026 9:00 AM',
      'By Jane Doe',
      para(1),
      para(2),
    ].join('\n\n');
    const r = parseArticle(text, { refDate: '2026-03-10' });
    expect(r.title).toBe('Council backs the bridge at last');
    expect(r.authors).toEqual(['Jane Doe']);
  });

  it('takes a headline that opens with a quoted phrase, not a teaser above it; a quoted sentence is none', () => {
    const page = (headline: string): string =>
      [
        'Mayor backs bridge plan - Valley Post',
        'Menu',
        'Teaser: Ferry fares rise again',
        'Ferry fares rise again as winter nears',
        headline,
        'By Jane Doe',
        '1 hour ago',
        para(1),
        para(2),
      ].join('\n\n');
    expect(parseArticle(page("'Long overdue': Mayor backs the bridge plan")).title).toBe(
      "'Long overdue': Mayor backs the bridge plan",
    );
    expect(parseArticle(page('“It is long overdue,” the mayor said of the bridge plan')).title).not.toMatch(/overdue/);
  });

  it('cuts a trail of section names off the title line', () => {
    const r = parseArticle(`Standings | Racing | F1 | Rally | Karts\n\n${para(1)}\n\n${para(2)}\n`);
    expect(r.title).toBe('Standings');
  });
});

describe('the standfirst', () => {
  // Lines and the verdicts the passes before gave them: the browser title, the headline printed
  // again, the paragraphs the body search took, and a time stamp under them.
  const at = (texts: string[]): Line[] =>
    texts.map((text, k) => ({ text, start: k * 200, end: k * 200 + text.length, group: k }));
  const verdicts = (n: number, below: Verdict): Verdict[] => [
    { role: 'title', reason: 'first-headline-line' },
    { role: 'boilerplate', reason: 'title-repeat' },
    ...Array.from({ length: n }, (): Verdict => ({ role: 'body', reason: 'model-body' })),
    below,
  ];
  const stamp: Verdict = { role: 'boilerplate', reason: 'timestamp' };
  it('is a paragraph or two between the headline and the date under it', () => {
    const lines = at(['River plan - Valley Post', 'River plan', para(1), 'March 3, 2026 9:00 AM']);
    expect(findDek(lines, verdicts(1, stamp), 0)).toEqual([2]);
  });
  it('is never a whole post between its headline and a closing time stamp', () => {
    const lines = at([
      'River plan - Valley Post',
      'River plan',
      ...[1, 2, 3, 4, 5, 6].map(para),
      'March 3, 2026 9:00 AM',
    ]);
    expect(findDek(lines, verdicts(6, stamp), 0)).toEqual([]);
  });
});

describe('bylines', () => {
  it('end at contact details', () => {
    expect(authorsOf('By Jane Doe jane.doe@example.com (555) 123-4567')).toEqual(['Jane Doe']);
  });
  it('name each person once, whatever label runs into a repeat', () => {
    expect(authorsOf('Jane Doe, Biography Jane Doe')).toEqual(['Jane Doe']);
  });
  it('are no headline in capitals, though it opens with a given name', () => {
    expect(isPersonName('Grace Returns Into The Valley')).toBe(false);
    expect(isPersonName('The River Revolution')).toBe(false);
    for (const name of ['Edward Said', 'Will Smith', 'Harry S Truman', 'Ana de la Cruz'])
      expect(isPersonName(name)).toBe(true);
  });
  it('are not photo credits', () => {
    expect(authorsOf('Courtesy Acme')).toEqual([]);
  });
  it('end at the publication, the place, a relative time or a dash', () => {
    expect(authorsOf('By Tomas Pereira for Harbour News')).toEqual(['Tomas Pereira']);
    expect(authorsOf('TOMAS PEREIRA in Lisbon')).toEqual(['TOMAS PEREIRA']);
    // A byline in capitals writes its "and" in capitals too.
    expect(authorsOf('By TOMAS PEREIRA AND ANA RUIZ')).toEqual(['TOMAS PEREIRA', 'ANA RUIZ']);
    expect(authorsOf('By Tomas Pereira And Ana Ruiz')).toEqual(['Tomas Pereira', 'Ana Ruiz']);
    expect(authorsOf('Tomas Pereira 3h ago')).toEqual(['Tomas Pereira']);
    expect(authorsOf('Posted by Tomas Pereira on Tue, Mar 3, 2026 at 9:00 AM')).toEqual(['Tomas Pereira']);
    expect(authorsOf('By Tomas Pereira on Saturday, March 7th, 2026')).toEqual(['Tomas Pereira']);
    expect(authorsOf('By Tomas Pereira By Tomas Pereira March 3 Follow @tpereira')).toEqual(['Tomas Pereira']);
    expect(authorsOf('By: Tomas Pereira Filed Under: Harbour, Ferries')).toEqual(['Tomas Pereira']);
    expect(authorsOf('By Tomas Pereira HPN News')).toEqual(['Tomas Pereira']);
    expect(authorsOf('Tomas Pereira Education reporter, Valley News')).toEqual(['Tomas Pereira']);
    expect(authorsOf('TOMAS PEREIRA AP Sports Writer')).toEqual(['TOMAS PEREIRA']);
    expect(authorsOf('Tomas Pereira -')).toEqual(['Tomas Pereira']);
  });
  it('drop a role before the name and an agency after it, and a repeat in other capitals', () => {
    expect(authorsOf('Lisbon correspondent Ana Ruiz')).toEqual(['Ana Ruiz']);
    expect(authorsOf('ANA RUIZ AP Sports Writer')).toEqual(['ANA RUIZ']);
    expect(authorsOf('ANA RUIZ, AP Writer Ana Ruiz')).toEqual(['ANA RUIZ']);
  });
  // What a reader takes from a byline: the people, not their jobs, employers, desks, labels or stamps.
  it.each([
    // A writer's job and the employer after it go, up to the next co-author.
    ['Posted by Jane Doe, Software Engineer, Valley Maps', ['Jane Doe']],
    ['Posted by Jane Doe, Product Manager and Ana Ruiz, Marketing Director', ['Jane Doe', 'Ana Ruiz']],
    ['By Jane Doe, Ana Ruiz and Ben Okafor', ['Jane Doe', 'Ana Ruiz', 'Ben Okafor']],
    ['Posted by Jane Doe.', ['Jane Doe']],
    ['Jane Doe BBC Sport', ['Jane Doe']],
    // A surname that is a word too, after a middle initial; an initial alone stays.
    ['By JOHN F. BURNS', ['JOHN F. BURNS']],
    ['By Liana B. Baker', ['Liana B. Baker']],
    ['By Megan K.', ['Megan K.']],
    // A label ends the names; a given name that is a word too opens one.
    ['Written by Jane Doe Topics: Bridges, Harbours', ['Jane Doe']],
    ['Posted by Max Fisher on October 29, 2026 at 6:48 pm', ['Max Fisher']],
    ['By Grace Fisher and Drew Baker', ['Grace Fisher', 'Drew Baker']],
    // The stamp ends them; the publication after the name goes.
    ['Jane Doe , Victoria Advertiser Published 7:36 p.m. CT April 7, 2026', ['Jane Doe']],
    ['Ana Ruiz Published 09 November 2026 16:02', ['Ana Ruiz']],
    ['By Jane Doe and Ana Ruiz, Victoria Times', ['Jane Doe', 'Ana Ruiz']],
  ])('read %s', (byline, names) => {
    expect(authorsOf(byline)).toEqual(names);
  });
  it('take a given name that is a word too, before a surname that is not', () => {
    expect(authorsOf('By Bill Okafor')).toEqual(['Bill Okafor']);
    expect(authorsOf('By April Nakamura')).toEqual(['April Nakamura']);
    expect(authorsOf('Rose Garden')).toEqual([]);
  });
});

describe('a standfirst above the byline', () => {
  it('is set apart when a longer article follows the byline', () => {
    const p = page([
      ['The plan was agreed after a long night of talks.', 'body'],
      ['By Jane Doe', 'boilerplate'],
      [para(1), 'body'],
      [para(2), 'body'],
    ]);
    expect(firstAfterStandfirst(p, 0)).toBe(2);
  });
  it('is the article when what follows the credit is shorter: a comment count', () => {
    const p = page([
      [`${para(1)} ${para(2)}`, 'body'],
      ['Jane Doe, Harbour Photo Agency', 'caption'],
      ['Comments (9) Add A Comment', 'body'],
    ]);
    expect(firstAfterStandfirst(p, 0)).toBe(0);
  });
});

describe("a photo's credit", () => {
  it('makes the sentence beside it a caption, however long', () => {
    const caption =
      'Workers lift the first steel section of the new bridge into place over the river on a cold and windy ' +
      'morning while residents of the town watch from the old harbour wall.';
    const p = newPage(['By Jane Doe', 'Jane Roe/Harbour Photo Agency', caption, para(1)].join('\n'), {});
    linesPass(p);
    setVerdict(p, 1, 'caption', 'caption');
    setVerdict(p, 2, 'boilerplate', 'model-boilerplate');
    expect(besideCredit(p, 2)).toBe(true);
    expect(besideCredit(p, 3)).toBe(false);
    expect(besideCredit(p, 0)).toBe(true);
    // A caption in sentences beside it is no credit.
    setVerdict(p, 1, 'boilerplate', 'model-boilerplate');
    setVerdict(p, 3, 'caption', 'caption');
    expect(besideCredit(p, 2)).toBe(false);
  });
});

describe('a head printed twice', () => {
  const shareBox: Array<[string, 'body' | 'boilerplate' | 'title-repeat']> = [
    ['River town agrees bridge plan', 'title-repeat'],
    ['Talks ran late into the night before the vote.', 'body'],
    ['Post to Facebook', 'boilerplate'],
    ['Join the Conversation', 'boilerplate'],
    ['River town agrees bridge plan', 'title-repeat'],
  ];
  it('is read over the article, below the share box that copied it', () => {
    const p = page([
      ...shareBox,
      ['Jane Doe, Valley Post Published 7:36 p.m. CT April 7, 2026', 'boilerplate'],
      ['12 Shares', 'boilerplate'],
      [para(1), 'body'],
      [para(2), 'body'],
    ]);
    expect(firstUnderRepeatedHead(p, 1)).toBe(7);
  });
  it('is not when no byline or date stands under the headline printed again (a teaser list)', () => {
    const p = page([...shareBox, ['Most read', 'boilerplate'], [para(1), 'body'], [para(2), 'body']]);
    expect(firstUnderRepeatedHead(p, 1)).toBe(1);
  });
  it('is not when most of the article stands above it', () => {
    const p = page([
      ['River town agrees bridge plan', 'title-repeat'],
      [para(1), 'body'],
      [para(2), 'body'],
      ['River town agrees bridge plan', 'title-repeat'],
      ['April 7, 2026', 'boilerplate'],
      ['Comments (9)', 'body'],
    ]);
    expect(firstUnderRepeatedHead(p, 1)).toBe(1);
  });
});

describe('the summary', () => {
  const story = [
    'Harbour wall will be rebuilt after storms',
    'Home',
    'News',
    'Sport',
    'Weather',
    'Your daily paper for the valley, online every day.',
    'By Jane Doe',
    'March 3, 2026',
    'The harbour wall damaged in the winter storms will be rebuilt by the council this spring, the mayor said on Monday.',
    'Engineers said the old wall had been built in 1890 and had never been strengthened since that time.',
    'Work will start in April and is expected to last about six months, with the harbour open throughout.',
  ].join('\n\n');
  it("is no site tagline: a standfirst shares a word with the article's title or first paragraphs", () => {
    const r = parseArticle(story);
    expect(r.summary).toMatch(/^The harbour wall damaged/);
    // Its provenance points at the paragraph it was taken from.
    const from = r.provenance.summary!;
    expect(story.slice(from.start, from.end)).toBe(r.summary);
    const dek = story.replace(
      'Your daily paper for the valley, online every day.',
      'The storms of January broke the harbour wall in three places.',
    );
    expect(parseArticle(dek).summary).toBe('The storms of January broke the harbour wall in three places.');
  });
  it('is no byline the body kept', () => {
    const text = [
      'Harbour wall will be rebuilt after storms',
      'By Jane Doe, Ana Ruiz on Monday, March 2nd, 2026 at 11:08 a.m.',
      ...story.split('\n\n').slice(8),
    ].join('\n\n');
    expect(parseArticle(text).summary).toMatch(/^The harbour wall damaged/);
  });
});

describe("a dateline's place printed over its date", () => {
  const wire = (place: string): string =>
    [
      'Mill owner ends plan to buy a rival plant.',
      place,
      '2025-04-11',
      'Harbor Mills Corp said Friday it had ended talks to buy a rival textile plant, citing the cost of new equipment.',
      'The company said it would spend the money on its own looms instead, and hire forty more workers by the autumn.',
    ].join('\n');
  it('is the dateline, and its place is named', () => {
    const r = parseArticle(wire('GREENVILLE, N.C.'));
    expect(r.removed).toEqual([]);
    expect(r.mentions.filter((m) => m.type === 'PLACE').map((m) => m.text)).toContain('GREENVILLE');
  });
  it('is a place in capitals, not any short line', () => {
    expect(parseArticle(wire('Business news in brief')).removed.map((x) => x.text)).toEqual(['Business news in brief']);
  });
});

describe("a masthead's date", () => {
  const story = (top: string[]): string =>
    [
      'Harbour wall to be finished before winter - Coast News',
      ...top,
      'Harbour wall to be finished before winter',
      'By Jane Doe',
      ...[0, 1, 2].map(para),
    ].join('\n\n');
  const nav = ['The paper of the southern coast', 'Home', 'Home'];
  it("printed over the menu, above the headline, is not the article's", () => {
    const r = parseArticle(story(['Wednesday, March 5 2025 NEWS /Local', ...nav]));
    expect(r.published).toBeNull();
    expect(r.title).toBe('Harbour wall to be finished before winter');
  });
  it('a date under the menu, right over the headline, is', () => {
    expect(parseArticle(story([...nav, 'March 5, 2025'])).published).toBe('2025-03-05');
  });
});
