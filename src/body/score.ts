import { SENTENCE_END, wordCount, wordsOf } from '../text/normalize.js';

// Function words of the languages most scraped pages are in. Running text is full of them;
// menus and headlines are not (jusText's signal, which works from text alone).
const STOP = new Set(
  (
    'the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they we you i not no ' +
    'his her their our your will would can could said says also than then there which who whom what when where while after before into about over under ' +
    'de la el los las y en que del por con para un una es se al lo su ' + // es
    'o os as um uma do da dos das em no na nos nas com não mais ' + // pt
    'le les des du et est un une dans pour pas sur au avec ce qui ' + // fr
    'der die das und ist nicht ein eine zu den von mit sich auf für im dem ' + // de
    'il di che non per gli della sono ' + // it
    'yang dan di ini itu dengan untuk dari dalam tidak ke ada akan'
  ).split(/\s+/),
);

export function stopwordDensity(text: string): number {
  const w = wordsOf(text.toLowerCase());
  if (!w.length) return 0;
  return w.filter((x) => STOP.has(x)).length / w.length;
}

/**
 * How much a line looks like article prose: positive for running text, negative for the short
 * lines of menus and widgets. The body is the stretch of lines with the largest sum.
 * Example: a 60-word paragraph ending in a full stop scores about +60; "Home" scores -5.
 */
export function proseScore(text: string): number {
  const size = wordCount(text);
  const sentenceEnd = SENTENCE_END.test(text) || /:$/.test(text);
  // Stop words are counted for spaced scripts only; Chinese and Japanese prose has none to count.
  const unspaced = size > wordsOf(text).length;
  const dense = unspaced || stopwordDensity(text) >= 0.15;
  if (size >= 12 && (sentenceEnd || size >= 25)) return size * (dense ? 1 : 0.4);
  if (size >= 6 && sentenceEnd) return size * (dense ? 0.6 : 0.2);
  return -5;
}
