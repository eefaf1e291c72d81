// TimeML's conventions where our rules once disagreed with themselves, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/find.js';

const values = (s: string, ref = '2026-11-28'): Array<[string, string, string | undefined]> =>
  findDates(s, ref).map((m) => [m.text, m.type, m.value]);

describe('dates', () => {
  it('write every decade the same way, as its first three digits', () => {
    expect(values('Prices rose in the 1990s.')).toEqual([['the 1990s', 'DATE', '199']]);
    expect(values('Prices rose in the nineties.')).toEqual([['the nineties', 'DATE', '199']]);
    expect(values("Prices fell in the '80s.")).toEqual([["the '80s", 'DATE', '198']]);
  });
  it('read an open numeric date month first with slashes, day first with dots, or as its weekday says', () => {
    const day = (s: string): string | undefined => values(s).find(([text]) => /\d/.test(text))?.[2];
    expect(day('Filed 04/12/2004 by the clerk.')).toBe('2004-04-12');
    expect(day('Erstellt am 12.04.2004 um 21:17.')).toBe('2004-04-12');
    // 6 November 2012 was a Tuesday, 11 June a Monday.
    expect(day('Tuesday, 11.06.2012')).toBe('2012-11-06');
    expect(day('Monday, 11.06.2012')).toBe('2012-06-11');
  });
  it('read "the past decade" as a span reaching to now', () => {
    expect(values('Prices doubled over the past decade.')).toEqual([['the past decade', 'DURATION', 'P10Y']]);
    expect(values('It is the best film of this decade.')).toEqual([['this decade', 'DATE', '202']]);
  });
  it("leave a march that is an event's name", () => {
    expect(values('Thousands joined the March for Life downtown.')).toEqual([]);
    expect(values('The March of Dimes met in March of 2024.')).toEqual([['March of 2024', 'DATE', '2024-03']]);
    expect(values('Rains fell from March to August.', '2026-11-28').map(([t]) => t)).toEqual(['March', 'August']);
  });
  it('leave a weekday that names a kind of thing', () => {
    expect(values('The Sunday papers carried the story.')).toEqual([]);
    expect(values('They went to Sunday school.')).toEqual([]);
    expect(values('They met on Sunday.')).toEqual([['Sunday', 'DATE', '2026-11-22']]);
  });
  it('anchor "the following day" to the last date the story stated', () => {
    expect(values('The plant closed on March 3, 2024. The following day, workers protested.')).toEqual([
      ['March 3, 2024', 'DATE', '2024-03-03'],
      ['The following day', 'DATE', '2024-03-04'],
    ]);
    expect(values('Sales fell in March 2024 and recovered the following month.')).toEqual([
      ['March 2024', 'DATE', '2024-03'],
      ['following month', 'DATE', '2024-04'],
    ]);
  });
  it('give a month-day without a year the year of a story told years before the reference', () => {
    const life =
      'Ada Marsh was born in Leeds in March 1851. She moved to London in 1870, and on July 14 she married a printer.';
    expect(values(life, '2024-05-01').at(-1)).toEqual(['July 14', 'DATE', '1870-07-14']);
    // A story of its own time ("on Friday") keeps the reference's year, whatever old year it names.
    const news = 'The council, founded in 1990, met on Friday. On July 14 it will vote on the budget.';
    expect(values(news, '2024-05-01').at(-1)).toEqual(['July 14', 'DATE', '2024-07-14']);
    // "five days before her death" is told from the story, not from the day of writing.
    expect(values(`${life} She died five days before June 2.`, '2024-05-01').at(-1)).toEqual([
      'June 2',
      'DATE',
      '1870-06-02',
    ]);
  });
  it('give durations and sets their values', () => {
    expect(values('The trial lasted three years.')).toEqual([['three years', 'DURATION', 'P3Y']]);
    expect(values('Nurses work two hours of overtime.')).toEqual([['two hours', 'DURATION', 'PT2H']]);
    expect(values('The market opens every Monday.')).toEqual([['every Monday', 'SET', 'XXXX-WXX-1']]);
  });
  it('read a month and day weeks ahead as the coming one, even in a past sentence', () => {
    // Written on 2026-11-28: a deadline set in reported speech, and a day months ahead.
    expect(values('The company extended its offer to Dec. 14.')).toEqual([['Dec. 14', 'DATE', '2026-12-14']]);
    expect(values('The mayor said the wall opened on Dec. 14.', '2026-08-01')).toEqual([
      ['Dec. 14', 'DATE', '2025-12-14'],
    ]);
  });
  it('compare an earnings quarter with the one a year ago, and count whole years further back', () => {
    const story = 'Profit in the third quarter rose. It was 4 cents a share a year ago. ';
    expect(values(`${story}The mill opened five years ago.`)).toEqual([
      ['the third quarter', 'DATE', '2026-Q3'],
      ['a year ago', 'DATE', '2025-Q3'],
      ['five years ago', 'DATE', '2021'],
    ]);
  });
  it('read a month with a spelled year as that month, and "the year two thousand", not a count', () => {
    expect(values('January nineteen ninety-seven. The games began.')).toEqual([
      ['January nineteen ninety-seven', 'DATE', '1997-01'],
    ]);
    expect(values('By the year two thousand the farm had two thousand sheep.')).toEqual([
      ['the year two thousand', 'DATE', '2000'],
    ]);
  });
  // Anchors: "the following month" to a month read without its year, "next year" to the
  // reference, "the day after" to the last date stated, "<date>, the day before …" to that date.
  it.each([
    [
      'In March, the firm received an offer. The following month, it put itself up.',
      'March=2026-03 following month=2026-04',
    ],
    ['The firm was founded on May 2, 1990. Sales will grow next year.', 'May 2, 1990=1990-05-02 next year=2027'],
    [
      'The plant closed on March 3, 2024. The day after, workers protested.',
      'March 3, 2024=2024-03-03 The day after=2024-03-04',
    ],
    ['Prices fell after May 4, 2024, the day before the vote.', 'May 4, 2024=2024-05-04 the day before=2024-05-04'],
  ])('anchor: %s', (sentence, expected) => {
    expect(
      values(sentence, '2026-10-27')
        .map(([text, , value]) => `${text}=${value}`)
        .join(' '),
    ).toBe(expected);
  });
  it('anchor "later that year" and "earlier that day" to the last date the story stated', () => {
    expect(values('The plant closed on March 3, 1988. Later that year, workers protested.')).toEqual([
      ['March 3, 1988', 'DATE', '1988-03-03'],
      ['Later that year', 'DATE', '1988'],
    ]);
  });
  it('read "last Oct. 23" as the day, and "each July" as the month of every year', () => {
    expect(values('He was shot last Oct. 23 at his home.', '2026-04-19')).toEqual([['Oct. 23', 'DATE', '2025-10-23']]);
    expect(values('The parade marches each July.')).toEqual([['each July', 'SET', 'XXXX-07']]);
  });
  it("read the reference's own weekday as that day, even in a sentence that looks ahead", () => {
    // 2026-11-25 is a Wednesday.
    expect(values('The council will announce its decision Wednesday.', '2026-11-25')).toEqual([
      ['Wednesday', 'DATE', '2026-11-25'],
    ]);
  });
  it('leave ages out: they describe a person, not a time', () => {
    expect(values('A 44-year-old farmer and his six-year-old son, aged nine years old, waited.')).toEqual([]);
    expect(values('The farmer waited a 30-day period.')).toEqual([['a 30-day', 'DURATION', 'P30D']]);
  });
  it('read an irregular past as past, and a passive after "is" as no tense at all', () => {
    // Reference 2026-10-15: a January read as past is this year's; with no tense, the nearest.
    expect(values('The minister brought the plan to parliament in January.', '2026-10-15')).toEqual([
      ['January', 'DATE', '2026-01'],
    ]);
    expect(values('The ruling is decided in May.', '2026-03-10')).toEqual([['May', 'DATE', '2026-05']]);
  });
  it('read the direction of a weekday or month from the verb that governs it', () => {
    // 2026-11-27 is a Friday; 2026-11-23 a Monday.
    const at = (s: string, ref: string): Array<string | undefined> => values(s, ref).map(([, , v]) => v);
    // A past "be" before a word that looks ahead looks ahead.
    expect(at('The strikers were planning to march on Saturday.', '2026-11-27')).toEqual(['2026-11-28']);
    expect(at('The union did not plan to strike on Thursday.', '2026-11-25')).toEqual(['2026-11-26']);
    // A determiner makes "plan" a noun and "-ed" an adjective: neither sets a tense.
    expect(at('The payout would be made on a still unspecified date in January.', '2026-10-15')).toEqual(['2027-01']);
    // A fronted date waits for its main clause, however long the subject or a second fronted phrase.
    expect(
      at('On Tuesday, the regional association of valley fruit growers and packers plans to vote.', '2026-11-23'),
    ).toEqual(['2026-11-24']);
    expect(at('In March, a week after the storm reached the northern coast, the council voted.', '2026-10-15')).toEqual(
      ['2026-03', 'P1W'],
    );
    // Not fronted when it stands inside the sentence.
    expect(at('The index fell 2%, or 8 points, on Friday, to 400, and will open lower.', '2026-11-23')).toEqual([
      '2026-11-20',
    ]);
    // A deadline lies ahead unless the verb is past.
    expect(at('The exhibition runs until Sunday.', '2026-11-25')).toEqual(['2026-11-29']);
    expect(at('The exhibition ran until Sunday.', '2026-11-25')).toEqual(['2026-11-22']);
    // What came "since" a date has begun.
    expect(at('The ship has been at sea since March and was scheduled to return to port.', '2026-02-10')).toEqual([
      '2025-03',
    ]);
  });
  it('read plural units counted from now as vague durations', () => {
    expect(values('Prices have climbed in recent months and may ease in the coming weeks.')).toEqual([
      ['recent months', 'DURATION', 'PXM'],
      ['coming weeks', 'DURATION', 'PXW'],
    ]);
  });
  it('leave a title that is made of time words, and an ordinal "second"', () => {
    expect(values('The minister said on the programme "60 Minutes" that he would stay.')).toEqual([]);
    expect(values('Speaking on "This Week," the senator said the vote was close.')).toEqual([]);
    expect(values('He added, "This week we have more players than before."', '2026-11-28')).toEqual([
      ['This week', 'DATE', '2026-W48'],
    ]);
    expect(values('It would be a second betrayal, she said, and he won a second term.')).toEqual([]);
    expect(values('Wait a second, he said.')).toEqual([['a second', 'DURATION', 'PT1S']]);
  });
  it('read a year before a unit in the singular as the year, not a count', () => {
    expect(values('Cup 2018 day five: the hosts won.')).toEqual([['2018', 'DATE', '2018']]);
    expect(values('The project took 1900 days and a 1000-day plan.')).toEqual([
      ['1900 days', 'DURATION', 'P1900D'],
      ['a 1000-day', 'DURATION', 'P1000D'],
    ]);
  });
});
