import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureIndex } from '../../src/learn/feature-index.js';

// The feature index read from a model file's bytes answers as a Map of the same names would: the
// line number of a name it holds, nothing for one it does not, whatever the alphabet.
const name = fc.string({ unit: fc.constantFrom('a', 'b', 'w', '=', '|', 'é', 'ß', '中', '1', '-'), maxLength: 8 });

describe('feature index', () => {
  it('finds each name at its line and nothing else', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 60 }),
        fc.array(name, { maxLength: 20 }),
        (names, asked) => {
          const index = new FeatureIndex(Buffer.from(names.join('\n')), names.length);
          const map = new Map(names.map((n, i) => [n, i]));
          for (const q of [...names, ...asked]) expect(index.get(q)).toBe(map.get(q));
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
  it('refuses bytes that hold another number of names than declared', () => {
    expect(() => new FeatureIndex(Buffer.from('a\nb'), 3)).toThrow(/2 names where 3/);
  });
});
