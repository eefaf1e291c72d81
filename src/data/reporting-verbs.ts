import { vocab } from './vocab.js';

// Verbs of saying, one per line, with tags:
//   inverts  the verb also stands before its subject in news copy ("…, said Guo"), so a name right
//            after it is the speaker; "told X" and "asked X" name the listener instead
//   pronoun  "…," she <verb>: the pronoun speaker of a quote just closed
const ENTRIES = vocab(`
said            inverts pronoun
says            inverts pronoun
say
told            pronoun   # "told reporters": the listener follows
tells
added           inverts pronoun
adds
stated
states
noted
notes
explained       pronoun
explains
argued
argues
insisted
insists
warned
warns
announced
announces
wrote           inverts pronoun
writes
asked           # "asked the BBC": the one asked follows
asks
replied
replies
recalled
recalls
claimed
claims
declared
declares
acknowledged
admitted
confirmed
confirms
denied
denies
urged
urges
believes
believed
thinks
thought
`).map((line) => {
  const [word, ...tags] = line.split(/\s+/);
  return { word, tags };
});

const withTag = (tag: string): string[] => ENTRIES.filter((e) => e.tags.includes(tag)).map((e) => e.word);

/** Every verb of saying: "…, Guo said" makes "Guo" a person. */
export const REPORTING_VERBS: string[] = ENTRIES.map((e) => e.word);
/** Verbs a speaker follows: "said Guo", "wrote the minister". */
export const INVERTING_VERBS: string[] = withTag('inverts');
/** Verbs of a pronoun speaker after a quote: '"…," she said'. */
export const PRONOUN_SPEECH_VERBS: string[] = withTag('pronoun');
