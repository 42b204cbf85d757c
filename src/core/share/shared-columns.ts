/**
 * The customers of a shared analysis (share/analysis-text.ts), read from its columns as formulas ask
 * for them. Each column is a line of JSON in the text; it is parsed the first time a field of it is
 * read, so RFM_SCORE parses the keys and scores, NEXT_PURCHASE_DATE the days, and neither the money
 * nor the predictions: in a hit, parsing is most of the time, and most formulas read a few fields.
 */
import type { LastBreak, ModelledSummary } from '../customers/customer-summary';
import type { DayNumber } from '../days';
import type { AmountDrop } from '../lifecycle/amount-drop';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../lifecycle/lifecycle-stage';
import type { SeasonalBreak } from '../lifecycle/seasonal-break';
import type { RfmScore, Score } from '../segments/rfm';
import { VALUE_TIERS, type ValueTier } from '../segments/value-tier';

/** The columns, one line each, in this order after the head. */
export const COLUMNS = [
  'key',
  'label',
  'first',
  'days',
  'span',
  'net',
  'mean',
  'meanRepeat',
  'ownGap',
  'longestGap',
  'stageGap',
  'usualGap',
  'due',
  'product',
  'products',
  'drops',
  'breaks',
  'seasons',
  'scores',
  'stage',
  'value',
] as const;
type Column = (typeof COLUMNS)[number];
/** Each column's line, by name. */
const AT = Object.fromEntries(COLUMNS.map((name, at) => [name, at])) as Record<Column, number>;

/** The amount drop's fields, in the order a row of the `drops` column keeps them after the customer's index. */
export const DROP_FIELDS = [
  'recentPurchaseDays',
  'recentMean',
  'usualAmount',
  'earlierLow',
  'earlierHigh',
  'earlierPurchaseDays',
  'dropShare',
  'recentSpend',
  'recentStretchDays',
  'paceSpend',
  'recentDays',
  'mergeDays',
] as const satisfies readonly (keyof AmountDrop)[];

// The `breaks` column: rows of [index, days, purchase days since], the customers back from a long
// break (customer-summary.ts `lastBreak`), read into a map by index as `drops` is. The `seasons`
// column likewise: rows of [index, from day, to day, return day] (lifecycle/seasonal-break.ts).

/** A column the checksum vouched for but that is not what the encoder writes: a bug, not a bad cache. */
class MalformedColumn extends Error {}

/**
 * The columns of one text, each parsed when first read. Members are commented inside their bodies
 * (here and in SharedSummary): the bundle keeps a comment before a class member, not one inside it.
 */
export class SharedColumns {
  private readonly parsed: unknown[] = [];
  private dropsByIndex: Map<number, AmountDrop> | undefined;
  private breaksByIndex: Map<number, LastBreak> | undefined;
  private seasonsByIndex: Map<number, SeasonalBreak> | undefined;
  private readonly scores = new Map<number, readonly [RfmScore, ValueTier]>();

  constructor(
    readonly customers: number,
    readonly asOfDay: DayNumber,
    private readonly text: string,
    /** Where each column's line starts and ends in `text`, in the order of COLUMNS. */
    private readonly bounds: readonly (readonly [number, number])[],
  ) {}

  private column<T>(at: number, perCustomer = true): T {
    let value = this.parsed[at];
    if (value === undefined) {
      const [start, end] = this.bounds[at]!;
      value = JSON.parse(this.text.slice(start, end));
      const shaped =
        value === null || (Array.isArray(value) && (!perCustomer || value.length === this.customers));
      if (!shaped) throw new MalformedColumn(`shared analysis: column ${COLUMNS[at]}`);
      this.parsed[at] = value;
    }
    return value as T;
  }

  private reader<T>(at: number, perCustomer = true): () => T {
    // The reader of one column: the parsed column read in place once there (a hit's rows read these
    // per customer, mostly in code the engine has not optimised yet, where each call counts).
    return () => (this.parsed[at] as T | undefined) ?? this.column<T>(at, perCustomer);
  }

  key = this.reader<string[]>(AT.key);
  /** 0 where the label is the key; null when every one is. */
  label = this.reader<(string | 0)[] | null>(AT.label);
  first = this.reader<number[]>(AT.first);
  days = this.reader<number[]>(AT.days);
  span = this.reader<number[]>(AT.span);
  net = this.reader<number[]>(AT.net);
  mean = this.reader<number[]>(AT.mean);
  meanRepeat = this.reader<number[]>(AT.meanRepeat);
  /** 0 for none. */
  ownGap = this.reader<number[]>(AT.ownGap);
  /** 0 for none. */
  longestGap = this.reader<number[]>(AT.longestGap);
  stageGap = this.reader<number[]>(AT.stageGap);
  usualGap = this.reader<number[]>(AT.usualGap);
  /** Days from the last purchase day to the next due. */
  due = this.reader<number[]>(AT.due);
  /** An index into `products`, −1 for none; null when no customer has one. */
  product = this.reader<number[] | null>(AT.product);
  products = this.reader<string[]>(AT.products, false);
  value = this.reader<number[]>(AT.value);
  private readonly stages = this.reader<number[]>(AT.stage);
  private readonly scoreCodes = this.reader<number[]>(AT.scores);

  drops(): Map<number, AmountDrop> {
    // The customers with a drop in spend, by index.
    if (this.dropsByIndex === undefined) {
      const drops = new Map<number, AmountDrop>();
      for (const d of this.column<number[][]>(AT.drops, false)) {
        drops.set(d[0]!, {
          recentPurchaseDays: d[1]!,
          recentMean: d[2]!,
          usualAmount: d[3]!,
          earlierLow: d[4]!,
          earlierHigh: d[5]!,
          earlierPurchaseDays: d[6]!,
          dropShare: d[7]!,
          recentSpend: d[8]!,
          recentStretchDays: d[9]!,
          paceSpend: d[10]!,
          recentDays: d[11]!,
          mergeDays: d[12]!,
        });
      }
      this.dropsByIndex = drops;
    }
    return this.dropsByIndex;
  }

  breaks(): Map<number, LastBreak> {
    if (this.breaksByIndex === undefined) {
      const breaks = new Map<number, LastBreak>();
      for (const b of this.column<number[][]>(AT.breaks, false)) {
        breaks.set(b[0]!, { days: b[1]!, purchaseDaysSince: b[2]! });
      }
      this.breaksByIndex = breaks;
    }
    return this.breaksByIndex;
  }

  seasons(): Map<number, SeasonalBreak> {
    if (this.seasonsByIndex === undefined) {
      const seasons = new Map<number, SeasonalBreak>();
      for (const b of this.column<number[][]>(AT.seasons, false)) {
        seasons.set(b[0]!, { fromDay: b[1]!, toDay: b[2]!, returnDay: b[3]! });
      }
      this.seasonsByIndex = seasons;
    }
    return this.seasonsByIndex;
  }

  stage(i: number): LifecycleStage {
    // The lifecycle stage of customer `i`, as the analysis that shared it decided it: LIFECYCLE_STAGE
    // answers from this alone, without the summary fields and the store's rhythm the stage is decided
    // from (lifecycle-stage.ts, which the formulas writing a reason still run on a hit).
    const stage = LIFECYCLE_STAGES[this.stages()[i]!];
    if (stage === undefined) throw new MalformedColumn('shared analysis: column stage');
    return stage;
  }

  score(i: number): readonly [RfmScore, ValueTier] {
    // The RFM score and value tier of customer `i`; each code's objects made once, as the score stage does.
    const code = this.scoreCodes()[i]!;
    let score = this.scores.get(code);
    if (score === undefined) {
      const tier = VALUE_TIERS[code % 10];
      const r = Math.floor(code / 1000);
      const f = Math.floor(code / 100) % 10;
      const m = Math.floor(code / 10) % 10;
      if (tier === undefined || !isScore(r) || !isScore(f) || !isScore(m)) {
        throw new MalformedColumn('shared analysis: column scores');
      }
      score = [{ r, f, m }, tier];
      this.scores.set(code, score);
    }
    return score;
  }
}

const isScore = (v: number): v is Score => Number.isInteger(v) && v >= 1 && v <= 5;

/**
 * One customer's summary over the columns: each field read when asked for. The fields a summary
 * derives from others (customers/customer-summary.ts: x, the last day, T, days since last, the
 * average purchase) are derived here the same way; the encoder checked, customer by customer,
 * that they follow.
 */
export class SharedSummary implements ModelledSummary {
  // Set in the constructor, not as parameter properties: a bundle for ES2020 would define each one
  // with Object.defineProperty, per customer of a hit.
  declare private readonly c: SharedColumns;
  declare readonly index: number;

  constructor(c: SharedColumns, index: number) {
    this.c = c;
    this.index = index;
  }

  get key(): string {
    return this.c.key()[this.index]!;
  }
  get label(): string {
    const label = this.c.label()?.[this.index];
    return label === undefined || label === 0 ? this.key : label;
  }
  get firstDay(): DayNumber {
    return this.c.first()[this.index]!;
  }
  get lastDay(): DayNumber {
    return this.c.first()[this.index]! + this.c.span()[this.index]!;
  }
  get purchaseDayCount(): number {
    return this.c.days()[this.index]!;
  }
  get x(): number {
    return this.c.days()[this.index]! - 1;
  }
  get txDays(): number {
    return this.c.span()[this.index]!;
  }
  get TDays(): number {
    return this.c.asOfDay - this.c.first()[this.index]!;
  }
  get tx(): number {
    return this.c.span()[this.index]!;
  }
  get T(): number {
    return this.c.asOfDay - this.c.first()[this.index]!;
  }
  get logGapSum(): number {
    // Read only by the fit, which a hit does not make (the fit is shared): not kept. NaN rather than
    // a made-up number: the MBG/CNBD-k's fit refuses it loudly, should anything try.
    return Number.NaN;
  }
  get logRepeatSpendSum(): undefined {
    // Read only by the fit, like logGapSum: not kept.
    return undefined;
  }
  get netSpend(): number {
    return this.c.net()[this.index]!;
  }
  get averagePurchase(): number {
    return this.c.net()[this.index]! / this.c.days()[this.index]!;
  }
  get meanSpend(): number {
    return this.c.mean()[this.index]!;
  }
  get meanRepeatSpend(): number {
    return this.c.meanRepeat()[this.index]!;
  }
  get daysSinceLast(): number {
    return this.c.asOfDay - this.lastDay;
  }
  get ownGapDays(): number | undefined {
    const gap = this.c.ownGap()[this.index]!;
    return gap === 0 ? undefined : gap;
  }
  get longestGapDays(): number | undefined {
    const gap = this.c.longestGap()[this.index]!;
    return gap === 0 ? undefined : gap;
  }
  get stageGapDays(): number {
    return this.c.stageGap()[this.index]!;
  }
  get usualGapDays(): number {
    return this.c.usualGap()[this.index]!;
  }
  get nextDueDay(): DayNumber {
    return this.lastDay + this.c.due()[this.index]!;
  }
  get amountDrop(): AmountDrop | undefined {
    return this.c.drops().get(this.index);
  }
  get lastBreak(): LastBreak | undefined {
    return this.c.breaks().get(this.index);
  }
  get seasonalBreak(): SeasonalBreak | undefined {
    return this.c.seasons().get(this.index);
  }
  get favouriteProduct(): string | undefined {
    const at = this.c.product()?.[this.index] ?? -1;
    return at < 0 ? undefined : this.c.products()[at];
  }
  predictedValue(): number {
    // The predicted value over the settings' horizon, as the analysis that shared it worked it out.
    return this.c.value()[this.index]!;
  }
}
