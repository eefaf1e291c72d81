import { vocab } from './vocab.js';

/**
 * Given names that are everyday words too. compromise's lexicon tags them as words only, so its
 * list of first names (data/lexicon.json) lacks them, and bylines such as "By Bill Mears", "By
 * Sandy Schaefer" or "By April Glaser" gave no author. Read only where a byline's names are read,
 * and only before a word that is no everyday word ("Rose Garden", "May Day" stay no names).
 */
export const GIVEN_NAMES_ALSO_WORDS = vocab(`
april
art
august
bill
bud
chip
crystal
daisy
dawn
dean
faith
frank
gene
guy
herb
holly
hope
hunter
jay
joy
june
lily
may
melody
pearl
penny
ray
rose
ruby
sandy
summer
will
max
mark
jack
grant
drew
chuck
miles
pat
sue
grace
iris
ivy
amber
heather
hazel
olive
robin
`);
