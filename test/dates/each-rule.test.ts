import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/find.js';
import { DATE_RULES } from '../../src/dates/rules/index.js';

// Every date rule with a sentence of our own it reads, and one it must leave alone. Reference
// date 1998-08-07, a Friday. A new rule without a case here fails the first test.
const REF = '1998-08-07';
type Case = { reads: [sentence: string, text: string, value: string]; leaves: string };
const CASES: Record<string, Case> = {
  'month-day-year': {
    reads: ['The port closed on Jan. 19, 1997.', 'Jan. 19, 1997', '1997-01-19'],
    leaves: 'He met Jan Kavan.',
  },
  'day-month-year': {
    reads: ['It opened on 3 March 2024.', '3 March 2024', '2024-03-03'],
    leaves: 'He scored 3 goals.',
  },
  'iso-date': { reads: ['Filed 2024-03-05 by the clerk.', '2024-03-05', '2024-03-05'], leaves: 'Call 2024-13-45 now.' },
  'slash-date': { reads: ['Dated 25/12/2023.', '25/12/2023', '2023-12-25'], leaves: 'A ratio of 3/4 held.' },
  'relative-year-quarter': {
    reads: ["Sales fell in this year's first quarter.", "this year's first quarter", '1998-Q1'],
    leaves: 'Sales fell this year.',
  },
  'fiscal-year': {
    reads: ['Costs rose in the current fiscal year.', 'the current fiscal year', '1998'],
    leaves: 'The fiscal plan was approved.',
  },
  'year-ended': {
    reads: ['For the year ended Sept. 30, the mill earned more.', 'the year', 'P1Y'],
    leaves: 'The year ended with a storm.',
  },
  'adjacent-day': {
    reads: ['They left the following day.', 'the following day', '1998-08-08'],
    leaves: 'They left the following week.',
  },
  'same-period': {
    reads: ['The markets fell later that year.', 'later that year', '1998'],
    leaves: 'That yearbook was lost.',
  },
  'vague-span': {
    reads: ['Prices have climbed in recent months.', 'recent months', 'PXM'],
    leaves: 'The recent storm closed the port.',
  },
  ago: { reads: ['He left two years ago.', 'two years ago', '1996'], leaves: 'He left years before the war.' },
  'compared-quarter': {
    reads: [
      'Profit rose in the quarter, from a loss in the same quarter a year ago.',
      'the same quarter a year ago',
      '1997-Q2',
    ],
    leaves: 'The team played the same opponent.',
  },
  'ordinal-quarter': {
    reads: ['Profit rose in the second quarter.', 'the second quarter', '1998-Q2'],
    leaves: 'He finished second in the race.',
  },
  'reported-quarter': {
    reads: ['Profit for the latest quarter rose.', 'the latest quarter', '1998-Q2'],
    leaves: 'The latest report came out.',
  },
  'year-ago-adjective': {
    reads: ['Sales beat year-ago results.', 'year-ago', '1997'],
    leaves: 'A year-round market opened.',
  },
  weekend: {
    reads: ['Talks went on over the weekend.', 'over the weekend', '1998-W31-WE'],
    leaves: 'A weekend bag was lost.',
  },
  holiday: {
    reads: ['He arrived on Christmas Day.', 'Christmas Day', '1997-12-25'],
    leaves: 'They sang christmas carols.',
  },
  'spelled-year': {
    reads: ['In nineteen ninety-six the wall fell.', 'nineteen ninety-six', '1996'],
    leaves: 'Nineteen people were hurt.',
  },
  'year-quarter': {
    reads: ['It took a charge in the 1997 second quarter.', 'the 1997 second quarter', '1997-Q2'],
    leaves: 'The 1997 season was long.',
  },
  'year-end': { reads: ['Sales should recover by year-end.', 'year-end', '1998'], leaves: 'The end of the line came.' },
  'the-season': {
    reads: ['Orders fell in the early summer.', 'the early summer', '1998-SU'],
    leaves: 'A summer dress was sold.',
  },
  'spelled-decade': {
    reads: ['It grew through the nineties.', 'the nineties', '199'],
    leaves: 'He is in his nineties.',
  },
  'relative-period': { reads: ['Rents rose this month.', 'this month', '1998-08'], leaves: 'The month was not named.' },
  'part-of-day': {
    reads: ['He arrived this morning.', 'this morning', '1998-08-07TMO'],
    leaves: 'Morning people are rare.',
  },
  'relative-day': { reads: ['Markets fell yesterday.', 'yesterday', '1998-08-06'], leaves: "Today's market is new." },
  weekday: {
    reads: ['The minister resigned on Tuesday.', 'Tuesday', '1998-08-04'],
    leaves: 'A tuesday in lower case is a word.',
  },
  'month-year': { reads: ['Prices fell in November 1997.', 'November 1997', '1997-11'], leaves: 'She may go.' },
  decade: { reads: ['Growth was slow in the 1980s.', 'the 1980s', '198'], leaves: 'He was in his 80s.' },
  year: { reads: ['The plant opened in 1995.', '1995', '1995'], leaves: 'It sold 1995 shares.' },
  set: { reads: ['The board meets every Monday.', 'every Monday', 'XXXX-WXX-1'], leaves: 'He read China Daily.' },
  duration: { reads: ['The strike lasted three weeks.', 'three weeks', 'P3W'], leaves: 'Three weeks ago it ended.' },
  'clock-time': {
    reads: ['The store closed at 5 p.m. sharp.', '5 p.m.', '1998-08-07T17:00'],
    leaves: 'Room 5 was empty.',
  },
  'reference-words': { reads: ['Prices are now higher.', 'now', 'PRESENT_REF'], leaves: 'Now that it is over, rest.' },
};

describe('date rules, each', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(DATE_RULES.map((r) => r.name).sort());
  });
  for (const [name, { reads, leaves }] of Object.entries(CASES)) {
    it(`${name}: reads its expression and leaves a look-alike`, () => {
      const [sentence, text, value] = reads;
      const found = findDates(sentence, REF);
      expect(found.map((m) => ({ text: m.text, value: m.value, rule: m.rule }))).toContainEqual({
        text,
        value,
        rule: name,
      });
      expect(findDates(leaves, REF).filter((m) => m.rule === name)).toEqual([]);
    });
  }
});
