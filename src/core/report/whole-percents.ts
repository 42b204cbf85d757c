// Shares shown as whole percents (the Summary's '0%' cells, the sidebar's "81% of revenue") that add
// up to 100: rounded one by one, three tiers can show 81% + 15% + 5% = 101%.

/**
 * The parts' shares of their sum, in whole percents by the largest-remainder method: each rounded
 * down, then the percents left over go one each to the largest remainders (ties to the earlier part).
 * Parts below 0 (net returns) or a sum that is not positive have no such split: plain shares then
 * (0 for a sum that is not positive).
 * @example wholePercentShares([1, 1, 1]) // [0.34, 0.33, 0.33]
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
    .sort((a, b) => exact[b]! - whole[b]! - (exact[a]! - whole[a]!) || a - b);
  for (const i of byRemainder) {
    if (left <= 0) break;
    whole[i]!++;
    left--;
  }
  return whole.map((w) => w / 100);
}
