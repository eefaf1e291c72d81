import { describe, expect, it } from 'vitest';
import { repeatedLines } from '../../src/body/rules/repeated-line.js';
import { menuRuns, isLinkLike } from '../../src/body/rules/menu-run.js';
import { teaserLines } from '../../src/body/rules/teaser-list.js';
import { listAfterColon, listAfterHeading } from '../../src/body/rules/colon-list.js';
import { authorBioLines } from '../../src/body/rules/author-bio.js';
import { listContinuations } from '../../src/body/rules/list-continuation.js';
import { sameBlockLines } from '../../src/body/rules/same-block.js';
import { commentThreadStart, isSignature } from '../../src/body/rules/comment-thread.js';
import { relatedItems } from '../../src/body/rules/related-items.js';
import { laterCopies } from '../../src/body/rules/duplicate-paragraph.js';
import { bestRegion } from '../../src/body/region.js';
import { dropStrays } from '../../src/body/classify.js';
import { newPage, setVerdict } from '../../src/page.js';
import { linesPass } from '../../src/layout/lines.js';
import { proseScore, stopwordDensity } from '../../src/body/score.js';
import { classifyLines } from '../../src/body/classify.js';
import { splitLines } from '../../src/text/lines.js';
import { parseArticle } from '../../src/index.js';
import type { Verdict } from '../../src/types.js';

// Sentences of our own for each body rule: what it takes, and what it must leave.
const para =
  'The harbour authority said on Tuesday that the new sea wall would be finished before the winter storms arrive.';

describe('repeated short lines', () => {
  it('takes a short line printed twice, and a teaser headline printed three times', () => {
    const texts = ['Home', 'Sport', para, 'Home', 'Ten things to know about the harbour', 'x'];
    texts.push('Ten things to know about the harbour', 'Ten things to know about the harbour');
    const r = repeatedLines(texts);
    expect([r[0], r[3], r[4]]).toEqual([true, true, true]);
  });
  it('leaves a sentence printed twice (a pull quote) and lines printed once', () => {
    const quote = '"We will not let the sea take the town," she said.';
    expect(repeatedLines([quote, para, quote, 'Sport'])).toEqual([false, false, false, false]);
  });
});

describe('menu runs', () => {
  it('takes four or more link-like lines in a row', () => {
    expect(menuRuns(['News', 'Sport', 'Weather', 'Travel', para])).toEqual([true, true, true, true, false]);
  });
  it('leaves a lone short line and a run of three', () => {
    expect(menuRuns([para, 'A Wall Against the Sea', para, 'News', 'Sport', 'Weather'])).toEqual(
      new Array(6).fill(false),
    );
    expect(isLinkLike('It rained.')).toBe(false);
  });
});

describe('teaser lists', () => {
  const teaser = (n: number): string[] => [
    `Storm season ${n} puts the old harbour wall to the test`,
    'By Ana Ruiz',
    `The fishermen of the old port have seen ${n} winters like this one, and they say the wall will hold again this year.`,
  ];
  it('takes two or more headline, author and excerpt triplets', () => {
    const r = teaserLines([...teaser(1), ...teaser(2)]);
    expect(r.every(Boolean)).toBe(true);
  });
  it('leaves a single triplet: it may be the article itself', () => {
    expect(teaserLines(teaser(1)).some(Boolean)).toBe(false);
  });
});

describe('lists inside the article', () => {
  const items = ['June 9 -- Town Hall, Porto', 'June 12 -- Old Theatre, Braga', 'June 15 -- City Park, Faro'];
  it('keeps the items a colon announces', () => {
    expect(listAfterColon(['The tour dates are:', ...items], 0)).toBe(3);
  });
  it('keeps a list with visible structure under a short heading', () => {
    expect(listAfterHeading(['Tour Dates', ...items], 0)).toBe(4);
  });
  it('leaves lines after a sentence without a colon, and items of different shapes', () => {
    expect(listAfterColon([para, ...items], 0)).toBe(0);
    expect(listAfterColon(['The dates are:', 'June 9 -- Porto', 'see the website for more'], 0)).toBe(0);
  });
});

describe('a list the body started', () => {
  const text = [
    para,
    '',
    'March 3 -- Harbour Hall, Dover',
    'March 5 -- Town Theatre, Deal',
    'March 9 -- The Pier, Folkestone',
    'March 12 -- Seafront Stage, Hythe',
    '',
    'April 2 -- Old Market, Rye',
  ].join('\n');
  const lines = splitLines(text);
  // The model kept the lines `kept` gives; every other line is open to the rule.
  const run = (ls: typeof lines, kept: (i: number) => boolean, closed = -1): number[] =>
    listContinuations(ls, kept, (i) => !kept(i) && i !== closed);
  it('runs on to its last item in the same block once a kept line is an item', () => {
    // The model kept the first two dates and dropped the rest.
    expect(run(lines, (i) => i <= 2)).toEqual([3, 4]);
  });
  it('does not cross a blank line, start from prose or take a line already judged', () => {
    expect(run(lines, (i) => i === 0)).toEqual([]);
    expect(run(lines, (i) => i === 1, 3)).toEqual([2]);
  });
  it('stops where the shape changes', () => {
    const mixed = splitLines('1. Bring water\n2. Bring a map\nSign up for our newsletter\n3. Tickets');
    expect(run(mixed, (i) => i === 0)).toEqual([1]);
  });
});

describe('the same block as the article, in a text without page furniture', () => {
  const lines = splitLines(`${para}\nHeats\n1. Ana Ruiz 54.1\n2. Eva Holm 54.8\n\nHome\nContact us`);
  const run = (kept: (i: number) => boolean): number[] => sameBlockLines(lines, kept, (i) => !kept(i));
  it("takes the turned-down lines of a kept line's block, above and below it", () => {
    expect(run((i) => i === 0)).toEqual([1, 2, 3]);
    expect(run((i) => i === 2)).toEqual([0, 1, 3]);
  });
  it('does not cross a blank line', () => {
    expect(run((i) => i <= 3)).toEqual([]);
  });

  // Thirty rows of our own: the model's scores sink down the table and the menu-run rule took
  // the last rows for links.
  const events = ['100 metres freestyle', '200 metres backstroke', '50 metres butterfly', '400 metres medley'];
  const given = ['Hannah', 'Olga', 'Peter', 'Tomas', 'Ines', 'Clara', 'Daniel', 'Marco', 'Stefan', 'Anna'];
  const family = ['Webber', 'Castell', 'Aldridge', 'Brenner', 'Moreau', 'Jensen', 'Okafor', 'Bellini', 'Horvat'];
  const nations = ['Wales', 'Latvia', 'Spain', 'Scotland', 'Austria', 'France', 'Denmark', 'Ghana', 'Italy'];
  const rows = [...events, ...events, '800 metres freestyle', '1,500 metres freestyle'].flatMap((e, k) => [
    `${k % 2 ? 'Men' : 'Women'}'s ${e}`,
    ...[1, 2, 3].map((p) => {
      const n = k * 3 + p;
      return `${p}. ${given[n % 10]} ${family[(n * 7) % 9]} (${nations[n % 9]}) ${50 + (n % 9)}.${10 + n}`;
    }),
  ]);
  const wire = [
    'SWIMMING - LEADING RESULTS FROM THE NORTHERN GALA.',
    'LEEDS 2025-03-02',
    'Leading results from the northern swimming gala on Saturday:',
    ...rows,
  ].join('\n');
  it("keeps a wire story's results table to its last row, with the names in it", () => {
    const r = parseArticle(wire);
    expect(r.removed).toEqual([]);
    expect(r.body.split('\n').at(-1)).toBe(rows.at(-1));
    expect(r.mentions.filter((m) => m.type === 'PERSON').map((m) => m.text)).toContain(
      rows.at(-1)!.slice(3).split(' (')[0],
    );
  });
});

describe('a comment thread', () => {
  const texts = [
    para,
    '3 thoughts on “A Wall Against the Sea”',
    'Mary Stone',
    'May 2, 2024 at 3:17 pm',
    'I walked along the old wall every morning as a child and will miss it.',
    'Tom Reed',
    'May 2, 2024 at 7:21 pm',
  ];
  const lines = splitLines(texts.join('\n'));
  const stamp = (i: number): boolean => /\d{4} at/.test(lines[i].text);
  it('starts at its heading below the article when entries with time stamps follow', () => {
    expect(commentThreadStart(lines, (i) => i === 0, stamp)).toBe(1);
  });
  it('needs two time stamps, and an article above it', () => {
    expect(commentThreadStart(lines.slice(0, 5), (i) => i === 0, stamp)).toBe(-1);
    expect(commentThreadStart(lines, () => false, stamp)).toBe(-1);
  });
  const reader = 'I walked along the old wall every morning as a child and I will miss it.';
  const entries = [
    para,
    'Mary Stone | May 2, 2024 3:17 PM | Reply',
    reader,
    'by Tom Reed on May 2, 2024 at 7:21 pm. Reply #',
    'The council should have listened to the engineers ten years ago when it was cheaper.',
    'Ana Ruiz on May 3, 2024 at 9:02 am said:',
    'My grandfather helped build the first wall in the fifties, long before the port grew.',
  ];
  const none = (): boolean => false;
  it("with no heading, starts at the first of three signed entries over readers' text", () => {
    expect(commentThreadStart(splitLines(entries.join('\n')), (i) => i === 0, none)).toBe(1);
  });
  it('leaves two entries, signatures with no reader text under them, and dated lines with no reply cue', () => {
    expect(commentThreadStart(splitLines(entries.slice(0, 5).join('\n')), (i) => i === 0, none)).toBe(-1);
    const bare = entries.filter((_, i) => i === 0 || i % 2 === 1);
    expect(commentThreadStart(splitLines(bare.join('\n')), (i) => i === 0, none)).toBe(-1);
    // A live report's updates: a stamp over each paragraph, but nobody replies.
    const live = entries.map((t, i) => (i % 2 === 1 ? t.replace(/ ?(?:\| )?(?:Reply #?|said:)$/, '') : t));
    expect(commentThreadStart(splitLines(live.join('\n')), (i) => i === 0, none)).toBe(-1);
  });
  it('reads a headline that says something as no signature', () => {
    expect(isSignature('14:05 Harbour wall will hold, engineers say')).toBe(false);
    expect(isSignature('Mary Stone says: May 2, 2024 at 3:17 pm')).toBe(true);
  });
});

describe('author box and related items', () => {
  const box: Verdict = { role: 'boilerplate', reason: 'author-box' };
  const related: Verdict = { role: 'boilerplate', reason: 'related-links' };
  it('takes the biography lines under an author-box heading', () => {
    expect(authorBioLines([null, box, null, null, null])).toEqual([2, 3]);
  });
  it('leaves lines with no author-box heading above', () => {
    expect(authorBioLines([null, null, null])).toEqual([]);
  });
  it('takes the headlines under a "Related" heading up to the next prose line', () => {
    const texts = ['Related', 'Sea wall plan approved', 'Fishermen protest in Faro', para];
    expect(relatedItems(texts, [related, null, null, null])).toEqual([1, 2]);
  });
  it('leaves prose right under the heading', () => {
    expect(relatedItems(['Related', para], [related, null])).toEqual([]);
  });
});

describe('duplicate paragraphs', () => {
  it('takes a long paragraph printed again, and a line that holds two kept paragraphs', () => {
    const other = 'Engineers had warned for a decade that the old wall would not survive another storm season.';
    expect(laterCopies([para, other, para, `${para} ${other}`], () => true)).toEqual([false, false, true, true]);
  });
  it('leaves short repeats to the repeated-line rule', () => {
    expect(laterCopies(['It rained again.', 'It rained again.'], () => true)).toEqual([false, false]);
  });
  it('finds kept paragraphs quoted after a mark, and not a line holding only one of them', () => {
    const other = 'Engineers had warned for a decade that the old wall would not survive another storm season.';
    const quoting = `Reader wrote: "${para}" and "${other}" Agreed with all of it, every single word.`;
    const once = `Reader wrote: "${para}" Agreed with all of it, every single word of it.`;
    expect(laterCopies([para, other, once, quoting], () => true)).toEqual([false, false, false, true]);
  });
});

describe('region and prose score', () => {
  it('finds the stretch with the largest sum', () => {
    expect(bestRegion([-5, 30, -3, 40, -50, 10])).toEqual([1, 3]);
  });
  it('finds nothing when nothing scores', () => {
    expect(bestRegion([-5, -1])).toBeNull();
  });
  it('scores running text above zero and a menu item below', () => {
    expect(proseScore(para)).toBeGreaterThan(10);
    expect(proseScore('Home')).toBeLessThan(0);
    expect(stopwordDensity(para)).toBeGreaterThan(0.15);
    expect(stopwordDensity('Harbour Wall Storm Photos Video')).toBe(0);
  });
});

describe('the body pass', () => {
  const lines = splitLines(
    ['Home', 'News', 'Sport', 'Weather', '', para, '', para.replace('Tuesday', 'Monday')].join('\n'),
  );
  it('keeps the prose region and removes the menu', () => {
    const v = classifyLines(lines, new Array(lines.length).fill(null));
    expect(v.map((x) => x.role)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'body']);
  });
  it('keeps every line of a text with no boilerplate at all', () => {
    const clean = splitLines(`A Wall Against the Sea\n\n${para}`);
    expect(classifyLines(clean, [null, null]).map((x) => x.reason)).toEqual(['clean-document', 'prose']);
  });
  it('keeps the lead of a short wire story whose headline and date line the layout took', () => {
    // Every line is the headline, the date line or the story: nothing to cut. The model, asked
    // anyway, dropped the lead (it reads like a teaser above a results line).
    const lead = 'Kent beat Essex by four wickets in a one-day match at the St Lawrence Ground on Friday.';
    const scores = 'Scores: Essex 201 all out in 48.1 overs (Tom Reed 64); Kent 202-6 in 47.3 overs (Ben Hale 71).';
    const text = `CRICKET - KENT BEAT ESSEX BY FOUR WICKETS.\nCANTERBURY 2024-06-08\n${lead}\n${scores}`;
    expect(parseArticle(text).body).toBe(`${lead}\n${scores}`);
  });
});

describe('stray lines far from the article', () => {
  const story = 'The council met in the old town hall and agreed that work on the bridge would begin in spring.';
  // [text, kept as body, the model's score]
  const page = (rows: Array<[string, boolean, number]>, title = 'Bridge work to begin in spring') => {
    const p = newPage(rows.map(([t]) => t).join('\n'), {});
    linesPass(p);
    p.record.title = title;
    rows.forEach(([, body, score], i) => {
      setVerdict(p, i, body ? 'body' : 'boilerplate', body ? 'model-body' : 'model-boilerplate');
      p.lines[i].score = score;
    });
    dropStrays(p);
    return p.lines.map((l) => l.verdict?.reason);
  };
  const menu = (n: number): Array<[string, boolean, number]> =>
    Array.from({ length: n }, (_, k) => [`Menu item ${k}`, false, 0.01]);
  const article: Array<[string, boolean, number]> = [1, 2, 3, 4].map((k) => [`${story} (${k})`, true, 0.95]);
  it('drops a short run the model barely kept, far above the article', () => {
    const reasons = page([['It looks like you have blocked notifications.', true, 0.4], ...menu(25), ...article]);
    expect(reasons[0]).toBe('stray-line');
    expect(reasons.at(-1)).toBe('model-body');
  });
  it('keeps it when the model is sure, or when it stands under the headline printed again', () => {
    expect(page([['A short line the model is sure of.', true, 0.9], ...menu(25), ...article])[0]).toBe('model-body');
    const dek = page([
      ['Bridge work to begin in spring', false, 0.1],
      ['The town votes on a plan it has debated for ten years.', true, 0.35],
      ...menu(25),
      ...article,
    ]);
    expect(dek[1]).toBe('model-body');
  });
});
