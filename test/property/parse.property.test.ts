import { OutputRecordSchema } from '../../src/record/schema.js';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { wordsOf } from '../../src/text/normalize.js';

// For any text: a record valid against the published schema, mentions that are exact slices of
// the input, a body whose words are the input's words in order, and the same output every time.
// A fixed seed and a bounded number of runs keep CI repeatable.
const schema = JSON.parse(JSON.stringify(OutputRecordSchema));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const RUNS = { seed: 20261128, numRuns: 150 };

// Text made of the pieces real pages are made of, so the rules actually fire, plus anything at all.
const piece = fc.constantFrom(
  'The',
  'minister',
  'said',
  'on',
  'Friday',
  'January 19',
  'in',
  'Phnom Penh',
  'China’s',
  'foreign ministry',
  'Guo Jiakun',
  ',',
  '.',
  '“',
  '”',
  '\n',
  '\n\n',
  'Share Article',
  'Related Articles',
  '• 1China',
  'Key Takeaways',
  "Editor's\nDesk",
  'By Jane Doe',
  '2024-03-05',
  '📰',
  '\r\n',
  'U.S.',
  '(AP)',
  'last week',
  'two years ago',
  'the third quarter',
  'Reuters',
  'Image: Getty Images',
  'Advertisement',
  '  ',
  '—',
  'Ministry of Finance',
  'Ltd',
  'ﬁ',
  '\u00a0',
);
const articleish = fc.array(piece, { maxLength: 120 }).map((xs) => xs.join(' '));
const anyText = fc.oneof(articleish, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

function isSubsequence(small: string[], big: string[]): boolean {
  let j = 0;
  for (const w of big) if (j < small.length && w === small[j]) j++;
  return j === small.length;
}

describe('parseArticle, for any text', () => {
  it('returns a record that validates against the JSON Schema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ok = validate(JSON.parse(JSON.stringify(parseArticle(text, { id: 'p', fallbackRefDate: '2026-11-28' }))));
        if (!ok) throw new Error(JSON.stringify(validate.errors?.slice(0, 3)));
      }),
      RUNS,
    );
  });

  it('gives every mention as an exact slice of the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const m of parseArticle(text, { fallbackRefDate: '2026-11-28' }).mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      RUNS,
    );
  });

  it('invents and reorders nothing: the body is a subsequence of the input words', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(isSubsequence(wordsOf(parseArticle(text).body), wordsOf(text))).toBe(true);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = parseArticle(text, { id: 'x', today: '2026-11-28' });
        const b = parseArticle(text, { id: 'x', today: '2026-11-28' });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { ...RUNS, numRuns: 60 },
    );
  });
});
