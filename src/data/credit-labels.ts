import { vocab } from './vocab.js';

/**
 * The words that label a picture's credit or source before a colon or "by": "Image: Nick Moreau",
 * "Photo by Jane Doe", "Source: Reuters". One home for the caption widgets, which take such a line
 * out of the body, and for the names, where the label is no name ("Image" is no person).
 */
export const CREDIT_LABELS = vocab(`
image
images
image credit
photo
photos
photo credit
photo credits
picture
pictures
photograph
pic
foto             # Spanish, Italian, German, Portuguese
illustration
graphic
video
videos
gallery
source
credit
`);
