import { vocab } from './vocab.js';

/**
 * The word a newspaper's or a magazine's name ends with ("Montgomery Advertiser", "Los Angeles
 * Times", "FLORIDA TODAY"), one per line, lower case. In a byline, a part after the writer's name
 * that ends with one is the publication ("Brian Lyman, Montgomery Advertiser"), never a second
 * author. Left out: words that are surnames as often ("Post", "Star", "Sun", "Record", "Mail").
 */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set(
  vocab(`
advertiser
times
journal
herald
tribune
gazette
chronicle
courier
register
examiner
observer
inquirer
enquirer
dispatch
bulletin
telegraph
guardian
independent
sentinel
today
daily
weekly
magazine
newspaper
news
press
review
globe
`),
);
