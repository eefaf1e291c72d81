// What pages print around a post they embed from a social network.

/**
 * The signature under an embedded post, as the platforms render it: "— Jane Doe (@janedoe)
 * November 18, 2019". Matched on the line with its typography folded.
 */
export const EMBED_SIGNATURE = /^-\s*[^()]{2,80}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;
