import type { RepeatHistory } from './repeat-history';

/**
 * A figure of one history kept until another is asked for: a customer's row reads their repeat
 * probability and their predicted value, and both start from the same P(alive) (three logarithms
 * and an exponential; once per customer, not twice). The same object with the same x, tx and T
 * gets the kept figure, so a history changed in place is worked out again.
 */
export function lastHistoryMemo(figure: (h: RepeatHistory) => number): (h: RepeatHistory) => number {
  let last: RepeatHistory | undefined;
  let x = 0;
  let tx = 0;
  let T = 0;
  let value = 0;
  return (h) => {
    const hx = h.x;
    const htx = h.tx;
    const hT = h.T;
    if (h === last && hx === x && htx === tx && hT === T) return value;
    value = figure(h);
    last = h;
    x = hx;
    tx = htx;
    T = hT;
    return value;
  };
}
