/**
 * The contiguous run of lines with the largest total score (Kadane's algorithm): the article body
 * is one stretch of prose, with the odd short line (a subheading, a caption) inside it and menus,
 * teasers and footers outside. Returns [first, last] line indices, or null when nothing scores.
 */
export function bestRegion(scores: number[]): [number, number] | null {
  let best = 0,
    bestFrom = -1,
    bestTo = -1;
  let sum = 0,
    from = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += scores[i];
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = i;
    }
  }
  return bestFrom < 0 ? null : [bestFrom, bestTo];
}
