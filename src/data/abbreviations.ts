import { escapeRegExp, vocab } from './vocab.js';

/**
 * Abbreviations whose full stop ends no sentence ("Mr. Guo", "Jan. 19", "U.S. officials"),
 * written without it; matched in any case. Single capital letters (initials) count too, and are
 * handled where they are read.
 */
export const ABBREVIATIONS = vocab(`
mr
mrs
ms
dr
prof
sen            # Senator
rep            # Representative
gov            # Governor
gen            # General
col            # Colonel
lt             # Lieutenant
capt
sgt
st             # Saint, Street
jr
sr
inc
corp
co
ltd
no             # No. 1
vs
jan
feb
mar
apr
jun
jul
aug
sep
sept
oct
nov
dec
mt             # Mount
ft             # Fort
ave
blvd
rev            # Reverend
hon            # Honourable
u.s
e.g
i.e
a.m
p.m
`);

/** The abbreviations as one alternation for a pattern. */
export const ABBREVIATION_ALTERNATION = ABBREVIATIONS.map(escapeRegExp).join('|');
