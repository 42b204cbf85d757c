// A purchase table's rows grouped by customer: where each customer's rows begin, and the rows in
// customer order (a stable counting sort). Shared by the histories (customer-history.ts) and the
// search for rows typed twice (report/repeated-rows.ts).
/**
 * Where each customer's rows begin in customer order (`customers + 1` entries): a count per
 * customer, then its running sum. Each loop is a function of its own with nothing after it: a cold
 * call's engine compiles a loop while it runs, and code after it that had not yet run bailed out of
 * that compiled code at once (`node --trace-deopt`: three bail-outs of `buildHistories` per call, each
 * compiled again; issue 13).
 */
export function rowStarts(customerOf: Int32Array, n: number, customers: number): Int32Array {
  const rowStart = new Int32Array(customers + 1);
  countRows(customerOf, n, rowStart);
  runningSum(rowStart);
  return rowStart;
}

function countRows(customerOf: Int32Array, n: number, rowStart: Int32Array): void {
  for (let i = 0; i < n; i++) rowStart[customerOf[i]! + 1]!++;
}

function runningSum(values: Int32Array): void {
  for (let c = 1; c < values.length; c++) values[c]! += values[c - 1]!;
}

/**
 * The `n` rows in customer order, each customer's in row order (a stable counting sort): `fill` starts
 * as each customer's first position and is moved on as their rows are placed.
 */
export function rowOrder(customerOf: Int32Array, n: number, fill: Int32Array): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[customerOf[i]!]!++] = i;
  return order;
}
