// Officials, one rule at a time, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import type { Person } from '../../src/types.js';

const officials = (text: string): Person[] =>
  parseArticle(`Talks\n\n${text}\n`, { refDate: '2026-11-28' }).entities.officials;

const one = (text: string): Partial<Person> => {
  const all = officials(text);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('officials: a title before the name', () => {
  it('reads the office and the country its nationality names', () => {
    expect(one('The Norwegian Prime Minister Ingrid Halvorsen arrived in the capital on Monday.')).toMatchObject({
      name: 'Ingrid Halvorsen',
      title: 'Prime Minister',
      country: 'NO',
      sector: 'government',
    });
  });
  it('takes the organisation that owns the title and spells out a short title', () => {
    expect(one('Acme Holdings CEO Martin Bauer said the plant would reopen.')).toMatchObject({
      name: 'Martin Bauer',
      title: 'CEO',
      role: 'chief executive officer',
      organization: 'Acme Holdings',
      sector: 'business',
      country: null,
    });
  });
  it('reads "Secretary of State" as one title and "former" as a flag', () => {
    expect(one('Former Secretary of State Laura Whitfield spoke at the dinner in Boston.')).toMatchObject({
      name: 'Laura Whitfield',
      title: 'Secretary of State',
      former: true,
      country: 'US',
    });
  });
  it('spells out "Gov." and gives the office to the country the story is about', () => {
    expect(one('In Texas, Gov. Daniel Ortega-Price signed the bill into law.')).toMatchObject({
      title: 'Gov.',
      role: 'governor',
      country: 'US',
    });
  });
  it('reads an "of"-body after the title as the organisation', () => {
    expect(one('The director of the Northern Water Trust Hannah Cole said supplies were safe.')).toMatchObject({
      name: 'Hannah Cole',
      organization: 'Northern Water Trust',
    });
  });
});

describe('officials: a role in apposition', () => {
  it('after the name, with the body after "at"', () => {
    expect(
      one('"We saw this coming," said Peter Lindqvist, a senior fellow at the Baltic Policy Institute.'),
    ).toMatchObject({
      name: 'Peter Lindqvist',
      title: 'senior fellow',
      organization: 'Baltic Policy Institute',
      sector: 'academia',
    });
  });
  it('before the name, owned by a country', () => {
    expect(one("Ghana's coach, Kwame Mensah, praised the defence.")).toMatchObject({
      name: 'Kwame Mensah',
      title: 'coach',
      country: 'GH',
      organization: 'Ghana',
      sector: 'sport',
    });
  });
  it('"as" a role, in the body the sentence named', () => {
    expect(
      one('Orbital Freight Inc said on Friday that Julia Banks will retire as chief operating officer.'),
    ).toMatchObject({
      name: 'Julia Banks',
      title: 'chief operating officer',
      organization: 'Orbital Freight Inc',
    });
  });
});

describe('officials: one person, many mentions', () => {
  it('joins a surname to the full name, with the offsets of both', () => {
    const text = 'Finance Minister Carla Romero presented the budget. Romero said taxes would not rise.';
    const [p] = officials(text);
    expect(p).toMatchObject({ name: 'Carla Romero', mentions: 2 });
    expect(p.spans.map((s) => `Talks\n\n${text}`.slice(s.start, s.end))).toEqual(['Carla Romero', 'Romero']);
  });
  it('never lists one person twice: a shorter form that ends the full name is the same person', () => {
    const r = parseArticle(
      'Talks\n\nOpposition leader Aung Min Thura spoke on Monday. Later, Min Thura said talks would go on, and Thura left.\n',
    );
    const all = [...r.entities.officials, ...r.entities.people];
    expect(all.map((p) => p.name)).toEqual(['Aung Min Thura']);
    expect(all[0].mentions).toBe(3);
  });
  it('shares a plural title between coordinated names', () => {
    expect(officials('Presidents Amara Diallo and Jonas Weber met in Geneva.').map((p) => [p.name, p.title])).toEqual([
      ['Amara Diallo', 'Presidents'],
      ['Jonas Weber', 'Presidents'],
    ]);
  });
});

describe('officials: people who are not officials', () => {
  it('leaves out playing roles, royal ranks, candidates and occupations without a body', () => {
    const r = parseArticle(
      'Match\n\nStriker Tomas Novak scored twice. Prince Albert watched with talent manager Rita Gomes, and the party nominee Sam Lee waved.\n',
    );
    expect(r.entities.officials).toEqual([]);
    expect(r.entities.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Tomas Novak', 'Rita Gomes']));
  });
  it('does not take "fellow" before a name for a post', () => {
    expect(officials('Her fellow Canadian Mark Stone finished second.')).toEqual([]);
  });
});
