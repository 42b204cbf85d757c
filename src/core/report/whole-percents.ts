// Shares shown as whole percents (the Summary's '0%' cells, the sidebar's "81% of revenue") that add
// up to 100: rounded one by one, three tiers can show 81% + 15% + 5% = 101%. Equal parts show equal
// percents, though: an owner reading "1 customer 9%" beside "1 customer 8%" sees an error, so when
// the percents left over cannot go to every part of a tie, none of the tie gets one, and the column
// then adds up to a little under 100 (by less than the number of tied parts).

/**
 * The parts' shares of their sum, in whole percents by the largest-remainder method: each rounded
 * down, then the percents left over go one each to the largest remainders, a tie of equal parts
 * taking them all or none (then no smaller remainder takes one either). Parts below 0 (net returns)
 * or a sum that is not positive have no such split: plain shares then (0 for a sum that is not
 * positive).
 * @example wholePercentShares([1, 1, 1]) // [0.33, 0.33, 0.33]
 * @example wholePercentShares([2, 1, 1]) // [0.5, 0.25, 0.25]
 */
export function wholePercentShares(parts: readonly number[]): number[] {
  let total = 0;
  for (const p of parts) total += p;
  if (!(total > 0)) return parts.map(() => 0);
  if (parts.some((p) => p < 0)) return parts.map((p) => p / total);
  const exact = parts.map((p) => (p / total) * 100);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((_, i) => i)
    // Equal parts have equal remainders; among parts of one remainder, equal parts side by side.
    .sort((a, b) => exact[b]! - whole[b]! - (exact[a]! - whole[a]!) || parts[b]! - parts[a]! || a - b);
  for (let g = 0; g < byRemainder.length && left > 0; ) {
    // The parts equal to this one (so with the same remainder) are next to it in remainder order.
    let end = g + 1;
    while (end < byRemainder.length && parts[byRemainder[end]!] === parts[byRemainder[g]!]) end++;
    if (end - g > left) break;
    for (let k = g; k < end; k++) whole[byRemainder[k]!]!++;
    left -= end - g;
    g = end;
  }
  return whole.map((w) => w / 100);
}
