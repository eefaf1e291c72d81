import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { wireCredit } from '../../src/attribution/credits.js';
import { copyrightHolder } from '../../src/attribution/publisher.js';
import { headlineOfTitleLine, isSiteName, partPrintedNear } from '../../src/layout/title.js';
import { dayOfLine } from '../../src/layout/datelines.js';
import { authorsOf as splitAuthors } from '../../src/layout/person-name.js';

const para = (s: string) =>
  `${s} The statement was issued after a meeting of senior officials in the capital on the same day.`;

describe('authors, agency and dateline', () => {
  it('splits co-authors and removes "By" only as a word', () => {
    expect(splitAuthors('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitAuthors('By Byrne Hobart')).toEqual(['Byrne Hobart']);
    expect(splitAuthors('Ann Poe, Tom Lee & Kim Park')).toEqual(['Ann Poe', 'Tom Lee', 'Kim Park']);
    expect(splitAuthors('Email the author')).toEqual([]);
    // A bare letter ends a label, not a name; an initial keeps its point.
    expect(splitAuthors('Group B')).toEqual([]);
    expect(splitAuthors('By Megan K.')).toEqual(['Megan K.']);
    // Contact links after the name are no part of it.
    expect(splitAuthors('By Ann Poe Email Author')).toEqual(['Ann Poe']);
    expect(splitAuthors('Tom Lee Contact')).toEqual(['Tom Lee']);
  });
  it('reads agency and place from a wire opening, never into the byline', () => {
    expect(wireCredit('NAIROBI, Kenya (AP) _ Kenya signed a deal.')).toEqual({
      agency: 'AP',
      place: 'NAIROBI, Kenya',
      length: 21,
    });
    expect(wireCredit('WASHINGTON (Reuters) - The Senate voted.')).toEqual({
      agency: 'Reuters',
      place: 'WASHINGTON',
      length: 22,
    });
    expect(wireCredit('The Senate voted on Tuesday.')).toEqual({ agency: null, place: null, length: 0 });
    const r = parseArticle(
      `Senate Passes Budget\n\nBy Ann Poe and Tom Lee\n\nWASHINGTON (Reuters) - ${para('The Senate passed the budget on Tuesday.')}\n\n${para('Democrats said they would keep pressing for more.')}\n`,
    );
    expect(r).toMatchObject({ authors: ['Ann Poe', 'Tom Lee'], agency: 'Reuters', dateline: { place: 'WASHINGTON' } });
    expect(r.byline).toBe('Ann Poe and Tom Lee');
    expect(r.provenance.dateline).toMatchObject({ rule: 'wire-opening', confidence: 0.9 });
  });
});

describe('bylines above the first paragraph', () => {
  const page = (line: string): string =>
    'Harbour Wall Will Be Rebuilt After Winter Storms | Daily Courier\n\nHome\nNews\nSport\nWeather\n\n' +
    `Harbour Wall Will Be Rebuilt After Winter Storms\n\n${line}\n\n${para('The council approved the plan on Monday.')}` +
    `\n\n${para('Work starts next month.')}\n\nShare this article\n\n© 2021 Daily Courier\n`;
  it('takes a name there when something marks it a byline: a known name, a handle, a date', () => {
    expect(parseArticle(page('Anna Berg')).authors).toEqual(['Anna Berg']);
    expect(parseArticle(page('Tavi Okonjo @tavio')).authors).toEqual(['Tavi Okonjo']);
    expect(parseArticle(page('Tavi Okonjo - Mar 28, 2017 12:30 am')).authors).toEqual(['Tavi Okonjo']);
  });
  it('keeps the publication a byline names out of its authors', () => {
    expect(parseArticle(page('By Jane Doe, Los Angeles Times')).authors).toEqual(['Jane Doe']);
  });
  it('leaves a heading, a menu item or a product that only looks like a name', () => {
    expect(parseArticle(page('Sexual Revolution')).authors).toEqual([]);
    expect(parseArticle(page('Facebook Messenger')).authors).toEqual([]);
  });
});

describe('provenance and warnings', () => {
  it('"Theresa May said on Tuesday" is a person and a weekday, not a month', () => {
    const r = parseArticle(`Brexit Talks Resume\n\n${para('Theresa May said on Tuesday that talks would resume.')}\n`, {
      fallbackRefDate: '2019-03-15',
    });
    expect(r.mentions).toContainEqual(expect.objectContaining({ type: 'PERSON', text: 'Theresa May' }));
    expect(r.mentions.filter((m) => m.type === 'DATE').map((m) => [m.text, m.value])).toEqual([
      ['Tuesday', '2019-03-12'],
    ]);
  });
  it('keeps the rest of an article after a "Read more" line, and warns', () => {
    const r = parseArticle(
      `Storm Hits Coast\n\n${para('A storm hit the coast on Monday.')}\n\nRead more\n\n${para('Thousands of homes lost power overnight.')}\n\n${para('Crews worked through the night to restore it.')}\n`,
    );
    expect(r.body).toContain('Crews worked through the night');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.removed.map((x) => x.text)).toContain('Read more');
    expect(r.warnings).toContain("body may be cut: 'Read more' inside the article");
  });
  it('gives the published date with the other date it beat', () => {
    const text = `Rates Rise Again\n\nPublished March 3, 2024\nMarch 1, 2024 - Earlier coverage\n\n${para('The central bank raised rates on Monday.')}\n\n${para('Markets had expected the move.')}\n`;
    const r = parseArticle(text);
    expect(r.published).toBe('2024-03-03');
    expect(r.provenance.published).toMatchObject({ rule: 'labelled-date-line', confidence: 0.95 });
    expect(r.provenance.published.alternatives.map((a) => a.text)).toEqual(['March 1, 2024 - Earlier coverage']);
    expect(text.slice(r.provenance.published.start, r.provenance.published.end)).toBe('Published March 3, 2024');
  });
  it('never cuts a headline at its own colon', () => {
    const r = parseArticle(
      `Superbugs: The Next Pandemic Is Already Here\n\n${para('Drug-resistant infections killed more people last year.')}\n`,
    );
    expect(r.title).toBe('Superbugs: The Next Pandemic Is Already Here');
  });
  it('splits a site name off only when the page names the site elsewhere', () => {
    const body = `\n\n${para('The council approved the plan.')}\n\n${para('Work starts next month.')}\n`;
    expect(parseArticle(`City Council Approves New Plan | Daily Courier${body}\n© 2025 Daily Courier`)).toMatchObject({
      title: 'City Council Approves New Plan',
      publisher: 'Daily Courier',
    });
    expect(parseArticle(`City Council Approves New Plan | Daily Courier${body}`)).toMatchObject({
      title: 'City Council Approves New Plan | Daily Courier',
      publisher: null,
    });
  });
  it('leaves a field empty with a reason when its rule is not sure enough', () => {
    const text = `Council Approves Plan\n\n${para('The council approved the plan.')}\n`;
    expect(parseArticle(text).title).toBe('Council Approves Plan');
    const strict = parseArticle(text, { minConfidence: 0.8 });
    expect(strict.title).toBeNull();
    expect(strict.warnings).toContain('title left empty: first-headline-line is only 0.7 sure (--min-confidence 0.8)');
    expect(strict.warnings).toContain('no publication date stated');
  });
  it('rates a list of links as low quality and an article as high', () => {
    expect(parseArticle('https://a.example/1\nhttps://a.example/2\nhttps://a.example/3\n').quality.label).toBe('low');
    const long = Array.from({ length: 5 }, (_, i) =>
      para(`Paragraph ${i} of the report says the economy grew faster than expected this quarter.`),
    ).join('\n\n');
    expect(parseArticle(`Economy Grows\n\n${long}\n`).quality.label).toBe('high');
  });
});

describe('published and updated dates', () => {
  it('reads a two-digit year in the century that does not put the day in the future', () => {
    expect(dayOfLine('11/13/91 10:04 PM', null)?.value).toBe('1991-11-13');
    expect(dayOfLine('11/19/19 06:56 AM EST', '2019-11-20')?.value).toBe('2019-11-19');
  });
  const body = `\n\n${para('The central bank raised rates on Monday.')}\n\n${para('Markets had expected the move.')}\n`;
  it('keeps published and updated apart, with precision and the UTC offset of a named zone', () => {
    const r = parseArticle(
      `Rates Rise Again\n\nPublished March 3, 2024 10:42 GMT\nUpdated March 4, 2024 at 9:05 pm ET${body}`,
    );
    expect(r.published).toBe('2024-03-03');
    expect(r.updated).toBe('2024-03-04');
    expect(r.timestamps).toEqual({
      published: { value: '2024-03-03T10:42', precision: 'minute', utcOffset: '+00:00', ambiguous: false },
      updated: { value: '2024-03-04T21:05', precision: 'minute', utcOffset: '-05:00', ambiguous: false },
    });
  });
  it('marks a day-month order the page leaves open, and lets another date of the page settle it', () => {
    expect(parseArticle(`Rates Rise Again\n\n03/04/2024${body}`).timestamps.published).toEqual({
      value: '2024-03-04',
      precision: 'day',
      utcOffset: null,
      ambiguous: true,
    });
    const settled = parseArticle(`Rates Rise Again\n\n03/04/2024${body}\nArchive: 25/12/2023`);
    expect(settled.timestamps.published).toEqual({
      value: '2024-04-03',
      precision: 'day',
      utcOffset: null,
      ambiguous: false,
    });
  });
  it("resolves relative dates against the page's own latest date when the article gives none", () => {
    // No published date; the teasers under the article are the page's latest full dates.
    const story = ['The central bank raised rates yesterday.', ...Array<string>(11).fill('Markets had expected it.')]
      .map(para)
      .join('\n\n');
    const teasers =
      'More stories\nBanks hold rates steady (July 8, 2019)\nOil climbs on supply fears (July 9, 2019)\nHome\nMarkets';
    const r = parseArticle(`Rates Rise Again\n\n${story}\n\n${teasers}\n`, { today: '2026-11-28' });
    expect(r.published).toBeNull();
    expect(r.refDate).toEqual({ value: '2019-07-09', source: 'page' });
    expect(r.mentions.find((m) => m.text === 'yesterday')?.value).toBe('2019-07-08');
    // What the user says (--ref-date, the day of the crawl) beats a guess from the page's furniture.
    const told = parseArticle(`Rates Rise Again\n\n${story}\n\n${teasers}\n`, {
      today: '2026-11-28',
      fallbackRefDate: '2019-07-20',
    });
    expect(told.refDate).toEqual({ value: '2019-07-20', source: 'option' });
  });
  it('passes over a date after the reference date', () => {
    const r = parseArticle(`Rates Rise Again\n\nNext event: May 9, 2024\nPosted May 2, 2024${body}`, {
      refDate: '2024-05-03',
    });
    expect(r.published).toBe('2024-05-02');
  });
});

describe('titles of wire copy', () => {
  it('takes a first-line headline that ends with a full stop', () => {
    expect(
      parseArticle(
        'Lebanon sentences pro-Israeli warlord to death.\nHaitham Haddadin\nBEIRUT 1996-12-06\nA ' +
          'Lebanese military court sentenced a warlord to death on Friday, judicial sources said.\n',
      ).title,
    ).toBe('Lebanon sentences pro-Israeli warlord to death.');
  });
  it('never takes a dateline or a quote for a headline', () => {
    const r = parseArticle(
      'NAIROBI, Kenya (AP) _\n\nU.S. Surgeon General David Satcher on Wednesday led a team of medical ' +
        "specialists to Africa to help victims.\n\n``We want to help,'' he said.\n",
    );
    expect(r.title).toBeNull();
    expect(
      parseArticle(
        'WASHINGTON, March 12 (Xinhua) --\n\nPoland, Hungary and the Czech Republic formally joined NATO on Friday at a ceremony.\n',
      ).title,
    ).toBeNull();
  });
});

describe('site names after a colon', () => {
  const body = `\n\n${para('The council approved the plan.')}\n\n${para('Work starts next month.')}\n`;
  it('splits "Site: Title" only when the page prints the site name on its own', () => {
    expect(parseArticle(`Daily Courier: City Council Approves New Plan${body}\nDaily Courier\n`)).toMatchObject({
      title: 'City Council Approves New Plan',
      publisher: 'Daily Courier',
    });
    expect(
      parseArticle(
        `Superbugs: The Next Pandemic Is Already Here\n\n${para('Superbugs killed more people last year.')}\n`,
      ),
    ).toMatchObject({ title: 'Superbugs: The Next Pandemic Is Already Here', publisher: null });
  });
  it('keeps the part after the colon when the page prints it in its own headline too', () => {
    // "… : Mayor" is who said it; "Mayor" alone on a line is a menu item, not a site's name.
    const page =
      'Harbour Wall Will Be Rebuilt: Mayor | Daily Courier\n\nHome\nMayor\nCouncil\nSport\n\n' +
      `Harbour Wall Will Be Rebuilt: Mayor${body}`;
    const r = parseArticle(page);
    expect(r.title).toBe('Harbour Wall Will Be Rebuilt: Mayor');
    expect(r.publisher).not.toBe('Mayor');
  });
});

describe('site names on the title line', () => {
  it('takes no date, section, error page, sentence or the headline itself for the site', () => {
    expect(isSiteName('Daily Courier', 'Harbour Wall Will Be Rebuilt')).toBe(true);
    expect(isSiteName('Nov 6, 2012', 'Harbour Wall Will Be Rebuilt')).toBe(false);
    expect(isSiteName('News', 'Harbour Wall Will Be Rebuilt')).toBe(false);
    expect(isSiteName('Page not found', 'Harbour Wall Will Be Rebuilt')).toBe(false);
    expect(isSiteName('It is hot, but that does not stop the knitting', 'Knitting Diary')).toBe(false);
    expect(isSiteName('Harbour Wall Will Be Rebuilt', 'Harbour Wall Will Be Rebuilt')).toBe(false);
  });
  it('leaves a section out of the site name that follows the headline', () => {
    const page = (line: string) =>
      `${line}\n\nHome\nSport\n\nHarbour Wall Will Be Rebuilt\n\n${para('The council approved the plan.')}\n\n${para('Work starts next month.')}\n`;
    expect(parseArticle(page('Harbour Wall Will Be Rebuilt - Daily Courier - News')).publisher).toBe('Daily Courier');
    expect(parseArticle(page('Harbour Wall Will Be Rebuilt - Sport')).publisher).toBeNull();
  });
});

describe('the headline in a title line', () => {
  it('leaves out a web address, a date, a section and the publisher on either side', () => {
    const line = 'CourierNews.com - Harbour wall will be rebuilt - Aug 29, 2025';
    expect(headlineOfTitleLine(line, null)).toBe('Harbour wall will be rebuilt');
    expect(headlineOfTitleLine('Harbour wall will be rebuilt - Sport', null)).toBe('Harbour wall will be rebuilt');
    expect(headlineOfTitleLine('Daily Courier | Harbour wall will be rebuilt', 'Daily Courier')).toBe(
      'Harbour wall will be rebuilt',
    );
  });
  it('keeps the line whole when two parts could be the headline, or what is left is short', () => {
    expect(headlineOfTitleLine('Go vote! - Harbour Marketing Blog', null)).toBe('Go vote! - Harbour Marketing Blog');
    expect(headlineOfTitleLine('Obama - Biden ticket set', null)).toBe('Obama - Biden ticket set');
    expect(headlineOfTitleLine('Go vote! - Aug 29, 2025', null)).toBe('Go vote! - Aug 29, 2025');
  });
  it('takes the longest part the page prints alone above the article, never a date', () => {
    const line = 'Valley News - Harbour wall will be rebuilt';
    expect(partPrintedNear(line, ['Home', 'Harbour wall will be rebuilt', 'By Jane Doe'])).toBe(
      'Harbour wall will be rebuilt',
    );
    // The site's name printed alone in the head too ("VALLEY NEWS" under the headline).
    expect(partPrintedNear(line, ['Harbour wall will be rebuilt', 'VALLEY NEWS'])).toBe('Harbour wall will be rebuilt');
    expect(partPrintedNear('Valley News - Harbour Board', ['Valley News', 'Harbour Board'])).toBeNull();
    expect(partPrintedNear(line, ['Home', 'Sport'])).toBeNull();
    expect(partPrintedNear('Evening Report: Harbour Board -- May 2, 2001', ['May 2, 2001'])).toBeNull();
    // A spaced colon, a double hyphen and a full-width colon separate parts too.
    expect(
      partPrintedNear('Harbour wall will be rebuilt : Coast : Valley News', ['Harbour wall will be rebuilt']),
    ).toBe('Harbour wall will be rebuilt');
    expect(partPrintedNear('Harbour wall will be rebuilt：Valley News', ['Harbour wall will be rebuilt'])).toBe(
      'Harbour wall will be rebuilt',
    );
    // Compared by its words, returned as the page prints it, perhaps under a kicker.
    expect(partPrintedNear('Target Harbour - Can the Board Stop the Wall?', ['Target: Harbour'])).toBe(
      'Target: Harbour',
    );
    expect(partPrintedNear(line, ['Town news: Harbour wall will be rebuilt'])).toBe(
      'Town news: Harbour wall will be rebuilt',
    );
    // Not a breadcrumb holding another part, nor the title line printed again.
    expect(
      partPrintedNear('Coast : Harbour wall will be rebuilt', ['Home Coast : Harbour wall will be rebuilt']),
    ).toBeNull();
    expect(
      partPrintedNear('No. 12 - Harbour wall will be rebuilt', ['No. 12 - Harbour wall will be rebuilt']),
    ).toBeNull();
  });
  it('reads a page whose title line is all it shows of the headline', () => {
    const page = `CourierNews.com - Harbour wall will be rebuilt - Aug 29, 2025\n\nHome\nSport\n\n${para('The council approved the plan.')}\n\n${para('Work starts next month.')}\n`;
    expect(parseArticle(page).title).toBe('Harbour wall will be rebuilt');
  });
});

describe('copyright holders', () => {
  it('takes the name between the mark and "All rights reserved", never a footer link after it', () => {
    expect(copyrightHolder('© 2019 Harbour Press. All rights reserved. | Terms | Privacy')).toBe('Harbour Press');
    expect(copyrightHolder('© All rights reserved | Terms')).toBeNull();
    expect(copyrightHolder('All rights reserved. © 2021 Coastal Courier Ltd')).toBe('Coastal Courier');
    expect(copyrightHolder('Terms of use and privacy')).toBeNull();
  });
  it('leaves out the makers of the website and the small print', () => {
    expect(copyrightHolder('Copyright © 2020 - Designed by Harbour Web Studio - Powered by Pressly')).toBeNull();
    expect(copyrightHolder('© Coastal Courier 2003 - 2021 powered by Pressly Network')).toBe('Coastal Courier');
    expect(copyrightHolder('© 2021 The Coastal Courier unless otherwise noted. All rights reserved.')).toBe(
      'The Coastal Courier',
    );
  });
  it('reads a year in Roman numerals as a year, and drops the punctuation around the name', () => {
    expect(copyrightHolder('© MMXIX Harbour Press')).toBe('Harbour Press');
    expect(copyrightHolder('Copyright © 2013, Coastal Media LLC')).toBe('Coastal Media');
    expect(copyrightHolder('© 2021 Angela M')).toBe('Angela M');
  });
  it("takes the holder for the publisher only when the page names it elsewhere too: else it is the site's owner", () => {
    const story = `Harbour Wall Will Be Rebuilt\n\n${para('The council approved the plan.')}\n\n${para('Work starts next month.')}\n`;
    expect(parseArticle(`${story}\nMore from Daily Courier\n© 2021 Daily Courier\n`).publisher).toBe('Daily Courier');
    expect(parseArticle(`${story}\nSubscribe\n© 2021 Courier Holdings, Inc.\n`).publisher).toBeNull();
  });
});
