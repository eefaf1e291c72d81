import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, spansWithin } from '../../src/text/sorted.js';

// The binary searches over sorted spans answer as asking every span would.
const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 12 })).map(([start, len]) => ({ start, end: start + len }));

describe('sorted spans', () => {
  it('coverage: some span holds [start, end), longer when asked', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), span, fc.boolean(), (spans, q, strictly) => {
        const expected = spans.some(
          (s) => s.start <= q.start && q.end <= s.end && (!strictly || s.end - s.start > q.end - q.start),
        );
        expect(coverage(spans)(q.start, q.end, strictly)).toBe(expected);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
  it('spansWithin: the spans inside [from, to)', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), span, (spans, q) => {
        const sorted = [...spans].sort((a, b) => a.start - b.start);
        const expected = sorted.filter((s) => s.start >= q.start && s.end <= q.end);
        expect(spansWithin(sorted, q.start, q.end)).toEqual(expected);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
