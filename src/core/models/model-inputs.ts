/**
 * What the full fit reads of each customer, read off the summaries in one pass: every history in
 * columns (for the purchase fit's grouping), the repeat spenders in columns (for the spend fit), the
 * store's mean spend and the spend fields' check. Each of these walked every summary again, and a
 * summary of the analysis is made when read (customers/summary-view.ts): four objects and eleven
 * getter calls per customer, in code a cold call runs once, where now there is one object and six
 * calls (issue 13).
 */
import type { CustomerList } from '../customers/customer-list';
import type { CustomerSummary } from './customer-model';
import type { SpendColumns } from './gamma-gamma';
import type { HistoryColumns } from './history-groups';
import { assertRepeatHistory } from './repeat-history';

export interface ModelInputs extends HistoryColumns {
  /**
   * The customers with x > 0 and a positive mean repeat spend, in order: x, their mean repeat spend
   * and logRepeatSpendSum (NaN where not given, as in the summaries' own columns; an infinite one
   * makes the spend fit's likelihood infinite, so it does not converge).
   */
  readonly spenders: SpendColumns;
  readonly largestRepeatSpend: number;
  /** The store's mean spend per purchase day, Σ(x+1)·meanSpend / Σ(x+1), or 0 when not positive. */
  readonly storeMeanSpend: number;
  /** The first customer whose spend fields are invalid, or −1 (assertSpendInputs). */
  readonly invalidSpendAt: number;
}

export function modelInputsOf(list: CustomerList<CustomerSummary>): ModelInputs {
  const n = list.length;
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  // Sized for everyone, then cut to the spenders (views, not copies).
  const spendX = new Float64Array(n);
  const spendMean = new Float64Array(n);
  const spendLogs = new Float64Array(n);
  let spenders = 0;
  let largestRepeatSpend = 0;
  let spendTotal = 0;
  let purchaseDays = 0;
  let invalidSpendAt = -1;
  for (let i = 0; i < n; i++) {
    const c = list.customer(i);
    const cx = c.x;
    const ctx = c.tx;
    const cT = c.T;
    const spend = c.meanSpend;
    const repeatSpend = c.meanRepeatSpend;
    // A typed column would read null, '2' or true as a number: such a history is refused here.
    if (typeof cx !== 'number' || typeof ctx !== 'number' || typeof cT !== 'number')
      assertRepeatHistory({ x: cx, tx: ctx, T: cT }, i, 'customers');
    x[i] = cx;
    tx[i] = ctx;
    T[i] = cT;
    if (cx > 0 && repeatSpend > 0) {
      spendX[spenders] = cx;
      spendMean[spenders] = repeatSpend;
      spendLogs[spenders++] = c.logRepeatSpendSum ?? Number.NaN;
      if (repeatSpend > largestRepeatSpend) largestRepeatSpend = repeatSpend;
    }
    spendTotal += (cx + 1) * spend;
    purchaseDays += cx + 1;
    if (invalidSpendAt < 0 && !(Number.isFinite(spend) && (cx <= 0 || Number.isFinite(repeatSpend))))
      invalidSpendAt = i;
  }
  const mean = purchaseDays > 0 ? spendTotal / purchaseDays : 0;
  return {
    x,
    tx,
    T,
    spenders: {
      x: spendX.subarray(0, spenders),
      meanSpend: spendMean.subarray(0, spenders),
      logAmountSum: spendLogs.subarray(0, spenders),
    },
    largestRepeatSpend,
    storeMeanSpend: Number.isFinite(mean) && mean > 0 ? mean : 0,
    invalidSpendAt,
  };
}

/** Throws for the first customer whose spend fields are invalid (a history is checked when grouped). */
export function assertSpendInputs(inputs: ModelInputs, list: CustomerList<CustomerSummary>): void {
  const i = inputs.invalidSpendAt;
  if (i < 0) return;
  const c = list.customer(i);
  if (!Number.isFinite(c.meanSpend))
    throw new RangeError(`customers[${i}]: meanSpend must be a finite amount, got ${c.meanSpend}`);
  throw new RangeError(`customers[${i}]: meanRepeatSpend must be a finite amount, got ${c.meanRepeatSpend}`);
}
