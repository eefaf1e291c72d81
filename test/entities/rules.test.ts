import { describe, expect, it } from 'vitest';
import { recognizeNames } from '../../src/entities/recognize.js';
import { parseArticle } from '../../src/index.js';
import { bracketSlots } from '../../src/entities/rules/bracket-slots.js';
import { withoutCreditLabels } from '../../src/entities/rules/credit-label.js';
import { withoutCommonAcronyms } from '../../src/entities/rules/common-acronym.js';
import { withoutProducts } from '../../src/entities/rules/product-name.js';
import { compoundBrandsAsOrganisations } from '../../src/entities/rules/compound-brand.js';
import { companiesNamedForPeople, companyShortForms } from '../../src/entities/rules/company-short-form.js';
import { gazetteer } from '../../src/entities/gazetteer.js';
import { personsOfOrganisations } from '../../src/entities/rules/person-of-organisation.js';
import { withoutStorms } from '../../src/entities/rules/storm-name.js';
import { withoutDefinedCommonAcronyms } from '../../src/entities/rules/defined-acronym.js';
import { withoutHandles } from '../../src/entities/rules/handle.js';
import { withoutBodyReferences } from '../../src/entities/rules/body-reference.js';
import { withoutDigitsInPersons } from '../../src/entities/rules/person-digits.js';
import { publisherAsOrganisation } from '../../src/entities/rules/publisher-name.js';
import { surnameReferences } from '../../src/entities/rules/surname-reference.js';
import { titledPersons } from '../../src/entities/rules/titled-person.js';
import type { NameMention } from '../../src/types.js';
import { articleRanges, newPage, setVerdict } from '../../src/page.js';
import { linesPass } from '../../src/layout/lines.js';

// One sentence of our own per rule: the mention it should give, with its type and rule.
const names = (text: string, headlines: Array<[number, number]> = []) =>
  recognizeNames(text, [[0, text.length]], headlines).map((m) => ({
    type: m.type,
    text: m.text,
    rule: m.rule,
    ...(m.country ? { country: m.country } : {}),
  }));

describe('entity rules', () => {
  it.each([
    [
      'gazetteer country, typographic variant',
      'Exports from China’s ports rose.',
      { type: 'PLACE', text: 'China', rule: 'gazetteer-country', country: 'CN' },
    ],
    [
      'country alias',
      'Talks with the U.S. resumed.',
      { type: 'PLACE', text: 'U.S.', rule: 'gazetteer-country', country: 'US' },
    ],
    [
      'demonym as nationality',
      'Cambodian police made arrests.',
      { type: 'NORP', text: 'Cambodian', rule: 'gazetteer-demonym', country: 'KH' },
    ],
    [
      'capital',
      'Officials in Phnom Penh denied it.',
      { type: 'PLACE', text: 'Phnom Penh', rule: 'gazetteer-capital', country: 'KH' },
    ],
    [
      'world region adjective',
      'Southeast Asian leaders met.',
      { type: 'NORP', text: 'Southeast Asian', rule: 'gazetteer-region-adjective' },
    ],
    [
      'title before a name',
      'Prime Minister Hun Manet spoke.',
      { type: 'PERSON', text: 'Hun Manet', rule: 'title-before' },
    ],
    [
      'role word before a name',
      'ministry spokesman Guo Jiakun was asked.',
      { type: 'PERSON', text: 'Guo Jiakun', rule: 'title-before' },
    ],
    [
      'apposition with a role',
      'Nguyen Phu Trong, the party leader, spoke.',
      { type: 'PERSON', text: 'Nguyen Phu Trong', rule: 'apposition-role' },
    ],
    [
      'reporting verb after',
      'The deal is done, Okonjo Iweala said.',
      { type: 'PERSON', text: 'Okonjo Iweala', rule: 'reporting-verb' },
    ],
    [
      'given name',
      'Then Margaret Ellis planted asters.',
      { type: 'PERSON', text: 'Margaret Ellis', rule: 'first-name' },
    ],
    [
      'organisation head word',
      'Shares of Northwind Holdings fell.',
      { type: 'ORG', text: 'Northwind Holdings', rule: 'org-head-word' },
    ],
    ['acronym', 'Officials of the KPMC met on Monday.', { type: 'ORG', text: 'KPMC', rule: 'acronym' }],
    [
      'known international body',
      'The United Nations voted.',
      { type: 'ORG', text: 'United Nations', rule: 'gazetteer-org' },
    ],
    [
      'government body through its country',
      'China’s foreign ministry said so.',
      { type: 'ORG', text: 'China’s foreign ministry', rule: 'government-body', country: 'CN' },
    ],
    [
      'place head word',
      'Traffic was closed on Castlefrank Road.',
      { type: 'PLACE', text: 'Castlefrank Road', rule: 'place-head-word' },
    ],
    [
      'organisation noun beside',
      'Turkish club Galatasaray won.',
      { type: 'ORG', text: 'Galatasaray', rule: 'org-noun' },
    ],
    [
      'city closing a club name',
      'He joined Steaua Bucharest in May.',
      { type: 'ORG', text: 'Steaua Bucharest', rule: 'city-in-name' },
    ],
    [
      'country inside a company name',
      'Kenya Power raised its prices.',
      { type: 'ORG', text: 'Kenya Power', rule: 'place-in-name', country: 'KE' },
    ],
    [
      'a name with "the" is no person',
      'He quit the Sea Org in May.',
      { type: 'ORG', text: 'Sea Org', rule: 'the-name' },
    ],
    [
      'place after "in"',
      'The meeting was held in Walikale.',
      { type: 'PLACE', text: 'Walikale', rule: 'place-preposition' },
    ],
    [
      'business words around a name',
      'Analysts cut their view of Tarnow shares on Monday.',
      { type: 'ORG', text: 'Tarnow', rule: 'business-context' },
    ],
    [
      'a place word, "of", a name',
      'Storms crossed the Gulf of Mexico.',
      { type: 'PLACE', text: 'Gulf of Mexico', rule: 'place-head-word' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toContainEqual(expected);
  });

  it('dateline place and club in brackets', () => {
    expect(names('RANGOON 1996-12-06 Students marched.')).toContainEqual({
      type: 'PLACE',
      text: 'RANGOON',
      rule: 'dateline-place',
    });
    expect(names('Squad: Luis Figo (Barcelona), Rui Costa (Fiorentina).')).toContainEqual({
      type: 'ORG',
      text: 'Barcelona',
      rule: 'team-in-brackets',
      country: 'ES',
    });
  });

  it('reads cities as clubs in a match report, and a company after its city through the story', () => {
    const report = 'Premier league results. Goals in the match came late. The striker scored. Plymouth 4 Exeter 1.';
    expect(names(report).map(({ type, text, rule }) => ({ type, text, rule }))).toEqual([
      { type: 'ORG', text: 'Plymouth', rule: 'sports-club' },
      { type: 'ORG', text: 'Exeter', rule: 'sports-club' },
    ]);
    const story = "Norilsk's debts grew. Officials said Norilsk would pay.";
    expect(
      names(story)
        .filter((m) => m.text === 'Norilsk')
        .map((m) => m.type),
    ).toEqual(['ORG', 'ORG']);
  });

  it('links a short reference to the full name', () => {
    const m = names('Spokesman Guo Jiakun spoke. Later, Guo declined to comment.');
    expect(m.filter((x) => x.text === 'Guo')).toEqual([{ type: 'PERSON', text: 'Guo', rule: 'short-name-link' }]);
  });

  it('reads a headline word only when the story names it', () => {
    const r = parseArticle(
      'CRICKET - LARA ENDURES ANOTHER MISERABLE DAY\n\nBrian Lara was out for five runs on Friday. Lara looked tired.\n',
    );
    expect(r.mentions.filter((x) => x.text === 'LARA')).toEqual([expect.objectContaining({ type: 'PERSON' })]);
    expect(r.mentions.find((x) => x.text === 'Lara')).not.toHaveProperty('country');
    expect(r.mentions.some((x) => ['CRICKET', 'ENDURES', 'MISERABLE'].includes(x.text))).toBe(false);
  });

  it('drops words that only look like names', () => {
    expect(names('However, Internet Explorer lost users. Staff Writer.').map((m) => m.text)).toEqual([]);
  });

  it('describes an official with title, organisation and country', () => {
    const r = parseArticle(
      'Talks\n\nKenya signed a deal with Ethiopia on Tuesday, Energy Minister Davis Chirchir said after the meeting.\n',
    );
    expect(r.entities.officials).toEqual([
      expect.objectContaining({ name: 'Davis Chirchir', title: 'Energy Minister', country: 'KE' }),
    ]);
  });
});

describe('which lines names are read from', () => {
  it("reads the article's own headline, not the browser title line above the page's menus", () => {
    const para = (s: string) => `${s} The council met in the old town hall and the debate ran late into the night.`;
    const text = [
      'Lisbon approves new harbour wall | Valley Post',
      'Home',
      'News',
      'Sport',
      'Lisbon approves new harbour wall',
      para('Mayor Ana Ruiz said on Friday that work would begin in spring.'),
      para('Engineers from the port authority said the old wall had been damaged by storms.'),
      para('Residents of Lisbon welcomed the news.'),
    ].join('\n\n');
    const r = parseArticle(text);
    const headline = text.indexOf('Lisbon approves new harbour wall', 10);
    const lisbon = r.mentions.filter((m) => m.text === 'Lisbon').map((m) => m.start);
    expect(lisbon).toContain(headline);
    expect(lisbon).not.toContain(0);
    expect(r.mentions.some((m) => m.text === 'Valley Post')).toBe(false);
  });
  it("reads a byline's names when it stands right above the text, not above a gallery", () => {
    const para = (s: string) => `${s} The council met in the old town hall and the debate ran late into the night.`;
    const story = [
      para('Mayor Ana Ruiz said on Friday that work would begin in spring.'),
      para('Engineers from the port authority said the old wall had been damaged by storms.'),
    ];
    const page = (between: string[]) =>
      ['Lisbon approves new harbour wall', 'By Tomas Pereira', ...between, ...story].join('\n\n');
    const author = (text: string) => parseArticle(text).mentions.some((m) => m.text === 'Tomas Pereira');
    expect(author(page(['November 19, 2024']))).toBe(true);
    const gallery = ['Photo: Rui Costa', 'Image 1 of 12', 'Photo: Rui Costa', 'Image 2 of 12', 'Share'];
    expect(author(page(gallery))).toBe(false);
  });
  it('reads the name under a post the article embeds, not its handle', () => {
    const para = (s: string) => `${s} The council met in the old town hall and the debate ran late into the night.`;
    const text = [
      'Lisbon approves new harbour wall',
      para('Mayor Ana Ruiz said on Friday that work would begin in spring.'),
      para('The wall will run for two kilometres along the river front.'),
      para('It replaces a wall built in the last century.'),
      'Critics were quick to respond online.',
      'The wall will cost more than the harbour earns in ten years. Who asked for this?',
      '— Marta Quental (@martaquental) November 18, 2024',
      para('Engineers from the port authority said the old wall had been damaged by storms.'),
      para('Residents of Lisbon welcomed the news.'),
    ].join('\n\n');
    const r = parseArticle(text, { refDate: '2024-11-20' });
    const names = r.mentions.map((m) => m.text);
    expect(names).toContain('Marta Quental');
    expect(names.join(' ')).not.toMatch(/martaquental/i);
    // Its day is the post's, not the article's.
    expect(r.published).not.toBe('2024-11-18');
  });
  it("searches an embedded post's signature under a line of the article even when the body drops it", () => {
    const text =
      'Critics were quick to respond.\nWho asked for this?\n— Marta Quental (@martaquental) November 18, 2024';
    const page = newPage(text, {});
    linesPass(page);
    setVerdict(page, 0, 'body', 'prose');
    setVerdict(page, 1, 'body', 'prose');
    setVerdict(page, 2, 'boilerplate', 'model-boilerplate');
    const signature = text.lastIndexOf('—');
    expect(articleRanges(page).at(-1)).toEqual([signature, text.indexOf('(@')]);
    setVerdict(page, 1, 'boilerplate', 'model-boilerplate');
    expect(articleRanges(page)).toHaveLength(1);
  });
});

describe('names and dates over the same words', () => {
  it('drops a time zone read as a name, and a day read as a date inside a name', () => {
    const r = parseArticle(
      'Harbour wall to be rebuilt\n\nPosted Nov 18, 2025 at 9:24 pm ET\n\n' +
        'Sheffield Wednesday fans met Johnnie Christmas, the harbour master, on Tuesday to discuss the plan ' +
        'for the old wall, which storms damaged last winter.\n',
      { refDate: '2025-11-20' },
    );
    const dates = r.mentions.filter((m) => m.type === 'DATE').map((m) => m.text);
    expect(dates).toContain('Tuesday');
    expect(dates).not.toContain('Wednesday');
    expect(dates).not.toContain('Christmas');
    expect(r.mentions.some((m) => m.text === 'ET' && m.type !== 'TIME')).toBe(false);
  });
});

describe('the same slot of a list', () => {
  // Mentions as the tagger might give them: four players, each with a club in brackets.
  const text = 'Ann Bell (Leeds United), Cara Dunn (Hearts), Eve Ford (Derby), Gail Hunt (Celtic).';
  const at = (s: string, type: NameMention['type']): NameMention => {
    const start = text.indexOf(s);
    return { type, text: s, start, end: start + s.length };
  };
  const tagged = (clubType: NameMention['type']): NameMention[] => [
    at('Ann Bell', 'PERSON'),
    at('Leeds United', 'ORG'),
    at('Cara Dunn', 'PERSON'),
    at('Hearts', 'ORG'),
    at('Eve Ford', 'PERSON'),
    at('Derby', 'PLACE'),
    at('Gail Hunt', 'PERSON'),
    at('Celtic', clubType),
  ];
  it('makes a place in brackets after a person a club when most of the slot are clubs', () => {
    const out = bracketSlots(tagged('ORG'), text);
    expect(out.find((m) => m.text === 'Derby')).toMatchObject({ type: 'ORG', rule: 'team-in-brackets' });
  });
  it('leaves the slot alone when places are not outnumbered', () => {
    const out = bracketSlots(tagged('PLACE'), text);
    expect(out.map((m) => m.type)).toEqual(tagged('PLACE').map((m) => m.type));
  });
});

describe('credit labels', () => {
  it('drops a label before a colon and keeps the name it credits', () => {
    const text = 'Image: Jane Roe.';
    const found: NameMention[] = [
      { type: 'PERSON', text: 'Image', start: 0, end: 5 },
      { type: 'PERSON', text: 'Jane Roe', start: 7, end: 15 },
    ];
    expect(withoutCreditLabels(found, text).map((m) => m.text)).toEqual(['Jane Roe']);
  });
  it('keeps the same word where it names something', () => {
    const text = 'Source Capital said: no.';
    const found: NameMention[] = [{ type: 'ORG', text: 'Source Capital', start: 0, end: 14 }];
    expect(withoutCreditLabels(found, text)).toHaveLength(1);
  });
});

// Mentions side by side, as a refiner receives them: only their types and texts matter here.
const named = (...pairs: Array<[NameMention['type'], string]>): NameMention[] => {
  let at = 0;
  return pairs.map(([type, text]) => {
    const m = { type, text, start: at, end: at + text.length };
    at = m.end + 1;
    return m;
  });
};
/** Persons side by side: what the tagger hands a refiner that retypes or drops persons. */
const persons = (...names: string[]): NameMention[] =>
  named(...names.map((t): [NameMention['type'], string] => ['PERSON', t]));
const texts = (ms: NameMention[]): string[] => ms.map((m) => m.text);
const typed = (ms: NameMention[]): string[] => ms.map((m) => `${m.type}:${m.text}`);

describe('common acronyms', () => {
  it('drops a common noun in capitals and keeps a name that contains one', () => {
    const found = named(['ORG', 'SUVs'], ['PERSON', 'CEO'], ['ORG', 'PC World']);
    expect(texts(withoutCommonAcronyms(found))).toEqual(['PC World']);
  });
});

describe('abbreviations the text defines', () => {
  it('drops the short form of words in small letters, and keeps one that stands for a name', () => {
    const text =
      'Doctors call it harbour lung syndrome, or HLS. The Valley Health Board (VHB) says HLS is rare. ' +
      'A second condition, chronic quay fever (CQF), spreads in winter.';
    const found = named(['ORG', 'HLS'], ['ORG', 'VHB'], ['ORG', 'HLS'], ['PLACE', 'CQF']);
    expect(texts(withoutDefinedCommonAcronyms(found, text))).toEqual(['VHB']);
    expect(texts(withoutDefinedCommonAcronyms(found, 'The HLS team met the VHB.'))).toEqual([
      'HLS',
      'VHB',
      'HLS',
      'CQF',
    ]);
  });
});

describe('handles and hashtags', () => {
  it('drop a name written as an account, and keep the name written out', () => {
    const text = 'Jane Doe reports for the Valley Post. Follow her @JaneDoe and #RiverTown. TED@Doha';
    const at = (t: string): [number, number] => [text.indexOf(t), text.indexOf(t) + t.length];
    const found: NameMention[] = [
      { type: 'PERSON', text: 'Jane Doe', start: 0, end: 8 },
      { type: 'ORG', text: 'JaneDoe', start: at('JaneDoe')[0], end: at('JaneDoe')[1] },
      { type: 'PLACE', text: 'RiverTown', start: at('RiverTown')[0], end: at('RiverTown')[1] },
    ];
    const doha: NameMention = { type: 'PLACE', text: 'Doha', start: text.length - 4, end: text.length };
    expect(texts(withoutHandles([...found, doha], text))).toEqual(['Jane Doe', 'Doha']);
  });
});

describe('a title inside a person', () => {
  it('leaves the name after it, and the place before it', () => {
    const text = 'Massachusetts Gov. Jane Doe and Valley Harbour Dr. Ana Ruiz met Chief Ben Okafor.';
    const span = (t: string): NameMention => ({
      type: 'PERSON',
      text: t,
      start: text.indexOf(t),
      end: text.indexOf(t) + t.length,
    });
    const out = titledPersons(
      [span('Massachusetts Gov. Jane Doe'), span('Valley Harbour Dr. Ana Ruiz'), span('Chief Ben Okafor')],
      text,
    );
    expect(out.map((m) => `${m.type}:${m.text}`)).toEqual([
      'PLACE:Massachusetts',
      'PERSON:Jane Doe',
      'PERSON:Ana Ruiz',
      'PERSON:Chief Ben Okafor',
    ]);
    expect(out.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
  });
});

describe('a surname alone', () => {
  const text =
    'Finance Minister Helen Grant met Paul Mill on Monday. Talks between Mill and Grant ran late. ' +
    'Both Grant and Mill left at nine. A grant was approved. Mill Lane was closed. Sonos Move sold well; Move was late.';
  const at = (t: string): [number, number] => [text.indexOf(t), text.indexOf(t) + t.length];
  const person = (t: string): NameMention => ({ type: 'PERSON', text: t, start: at(t)[0], end: at(t)[1] });
  const found = surnameReferences([person('Helen Grant'), person('Paul Mill'), person('Sonos Move')], text, [
    [0, text.length],
  ]);
  const added = found.filter((m) => m.rule === 'surname-reference').map((m) => `${m.text}@${m.start}`);
  it('is the person the article named in full, beside a word that opens a sentence', () => {
    const mill = [...text.matchAll(/Mill\b/g)].map((m) => `Mill@${m.index}`);
    expect(added).toEqual(expect.arrayContaining([mill[1], mill[2]]));
  });
  it('is left alone where the article writes it in small letters, or a capitalised word joins it', () => {
    expect(added.filter((a) => a.startsWith('Grant'))).toEqual([]);
    expect(added).not.toContain(`Mill@${at('Mill Lane')[0]}`);
  });
  it('needs a full name that opens with a given name', () => {
    expect(added.filter((a) => a.startsWith('Move'))).toEqual([]);
  });
});

describe('a body described, not named', () => {
  it('drops "the" and a head word alone, and keeps a name made with "the"', () => {
    const found = named(['ORG', 'The Ministry'], ['ORG', 'The Company'], ['ORG', 'The Times'], ['ORG', 'The Senate']);
    expect(texts(withoutBodyReferences(found))).toEqual(['The Times', 'The Senate']);
  });
});

describe('product names', () => {
  it('drops a well-known product, with its model, and keeps the company that makes it', () => {
    const found = named(['PERSON', 'Firefox'], ['ORG', 'Xbox One X'], ['ORG', 'Microsoft'], ['PLACE', 'Windsor']);
    expect(texts(withoutProducts(found))).toEqual(['Microsoft', 'Windsor']);
  });
  it('drops a car by its model, or its maker and model, and keeps the maker and a model that is a word', () => {
    const found = named(
      ['PLACE', 'Prius'],
      ['ORG', 'Toyota Camry Hybrid'],
      ['PERSON', 'Nissan Leaf'],
      ['ORG', 'Toyota'],
      ['ORG', 'Ford Motor'],
      ['PLACE', 'Tacoma'],
      ['ORG', 'NISSAN SENTRA'],
      ['ORG', 'Sentra Partners'],
    );
    expect(texts(withoutProducts(found))).toEqual(['Toyota', 'Ford Motor', 'Tacoma', 'Sentra Partners']);
  });
});

describe('compound brands', () => {
  it('makes a firm of two everyday words run together, and leaves people named so', () => {
    const firms = ['DoorDash', 'BlackRock', 'WeWork'];
    const people = ['DeShawn Carter', 'Neil MacBride', 'MacBride', 'LuAnn', 'Maria Sanchez'];
    const found = persons(...firms, ...people);
    expect(typed(compoundBrandsAsOrganisations(found))).toEqual([
      ...firms.map((t) => `ORG:${t}`),
      ...people.map((t) => `PERSON:${t}`),
    ]);
  });
});

describe("a company's short form", () => {
  // What the tagger said, and what the refiner makes of it.
  const rows: Array<[NameMention['type'], string, NameMention['type']]> = [
    ['ORG', 'Harlow Biotech Inc', 'ORG'],
    ['PERSON', 'Harlow', 'ORG'],
    ['ORG', 'Quarry Gold Corp', 'ORG'],
    ['PLACE', 'Quarry', 'ORG'],
    ['ORG', 'Denver Pipe Co', 'ORG'],
    ['PLACE', 'Denver', 'PLACE'], // a place the gazetteer knows
    ['PERSON', 'Ann Harlow', 'PERSON'],
  ];
  const refined = (rs: typeof rows): string[] =>
    typed(
      companyShortForms(named(...rs.map(([type, text]): [NameMention['type'], string] => [type, text])), gazetteer()),
    );
  it('is the company the article named in full, and a known place stays a place', () => {
    expect(refined(rows)).toEqual(rows.map(([, text, type]) => `${type}:${text}`));
  });
  it('takes in the legal form after a name: a company named for its founders', () => {
    const text = 'Shares of Ada Lovell & Co. rose; Ada Lovell joined Paris Ltd. in May.';
    const at = (t: string, type: NameMention['type']): NameMention => ({
      type,
      text: t,
      start: text.indexOf(t),
      end: text.indexOf(t) + t.length,
    });
    const found = [at('Ada Lovell', 'PERSON'), at('Paris', 'PLACE')];
    expect(typed(companiesNamedForPeople(found, text, gazetteer()))).toEqual(['ORG:Ada Lovell & Co.', 'PLACE:Paris']);
  });
  it('needs the legal form on the full name', () => {
    expect(
      refined([
        ['ORG', 'Harlow Biotech Partners', 'ORG'],
        ['PERSON', 'Harlow', 'PERSON'],
      ]),
    ).toEqual(['ORG:Harlow Biotech Partners', 'PERSON:Harlow']);
  });
});

describe('a person of an organisation', () => {
  it('splits a full name and the organisation it speaks for, and leaves bodies named "of" a place', () => {
    const found = named(
      ['ORG', 'Maria Lund of Harbour Savings Bank'],
      ['ORG', 'Bank of Iceland'],
      ['ORG', 'Ivory Coast of Africa'],
    );
    expect(typed(personsOfOrganisations(found))).toEqual([
      'PERSON:Maria Lund',
      'ORG:Harbour Savings Bank',
      'ORG:Bank of Iceland',
      'ORG:Ivory Coast of Africa',
    ]);
    const [person, org] = personsOfOrganisations(found);
    expect([person.start, person.end, org.start]).toEqual([0, 10, 14]);
  });
});

describe("the page's own publication", () => {
  it('makes an organisation of the publisher named in the text, and leaves people and places', () => {
    const found = named(['PERSON', 'Hill'], ['PLACE', 'Harbour Reporter'], ['PERSON', 'Ana Ruiz']);
    expect(typed(publisherAsOrganisation(found, 'TheHill'))).toEqual([
      'ORG:Hill',
      'PLACE:Harbour Reporter',
      'PERSON:Ana Ruiz',
    ]);
    expect(typed(publisherAsOrganisation(found, 'The Harbour Reporter'))[1]).toBe('ORG:Harbour Reporter');
    // A blog named after its writer; a title line ending in the story's subject.
    expect(typed(publisherAsOrganisation(found, 'Ana Ruiz'))[2]).toBe('PERSON:Ana Ruiz');
    expect(typed(publisherAsOrganisation(named(['PLACE', 'Lisbon']), 'Lisbon'))).toEqual(['PLACE:Lisbon']);
    expect(typed(publisherAsOrganisation(named(['PERSON', 'Longfellow']), 'Longfellow'))).toEqual([
      'PERSON:Longfellow',
    ]);
  });
});

describe('digits in a person', () => {
  it('drops a person whose name has digits: a model, a code or a verse', () => {
    const found = persons('Oppo N3', 'Matthew 24:6', 'Ana Ruiz');
    expect(texts(withoutDigitsInPersons(found))).toEqual(['Ana Ruiz']);
    expect(texts(withoutDigitsInPersons(named(['ORG', 'Channel 4'])))).toEqual(['Channel 4']);
  });
});

describe('storms', () => {
  it('drops a storm and the persons of its given name, and keeps the people of the story', () => {
    const text = 'Hurricane Maren flooded the coast. Maren left 40,000 homes without power, Mayor Ana Ruiz said.';
    const found = named(['PERSON', 'Hurricane Maren'], ['PERSON', 'Maren'], ['PERSON', 'Ana Ruiz']);
    expect(texts(withoutStorms(found, text))).toEqual(['Ana Ruiz']);
    expect(texts(withoutStorms(named(['PERSON', 'Maren']), 'Maren Olsen spoke.'))).toEqual(['Maren']);
  });
});
