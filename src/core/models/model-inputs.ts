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
  /** Read where `hasLogRepeatSpendSum` is 1 (the summary gave one). */
  readonly logRepeatSpendSum: Float64Array;
  readonly hasLogRepeatSpendSum: Uint8Array;
}

/** The columns of every customer of the list, each summary made and read once. */
export function modelInputsOf(list: CustomerList<CustomerSummary>): ModelInputs {
  const n = list.length;
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const meanSpend = new Float64Array(n);
  const meanRepeatSpend = new Float64Array(n);
  const logRepeatSpendSum = new Float64Array(n);
  const hasLogRepeatSpendSum = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = list.customer(i);
    x[i] = c.x;
    tx[i] = c.tx;
    T[i] = c.T;
    meanSpend[i] = c.meanSpend;
    meanRepeatSpend[i] = c.meanRepeatSpend;
    const logSum = c.logRepeatSpendSum;
    if (logSum !== undefined) {
      logRepeatSpendSum[i] = logSum;
      hasLogRepeatSpendSum[i] = 1;
    }
  }
  return { x, tx, T, meanSpend, meanRepeatSpend, logRepeatSpendSum, hasLogRepeatSpendSum };
}

/** The spend fields of each customer (a history is checked when it is grouped). */
export function assertSpendInputs(inputs: ModelInputs): void {
  const { x, meanSpend, meanRepeatSpend } = inputs;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(meanSpend[i]!)) {
      throw new RangeError(`customers[${i}]: meanSpend must be a finite amount, got ${meanSpend[i]}`);
    }
    if (x[i]! > 0 && !Number.isFinite(meanRepeatSpend[i]!)) {
      throw new RangeError(
        `customers[${i}]: meanRepeatSpend must be a finite amount, got ${meanRepeatSpend[i]}`,
      );
    }
  }
}
