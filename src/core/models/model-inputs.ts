/**
 * What the full fit reads of each customer, in columns read off the summaries in one pass. The
 * purchase fit's grouping, the spend fit and the store's mean spend each walked every summary
 * again, and a summary of the analysis is made when read (customers/summary-view.ts): four objects
 * and eleven getter calls per customer, in code a cold call runs once, where now there is one
 * object and five calls (issue 13).
 */
import type { CustomerList } from '../customers/customer-list';
import type { CustomerSummary } from './customer-model';
import type { HistoryColumns } from './history-groups';

export interface ModelInputs extends HistoryColumns {
  readonly meanSpend: Float64Array;
  readonly meanRepeatSpend: Float64Array;
  /** NaN where not given. */
  readonly logRepeatSpendSum: Float64Array;
  /** A repeat spender gave a logRepeatSpendSum that is not finite: the spend fit refuses it. */
  readonly invalidSpread: boolean;
  /** Customers with x > 0 and a positive mean repeat spend: those the spend fit uses. */
  readonly repeatSpenders: number;
  /** The store's mean spend per purchase day, Σ(x+1)·meanSpend / Σ(x+1), or 0 when not positive. */
  readonly storeMeanSpend: number;
  /** The first customer whose spend fields are invalid (assertSpendInputs throws for it), or −1. */
  readonly invalidSpendAt: number;
}

/**
 * The columns of every customer of the list, each summary made and read once; the spend fields'
 * check and the sums over every customer are taken in the same pass, as each extra pass over the
 * customers costs a cold call a few milliseconds on CDNOW.
 */
export function modelInputsOf(list: CustomerList<CustomerSummary>): ModelInputs {
  const n = list.length;
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const meanSpend = new Float64Array(n);
  const meanRepeatSpend = new Float64Array(n);
  const logRepeatSpendSum = new Float64Array(n);
  let invalidSpread = false;
  let repeatSpenders = 0;
  let spendTotal = 0;
  let purchaseDays = 0;
  let invalidSpendAt = -1;
  for (let i = 0; i < n; i++) {
    const c = list.customer(i);
    const cx = c.x;
    const spend = c.meanSpend;
    const repeatSpend = c.meanRepeatSpend;
    x[i] = cx;
    tx[i] = c.tx;
    T[i] = c.T;
    meanSpend[i] = spend;
    meanRepeatSpend[i] = repeatSpend;
    const logSum = c.logRepeatSpendSum;
    logRepeatSpendSum[i] = logSum ?? Number.NaN;
    if (cx > 0 && repeatSpend > 0) {
      repeatSpenders++;
      if (logSum !== undefined && !Number.isFinite(logSum)) invalidSpread = true;
    }
    spendTotal += (cx + 1) * spend;
    purchaseDays += cx + 1;
    if (invalidSpendAt < 0 && !(Number.isFinite(spend) && (cx > 0 ? Number.isFinite(repeatSpend) : true)))
      invalidSpendAt = i;
  }
  const mean = purchaseDays > 0 ? spendTotal / purchaseDays : 0;
  return {
    x,
    tx,
    T,
    meanSpend,
    meanRepeatSpend,
    logRepeatSpendSum,
    invalidSpread,
    repeatSpenders,
    storeMeanSpend: Number.isFinite(mean) && mean > 0 ? mean : 0,
    invalidSpendAt,
  };
}

/** Throws for the first customer whose spend fields are invalid (a history is checked when grouped). */
export function assertSpendInputs(inputs: ModelInputs): void {
  const i = inputs.invalidSpendAt;
  if (i < 0) return;
  const { meanSpend, meanRepeatSpend } = inputs;
  if (!Number.isFinite(meanSpend[i]!)) {
    throw new RangeError(`customers[${i}]: meanSpend must be a finite amount, got ${meanSpend[i]}`);
  }
  throw new RangeError(`customers[${i}]: meanRepeatSpend must be a finite amount, got ${meanRepeatSpend[i]}`);
}
