import type { DayNumber } from '../days';
import type { AmountDrop } from '../lifecycle/amount-drop';
import type { CustomerHistories } from './customer-history';
import type { CustomerList } from './customer-list';
import type { LastBreak, ModelledSummary } from './customer-summary';

/**
 * The figures of every customer's summary that are not read straight off their purchase days, one
 * column each (customer `c` at index `c`, as in the histories), worked out once by
 * `summarizeCustomers`. NaN stands for "undefined" in the columns of optional figures.
 */
export interface SummaryColumns {
  readonly histories: CustomerHistories;
  readonly asOfDay: DayNumber;
  readonly logGapSum: Float64Array;
  readonly meanSpend: Float64Array;
  readonly meanRepeatSpend: Float64Array;
  /** NaN when undefined. */
  readonly logRepeatSpendSum: Float64Array;
  /** NaN for a one-time buyer. */
  readonly ownGapDays: Float64Array;
  /** NaN for a one-time buyer. */
  readonly longestGapDays: Float64Array;
  readonly stageGapDays: Float64Array;
  readonly usualGapDays: Float64Array;
  /** The few customers whose spending fell, by index. */
  readonly amountDrops: ReadonlyMap<number, AmountDrop>;
  /** The few customers back from a break long enough to have made them Lapsed, by index. */
  readonly lastBreaks: ReadonlyMap<number, LastBreak>;
  /** Days from a one-time buyer's purchase to their next purchase due: as long as they stay New. */
  readonly oneTimeDueDays: number;
}

/**
 * One customer's summary, read from the columns when asked: an object of two fields per customer
 * where a summary of its own held twenty-odd, each fraction in a box of its own — on a million-row
 * log, a few hundred bytes per customer kept through the whole call (issue 13). Every figure is the
 * one `summarizeCustomers` worked out, read the same way every time.
 */
class SummaryView implements ModelledSummary {
  // Set in the constructor, not declared with initialisers: a bundle for ES2020 would define each
  // with Object.defineProperty, per customer.
  declare private readonly of: SummaryColumns;
  declare private readonly c: number;

  constructor(of: SummaryColumns, c: number) {
    this.of = of;
    this.c = c;
  }

  get key(): string {
    return this.of.histories.keys[this.c]!;
  }
  get label(): string {
    return this.of.histories.labels[this.c]!;
  }
  get firstDay(): DayNumber {
    const h = this.of.histories;
    return h.days[h.start[this.c]!]!;
  }
  get lastDay(): DayNumber {
    const h = this.of.histories;
    return h.days[h.start[this.c + 1]! - 1]!;
  }
  get purchaseDayCount(): number {
    const h = this.of.histories;
    return h.start[this.c + 1]! - h.start[this.c]!;
  }
  // x, tx and T (read for every customer by the fit and by every prediction) each read the columns
  // themselves rather than through the getters above: until the engine optimises the caller, every
  // getter is a call of its own, and a history read through them was some thirty calls.
  get x(): number {
    const start = this.of.histories.start;
    return start[this.c + 1]! - start[this.c]! - 1;
  }
  get txDays(): number {
    return this.tx;
  }
  get tx(): number {
    const h = this.of.histories;
    return h.days[h.start[this.c + 1]! - 1]! - h.days[h.start[this.c]!]!;
  }
  get TDays(): number {
    return this.T;
  }
  get T(): number {
    const h = this.of.histories;
    return this.of.asOfDay - h.days[h.start[this.c]!]!;
  }
  get logGapSum(): number {
    return this.of.logGapSum[this.c]!;
  }
  get netSpend(): number {
    return this.of.histories.netSpend[this.c]!;
  }
  get averagePurchase(): number {
    return this.netSpend / this.purchaseDayCount;
  }
  get meanSpend(): number {
    return this.of.meanSpend[this.c]!;
  }
  get meanRepeatSpend(): number {
    return this.of.meanRepeatSpend[this.c]!;
  }
  get logRepeatSpendSum(): number | undefined {
    return definedOrUndefined(this.of.logRepeatSpendSum[this.c]!);
  }
  get daysSinceLast(): number {
    return this.of.asOfDay - this.lastDay;
  }
  get ownGapDays(): number | undefined {
    return definedOrUndefined(this.of.ownGapDays[this.c]!);
  }
  get longestGapDays(): number | undefined {
    return definedOrUndefined(this.of.longestGapDays[this.c]!);
  }
  get stageGapDays(): number {
    return this.of.stageGapDays[this.c]!;
  }
  get usualGapDays(): number {
    return this.of.usualGapDays[this.c]!;
  }
  get nextDueDay(): DayNumber {
    const h = this.of.histories;
    const last = h.start[this.c + 1]! - 1;
    const days = last === h.start[this.c]! ? this.of.oneTimeDueDays : Math.round(this.usualGapDays);
    return h.days[last]! + days;
  }
  get amountDrop(): AmountDrop | undefined {
    return this.of.amountDrops.get(this.c);
  }
  get lastBreak(): LastBreak | undefined {
    return this.of.lastBreaks.get(this.c);
  }
  get favouriteProduct(): string | undefined {
    return this.of.histories.favouriteProduct?.[this.c];
  }
}

function definedOrUndefined(value: number): number | undefined {
  return Number.isNaN(value) ? undefined : value;
}

/**
 * The summaries of every customer of the columns, each made when read: nothing per customer is kept
 * between passes (customer-list.ts).
 */
export function summaryList(of: SummaryColumns): CustomerList<ModelledSummary> {
  return { length: of.histories.count, customer: (c) => new SummaryView(of, c) };
}
