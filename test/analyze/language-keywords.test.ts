import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/analyze/language.js';
import { keywords } from '../../src/analyze/keywords.js';

describe('language', () => {
  it.each([
    ['en', 'The mayor said that the harbour wall was built in the last century and has held since then.'],
    ['es', 'El alcalde dijo que el muro del puerto fue construido en el siglo pasado y que resiste con los años.'],
    ['de', 'Der Bürgermeister sagte, dass die Mauer im Hafen nicht mehr sicher ist und auch bald erneuert wird.'],
    ['fr', 'Le maire a dit que le mur du port est vieux et qu’il sera refait pour la ville avant l’hiver.'],
    ['ja', '港の防波堤は前世紀に建設され、市長は冬までに補強すると述べた。'],
    ['ru', 'Мэр сказал, что стена в гавани была построена в прошлом веке и будет укреплена.'],
  ])('tells %s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });
  it('says "und" when there is too little to tell', () => {
    expect(detectLanguage('Harbour')).toBe('und');
    expect(detectLanguage('1234 5678 90 12 34 56 78 90 12 34')).toBe('und');
  });
});

describe('keywords', () => {
  const body =
    'The sea wall failed. Engineers inspected the sea wall on Monday. The sea wall will be rebuilt, engineers said, ' +
    'and the harbour will stay closed while the sea wall is rebuilt.';
  it('ranks repeated content words and phrases first', () => {
    const k = keywords(body);
    expect(k[0]).toBe('sea wall');
    expect(k).toContain('engineers');
  });
  it('leaves out function words and words said once', () => {
    const k = keywords(body);
    for (const w of ['the', 'will', 'and', 'monday']) expect(k).not.toContain(w);
  });
});
