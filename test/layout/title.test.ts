// What a title line may be: words, not a table's row, code, a link or a fragment.
import { describe, expect, it } from 'vitest';
import { looksLikeHeadline } from '../../src/layout/title.js';

describe('a headline-like line', () => {
  it('may list things after a phrase', () => {
    expect(looksLikeHeadline('Harbour ferry X2 launched: Fares, timetables, routes, stops')).toBe(true);
    expect(looksLikeHeadline('Mayor, council and port agree on the bridge, the ferry and the quay')).toBe(true);
  });
  it('is no row of a table, with or without spaces after its commas', () => {
    expect(looksLikeHeadline('id,name,price,stock')).toBe(false);
    expect(looksLikeHeadline('Doe, Jane, 42, Leeds')).toBe(false);
    expect(looksLikeHeadline('Harbour\tFerry\tQuay\tBridge')).toBe(false);
  });
  it('does not open with a dash, which goes on from another line', () => {
    expect(looksLikeHeadline('— a town of ferries, bridges and quays')).toBe(false);
    expect(looksLikeHeadline('Ferry-men strike for a second day')).toBe(true);
  });
});
