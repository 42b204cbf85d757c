// Trial 29's two small sheets, where an RFM segment name said what the lifecycle stage beside it
// refutes (R, F and M rank the customers against each other). Shared by the unit and bundle tests.

/** [customer, days before the analysis day of the last purchase, purchase days, days between them, amount]. */
type Customer = readonly [string, number, number, number, number];

/**
 * Everyone else bought months ago, so Kim (weekly six times, 60 days silent: 8.6× her gap) scores
 * R 4 and was "Champions", Ann (monthly three times, 200 days silent) "Loyal Customers", and Hal
 * (twice, 70 days silent: 4.3× his gap) "New Customers" — all three Lapsed.
 */
export const OLD_SHEET: readonly Customer[] = [
  ['Kim', 60, 6, 7, 30],
  ['Ann', 200, 3, 30, 40],
  ['Bo', 240, 4, 25, 60],
  ['Cy', 260, 2, 35, 20],
  ['Di', 300, 1, 0, 25],
  ['Ed', 330, 1, 0, 90],
  ['Flo', 20, 1, 0, 15],
  ['Gus', 5, 3, 14, 35],
  ['Hal', 70, 2, 10, 12],
];

/**
 * Everyone else bought in the last few days, so Cat and Eve (once, 2 and 3 days ago) were "About To
 * Sleep" and Flo (once, 25 days ago) "Lost" — all three New.
 */
export const RECENT_SHEET: readonly Customer[] = [
  ['Amy', 0, 3, 4, 40],
  ['Ben', 1, 2, 5, 60],
  ['Cat', 2, 1, 0, 20],
  ['Dan', 1, 4, 3, 25],
  ['Eve', 3, 1, 0, 90],
  ['Flo', 25, 1, 0, 150],
  ['Gil', 20, 2, 30, 200],
];

/** The sheet's purchases as [customer, day, amount], `day` counted back from the analysis day. */
export function purchasesOf(sheet: readonly Customer[]): [string, number, number][] {
  const rows: [string, number, number][] = [];
  for (const [name, last, days, gap, amount] of sheet)
    for (let k = 0; k < days; k++) rows.push([name, last + gap * k, amount]);
  return rows;
}
