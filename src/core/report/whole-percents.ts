// Shares shown as whole percents (the Summary's '0%' cells, the sidebar's "81% of revenue"). One
// count of one total shows one percent wherever it appears: each share is rounded to the nearest
// whole percent on its own (new-owner trial: the largest-remainder split, which made each column add
// up to 100, showed 1 customer of 6 as 17% in the stage table and 16% in the segment table, and 4 of
// 6 as 66%). No rule can do both: with 1 + 1 + 4 of 6 at 17 + 17 + 67 a column adds up to 101, and
// an owner checking one figure against another reads a differing percent as an error, a column
// adding to 99 or 101 as rounding. So a column of n rows adds up to within n/2 of 100.

/**
 * The parts' shares of their sum, each rounded to the nearest whole percent (halves away from zero,
 * as Sheets' '0%' format shows them). Parts below 0 (net returns) keep their sign (-5%); a sum that
 * is not positive has no shares: 0 each.
 * @example wholePercentShares([1, 1, 4]) // [0.17, 0.17, 0.67]
 * @example wholePercentShares([2, 1, 1]) // [0.5, 0.25, 0.25]
 */
export function wholePercentShares(parts: readonly number[]): number[] {
  let total = 0;
  for (const p of parts) total += p;
  if (!(total > 0)) return parts.map(() => 0);
  return parts.map((p) => {
    const percent = (p / total) * 100;
    // Math.round rounds -5.5 to -5: halves go away from zero for both signs.
    const whole = Math.sign(percent) * Math.round(Math.abs(percent));
    return (whole + 0) / 100;
  });
}
