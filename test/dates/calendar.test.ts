import { describe, expect, it } from 'vitest';
import { previousQuarter } from '../../src/dates/calendar.js';

describe('previousQuarter', () => {
  it("is the quarter before the day's, in the same year from April on", () => {
    expect(previousQuarter({ y: 1989, m: 10, d: 25 })).toEqual({ y: 1989, q: 3 });
    expect(previousQuarter({ y: 1989, m: 4, d: 1 })).toEqual({ y: 1989, q: 1 });
  });
  it('in January to March is the last quarter of the year before', () => {
    expect(previousQuarter({ y: 1990, m: 1, d: 15 })).toEqual({ y: 1989, q: 4 });
    expect(previousQuarter({ y: 1990, m: 3, d: 31 })).toEqual({ y: 1989, q: 4 });
  });
});
