// Training on tiny slices of data we write here: the same data gives the same bytes, and what is
// learnt is right on held-out documents more often than not.
import { describe, expect, it } from 'vitest';
import { trainNameModel, type NameTrainingDoc } from '../../src/train/names.js';
import { trainBodyModel, type BodyTrainingPage } from '../../src/train/body.js';
import { decodeNameModel, tagNames } from '../../src/entities/tagger/tagger.js';
import { seededRandom } from '../../src/learn/random.js';
import { recognizeNames } from '../../src/entities/recognize.js';
import { clustersText, learnClusters } from '../../src/learn/clusters.js';

const FIRST = ['Anna', 'Peter', 'Maria', 'Jonas', 'Leila', 'Tomas', 'Grace', 'Ivan', 'Sofia', 'Omar'];
const LAST = ['Berg', 'Novak', 'Haddad', 'Weber', 'Mensah', 'Lind', 'Costa', 'Okafor', 'Reyes', 'Sato'];
const CITIES = ['Oslo', 'Lagos', 'Lima', 'Hanoi', 'Perth', 'Quito', 'Tunis', 'Riga'];
const ORGS = ['Acme Holdings', 'Northwind Bank', 'Harbor Analytics', 'Polar Robotics', 'Cedar Group'];

/** Documents of three sentences each, with their names marked as the training file marks them. */
function nameDocs(n: number, seed: number): NameTrainingDoc[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: n }, (_, k) => {
    let text = '';
    const entities: NameTrainingDoc['entities'] = [];
    const add = (s: string, type?: string): void => {
      if (type) entities.push({ start: text.length, end: text.length + s.length, type });
      text += s;
    };
    add(`${pick(FIRST)} ${pick(LAST)}`, 'PERSON');
    add(' flew to ');
    add(pick(CITIES), 'PLACE');
    add(' on Monday.\nShe met officials of ');
    add(pick(ORGS), 'ORG');
    add(' there, and ');
    add(`${pick(FIRST)} ${pick(LAST)}`, 'PERSON');
    add(' said the talks went well.\nThe weather in ');
    add(pick(CITIES), 'PLACE');
    add(' was mild.\n');
    return { id: `doc-${k}`, text, entities };
  });
}

describe('the name tagger trains', () => {
  const docs = nameDocs(24, 7);
  const options = { epochs: 3, folds: 2, minCount: 1 };

  it('gives byte-identical weights from the same documents', () => {
    expect(trainNameModel(docs, options).bytes.equals(trainNameModel(docs, options).bytes)).toBe(true);
  });

  it('learns: held-out documents are tagged well, and a new sentence too', () => {
    const report = trainNameModel(docs, options);
    expect(report.crossValidation.relaxed.all).toBeGreaterThan(0.8);
    const model = decodeNameModel(report.bytes);
    const text = 'Grace Okafor flew to Riga on Monday.';
    // The rules' names are the tagger's evidence, as at parse time.
    const names = tagNames(model, text, [[0, text.length]], [], recognizeNames(text, [[0, text.length]]));
    expect(names.map((m) => [m.type, m.text])).toEqual([
      ['PERSON', 'Grace Okafor'],
      ['PLACE', 'Riga'],
    ]);
  });
});

/** Pages with a menu, a headline, prose and a footer; the gold body is the prose. */
function bodyPages(n: number, seed: number): BodyTrainingPage[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const sentence = (): string =>
    `${pick(FIRST)} ${pick(LAST)} said on ${pick(['Monday', 'Tuesday', 'Friday'])} that the council ` +
    `in ${pick(CITIES)} would review the plan for the harbour, the schools and the roads before the ` +
    `end of the year.`;
  return Array.from({ length: n }, (_, k) => {
    const prose = Array.from({ length: 3 + (k % 3) }, () => `${sentence()} ${sentence()}`);
    const text = [
      'Home',
      'World',
      'Business',
      'Sport',
      '',
      `Council to review harbour plan in ${pick(CITIES)}`,
      '',
      ...prose.flatMap((p) => [p, '']),
      'Share this article',
      'Facebook',
      'Twitter',
      '© 2026 Example Daily. All rights reserved.',
      'Privacy Policy',
    ].join('\n');
    return { id: `${k % 2 ? 'alpha' : 'beta'}-${k}`, text, body: prose.join('\n') };
  });
}

describe('the body model trains', () => {
  const pages = bodyPages(12, 3);
  const options = { trees: 8, depth: 3 };

  it('gives byte-identical weights from the same pages', () => {
    expect(trainBodyModel(pages, options, () => {}, 2).json).toBe(trainBodyModel(pages, options, () => {}, 2).json);
  });

  it('learns: pages of each held-out source get their prose and nothing else', () => {
    const report = trainBodyModel(pages, options, () => {}, 'source');
    for (const r of report.crossValidation) expect(r.model.f1).toBeGreaterThan(0.9);
  });
});

describe('word clusters learn', () => {
  // Sentences of our own: weekdays and fruits each keep their own company.
  const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const FRUITS = ['apples', 'pears', 'plums', 'cherries', 'peaches'];
  function* corpus(): Generator<string[]> {
    const rnd = seededRandom(7);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    for (let i = 0; i < 400; i++) {
      yield `The council met on ${pick(DAYS)} and voted .`.split(' ');
      yield `She bought fresh ${pick(FRUITS)} at the market .`.split(' ');
    }
  }
  const options = { minCount: 3, contexts: 20, dims: 32, depth: 4 };

  it('gives words of the same company a common first bit, and the same paths on every run', () => {
    const paths = learnClusters(corpus(), options);
    const first = (w: string): string => paths.get(w)!.slice(0, 1);
    expect(new Set(DAYS.map(first)).size).toBe(1);
    expect(new Set(FRUITS.map(first)).size).toBe(1);
    expect(first('Monday')).not.toBe(first('apples'));
    expect(clustersText(learnClusters(corpus(), options))).toBe(clustersText(paths));
  });
});

describe('the word clusters file', () => {
  it('finds every word of a sorted file by binary search, as written or lower-cased', async () => {
    const { clusterFile, pathIn } = await import('../../src/entities/tagger/clusters.js');
    const paths = new Map([
      ['Anna', '0011'],
      ['anna', '0010'],
      ['Oslo', '1100'],
      ['the', '1111'],
      ['Zürich', '0101'],
    ]);
    const file = clusterFile(`${clustersText(paths)}\n`);
    for (const [w, p] of paths) expect(pathIn(file, w)).toBe(p);
    expect(pathIn(file, 'Ann')).toBeUndefined();
    expect(pathIn(file, 'Annabel')).toBeUndefined();
    expect(pathIn(file, 'zzz')).toBeUndefined();
  });
});
