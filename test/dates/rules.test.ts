import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/find.js';

// One sentence of our own per rule, with the reference date 1998-08-07 (a Friday).
const REF = '1998-08-07';
const one = (text: string, ref = REF) =>
  findDates(text, ref).map(({ text: t, type, value }) => ({ text: t, type, value }));

describe('date rules', () => {
  it.each([
    ['month-day-year', 'The talks began on Jan. 19, 1997.', 'Jan. 19, 1997', 'DATE', '1997-01-19'],
    ['month-day inferred, past', 'Officials said the bombing on Aug. 2 killed ten.', 'Aug. 2', 'DATE', '1998-08-02'],
    ['month-day inferred, future', 'The company will redeem the shares on Dec. 15.', 'Dec. 15', 'DATE', '1998-12-15'],
    ['month-day, no verb: nearest', 'A dividend, payable Sept. 30 to holders.', 'Sept. 30', 'DATE', '1998-09-30'],
    [
      'weekday fixes the year',
      'He wrote on Monday, Oct. 26, that it was over.',
      'Monday, Oct. 26',
      'DATE',
      '1998-10-26',
    ],
    ['day-month-year', 'It was published on 3 March 2024.', '3 March 2024', 'DATE', '2024-03-03'],
    ['iso date', 'Filed 2024-03-05 by the clerk.', '2024-03-05', 'DATE', '2024-03-05'],
    ['month-year', 'Prices fell in November 1997.', 'November 1997', 'DATE', '1997-11'],
    ['bare month', 'Sales rose in March.', 'March', 'DATE', '1998-03'],
    ['last month name', 'The treaty was signed last May.', 'last May', 'DATE', '1998-05'],
    ['weekday past', 'The minister resigned on Tuesday.', 'Tuesday', 'DATE', '1998-08-04'],
    ['weekday future', 'The council will vote on Tuesday.', 'Tuesday', 'DATE', '1998-08-11'],
    ['relative day', 'Markets fell yesterday.', 'yesterday', 'DATE', '1998-08-06'],
    ['part of day', 'He arrived this morning.', 'this morning', 'TIME', '1998-08-07TMO'],
    [
      'part of day after the day',
      'Shares fell at mid-afternoon yesterday.',
      'mid-afternoon yesterday',
      'TIME',
      '1998-08-06TAF',
    ],
    ['last week', 'The vote was last week.', 'last week', 'DATE', '1998-W31'],
    ['this month', 'Rents rose this month.', 'this month', 'DATE', '1998-08'],
    ['next year', 'Elections are due next year.', 'next year', 'DATE', '1999'],
    ['season', 'It opened last summer.', 'last summer', 'DATE', '1997-SU'],
    ['weekend', 'Talks continued over the weekend.', 'over the weekend', 'DATE', '1998-W31-WE'],
    ['ordinal quarter', 'Profit rose in the second quarter.', 'the second quarter', 'DATE', '1998-Q2'],
    ['later quarter is last year', 'Profit rose in the fourth quarter.', 'the fourth quarter', 'DATE', '1997-Q4'],
    ['half', 'Sales grew in the first half of 1997.', 'the first half of 1997', 'DATE', '1997-H1'],
    [
      'two quarters',
      'Sales grew in the first two quarters of 1997.',
      'the first two quarters of 1997',
      'DATE',
      '1997-H1',
    ],
    ['year', 'The plant opened in 1995.', '1995', 'DATE', '1995'],
    ['earlier year after a word of time', 'The colony won its freedom in 1825.', '1825', 'DATE', '1825'],
    ['fiscal year', 'Earnings for fiscal 1997 were flat.', 'fiscal 1997', 'DATE', '1997'],
    ['decade', 'Growth was slow in the 1980s.', 'the 1980s', 'DATE', '198'],
    ['spelled year', 'In nineteen ninety-six a bomb went off.', 'nineteen ninety-six', 'DATE', '1996'],
    ['ago', 'He left two years ago.', 'two years ago', 'DATE', '1996'],
    ['ago months', 'They met three months ago.', 'three months ago', 'DATE', '1998-05'],
    ['present', 'Prices are now higher.', 'now', 'DATE', 'PRESENT_REF'],
    ['the present of a past moment', 'Holders bought at the then-current price.', 'then-current', 'DATE', 'PAST_REF'],
    ['past ref', 'Such attacks were rare in the past.', 'in the past', 'DATE', 'PAST_REF'],
    ['holiday', 'He was found on Thanksgiving Day last year.', 'Thanksgiving Day', 'DATE', '1997-11-27'],
    [
      'clock time with day',
      'The store was robbed at 10 p.m. Wednesday.',
      '10 p.m. Wednesday',
      'TIME',
      '1998-08-05T22:00',
    ],
    ['duration', 'The strike lasted three weeks.', 'three weeks', 'DURATION', 'P3W'],
    ['a year ended on a day', 'For the year ended Sept. 30, the mill earned more.', 'the year', 'DURATION', 'P1Y'],
    ['duration hours', 'a five-hour meeting', 'a five-hour', 'DURATION', 'PT5H'],
    ['duration, more of it', 'The talks need two more weeks.', 'two more weeks', 'DURATION', 'P2W'],
    ['set', 'The board meets every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1'],
    ['set adverb', 'Prices are updated daily.', 'daily', 'SET', 'P1D'],
    ['year end', 'Sales should recover by year-end.', 'year-end', 'DATE', '1998'],
    ['the season', 'Orders fell during the early summer.', 'the early summer', 'DATE', '1998-SU'],
    ['year and quarter', 'It took a charge in the 1997 second quarter.', 'the 1997 second quarter', 'DATE', '1997-Q2'],
    [
      'year-ago ordinal quarter',
      'The mill lost money in the year-ago second quarter.',
      'the year-ago second quarter',
      'DATE',
      '1997-Q2',
    ],
    [
      'the quarter a year ago',
      'For the quarter a year ago, the mill lost money.',
      'the quarter a year ago',
      'DATE',
      '1997-Q2',
    ],
    ['spelled decade', 'Hate groups grew through the nineties.', 'the nineties', 'DATE', '199'],
  ])('%s', (_name, sentence, text, type, value) => {
    expect(one(sentence)).toContainEqual({ text, type, value });
  });

  it('reads a year before 1900 only after a word of time', () => {
    expect(one('The farm kept 1500 sheep and 1200 goats.')).toEqual([]);
    expect(one('The bridge has stood since 1874.')).toEqual([{ text: '1874', type: 'DATE', value: '1874' }]);
  });

  it('reads "a year ago" as the same quarter in an earnings story', () => {
    expect(one('Third-quarter profit rose to $5 million from $3 million a year ago.', '1989-10-25')).toEqual([
      { text: 'Third-quarter', type: 'DATE', value: '1989-Q3' },
      { text: 'a year ago', type: 'DATE', value: '1988-Q3' },
    ]);
  });

  it('does not take the year-ago quarter for the quarter the story reports', () => {
    expect(
      one('The mill lost money in the year-ago third quarter. Profit for the quarter rose.', '1989-10-25'),
    ).toEqual([
      { text: 'the year-ago third quarter', type: 'DATE', value: '1988-Q3' },
      { text: 'the quarter', type: 'DATE', value: '1989-Q3' },
    ]);
  });

  it('reads the quarters of an earnings story as the quarter it names, once that quarter is over', () => {
    const text =
      'Harbour Mills earned $3 million in its fiscal first quarter, up from $2 million a year earlier. ' +
      'It had expected to break even for the quarter. It sees a fourth-quarter charge.';
    expect(one(text, '1989-10-26')).toEqual([
      { text: 'first quarter', type: 'DATE', value: '1989-Q1' },
      { text: 'a year earlier', type: 'DATE', value: '1988-Q1' },
      { text: 'the quarter', type: 'DATE', value: '1989-Q1' },
      { text: 'fourth-quarter', type: 'DATE', value: '1989-Q4' },
    ]);
    // An outlook for a quarter not yet over is no report of it.
    expect(one('It sees a fourth-quarter charge. Profit rose from a year ago.', '1989-10-26')).toContainEqual({
      text: 'a year ago',
      type: 'DATE',
      value: '1988-Q3',
    });
  });

  it('finds nothing in words that only look like dates', () => {
    expect(one('Ms. May said she may march in the parade. Jan Kavan spoke. China Daily Brief.')).toEqual([]);
    expect(one('The company sold 1998 shares for $2000.')).toEqual([]);
  });

  it('reads "last May" early in a year as the May of the year before', () => {
    expect(one('The presidents signed it last May.', '1998-02-27')).toEqual([
      { text: 'last May', type: 'DATE', value: '1997-05' },
    ]);
  });

  it('takes the tense of a fronted adverbial from the clause it opens', () => {
    // A bare "In January," has no verb of its own; read alone it was the nearest January, ahead.
    expect(one('In January, the club hired a new coach.', '1998-10-27')).toEqual([
      { text: 'January', type: 'DATE', value: '1998-01' },
    ]);
    expect(one('In January, the club will hire a new coach.', '1998-10-27')).toEqual([
      { text: 'January', type: 'DATE', value: '1999-01' },
    ]);
  });

  it('marks inferred years', () => {
    const [d] = findDates('Officials said on January 19 that talks had ended.', '2026-11-28');
    expect(d).toMatchObject({ text: 'January 19', value: '2026-01-19', yearInferred: true });
  });

  it('gives offsets into the text as written, curly quotes and all', () => {
    const text = '“We met on Friday,” she said — and again on Jan. 5, 2026.';
    for (const m of findDates(text, REF)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
