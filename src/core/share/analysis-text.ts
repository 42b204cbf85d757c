/**
 * One analysis as text, so the formula columns of a sheet share it across executions
 * (formulas/shared-analysis.ts): what the formulas answer from, and nothing they do not.
 *
 * Per customer: the summary fields answers and sentences read (customers/customer-summary.ts), the
 * RFM score, the value tier, the lifecycle stage (one digit: LIFECYCLE_STAGE answers without
 * deciding it again) and the predicted value over the settings' horizon (the costly prediction; the
 * repeat probability is worked out again where read, a few milliseconds). For the whole log: the
 * store's rhythm, which with the summaries is all a stage's reason is decided from (lifecycle-stage.ts
 * rebuilds stage and reason on the hit with the same code for the formulas that write the reason),
 * the RFM cuts, the fit and its check, the currency, the row counts, the rows left out on purpose
 * with their customers and what was wrong with the skipped rows of customers not analysed
 * (share/log-facts.ts). Sentences are not kept: they are
 * written per language when a formula answers.
 *
 * Layout: a first line of JSON (the head: format, build, customers, as-of, model choice, fit, store,
 * cuts, currency, log), then one line per column (share/shared-columns.ts), each a JSON array with one
 * value per customer: no key repeated per customer, numbers as JSON writes them (the shortest
 * digits that read back as the same double, so a hit answers to the last bit what a miss answers).
 * A hit parses the head and only the columns its formula reads.
 *
 * Fields that follow from others by the summary's own definitions (x = purchase days − 1, T = as-of
 * − first day, the last day, days since it, the average purchase) are not kept but checked,
 * customer by customer, when the text is made: if one does not hold, nothing is shared, rather than
 * a hit answering differently from a miss. Not kept either: the two sums only the fit reads.
 */
import type { CustomerSummary, StoreRhythm } from '../customers/customer-summary';
import type { DayNumber } from '../days';
import type { Currency } from '../i18n/format-number';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../lifecycle/lifecycle-stage';
import type { PurchaseModelChoice } from '../models/model-choice';
import { decodeSavedFit, encodeSavedFit, type SavedFit } from '../models/model-state';
import type { RfmCuts, RfmScore } from '../segments/rfm';
import { VALUE_TIERS, type ValueTier } from '../segments/value-tier';
import { decodeLogFacts, encodeLogFacts, type LogFacts } from './log-facts';
import { COLUMNS, DROP_FIELDS, SharedColumns } from './shared-columns';

/** The format; a text of any other is refused. */
const FORMAT = 14;

/** One analysed customer as shared. */
interface SharedCustomer {
  readonly summary: CustomerSummary;
  readonly rfm: RfmScore;
  readonly tier: ValueTier;
  readonly lifecycle: { readonly stage: LifecycleStage };
  /** Over `settings.valueHorizonDays`. */
  readonly predictedValue: number;
}

/** Everything a formula answers from, as one analysis made it. */
interface AnalysisFacts {
  readonly asOfDay: DayNumber;
  readonly purchaseModelChoice: PurchaseModelChoice;
  readonly fit: SavedFit;
  readonly store: StoreRhythm;
  readonly rfmCuts: RfmCuts;
  readonly currency?: Currency | undefined;
  readonly log: LogFacts;
  readonly customers: readonly SharedCustomer[];
}

/** The analysis as read back: its customers over the columns, each field parsed when first read. */
export interface SharedFacts extends Omit<AnalysisFacts, 'customers'> {
  readonly columns: SharedColumns;
}

/** Thrown inside encoding when a value cannot be kept exactly; encoding then gives nothing. */
class NotKept extends Error {}

/** A number JSON gives back exactly: finite and not -0 (JSON writes -0 as 0). */
function exact(v: number): number {
  if (!Number.isFinite(v) || Object.is(v, -0)) throw new NotKept();
  return v;
}

/** Every number of `column` as JSON gives it back exactly (see exact). */
function exactColumn(column: Float64Array): void {
  for (let i = 0; i < column.length; i++) {
    const v = column[i]!;
    if (v - v !== 0 || (v === 0 && 1 / v < 0)) throw new NotKept();
  }
}

/** The few customers' drops and breaks, apart: the first one met threw the compiled main loop away. */
function fewCustomersFacts(customers: readonly SharedCustomer[]): {
  drops: number[][];
  breaks: number[][];
  seasons: number[][];
} {
  const drops: number[][] = [];
  const breaks: number[][] = [];
  const seasons: number[][] = [];
  for (let i = 0; i < customers.length; i++) {
    const s = customers[i]!.summary;
    const drop = s.amountDrop;
    if (drop !== undefined) {
      if (Object.keys(drop).length !== DROP_FIELDS.length) throw new NotKept();
      drops.push([i, ...DROP_FIELDS.map((f) => exact(drop[f]))]);
    }
    const lastBreak = s.lastBreak;
    if (lastBreak !== undefined) {
      if (Object.keys(lastBreak).length !== 2) throw new NotKept();
      breaks.push([i, exact(lastBreak.days), exact(lastBreak.purchaseDaysSince)]);
    }
    const season = s.seasonalBreak;
    if (season !== undefined) {
      if (Object.keys(season).length !== 3) throw new NotKept();
      seasons.push([i, exact(season.fromDay), exact(season.toDay), exact(season.returnDay)]);
    }
  }
  return { drops, breaks, seasons };
}

/**
 * The facts as text, or undefined when something in them cannot be kept exactly (a number that is
 * not finite, a summary whose derived fields do not follow from the others).
 */
export function encodeAnalysis(facts: AnalysisFacts, build: string, gridRows: number): string | undefined {
  try {
    return encode(facts, build, gridRows);
  } catch (error) {
    if (error instanceof NotKept) return undefined;
    throw error;
  }
}

function encode(facts: AnalysisFacts, build: string, gridRows: number): string {
  const { customers, asOfDay } = facts;
  const n = customers.length;
  const fit = encodeSavedFit(facts.fit);
  if (fit === undefined) throw new NotKept();
  // Typed columns: arrays filled by index were holey, which JSON.stringify writes the slow way.
  const key: string[] = [];
  const label: string[] = [];
  let labelled = false;
  const first = new Float64Array(n);
  const days = new Float64Array(n);
  const span = new Float64Array(n);
  const net = new Float64Array(n);
  const mean = new Float64Array(n);
  const meanRepeat = new Float64Array(n);
  const ownGap = new Float64Array(n);
  const longestGap = new Float64Array(n);
  const stageGap = new Float64Array(n);
  const usualGap = new Float64Array(n);
  const due = new Float64Array(n);
  const product = new Float64Array(n);
  const products = new Map<string, number>();
  const scores = new Float64Array(n);
  const stage = new Float64Array(n);
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    const s = c.summary as CustomerSummary & { tx?: number; T?: number };
    // Each field read once: a getter call each until this loop is compiled.
    const count = s.purchaseDayCount;
    const firstDay = s.firstDay;
    const lastDay = s.lastDay;
    const txDays = s.txDays;
    const TDays = s.TDays;
    const netSpend = s.netSpend;
    const ownGapDays = s.ownGapDays;
    const longestGapDays = s.longestGapDays;
    const tx = s.tx;
    const T = s.T;
    // The fields left out must follow from the kept ones exactly, as the summary defines them.
    if (
      s.x !== count - 1 ||
      txDays !== lastDay - firstDay ||
      TDays !== asOfDay - firstDay ||
      s.daysSinceLast !== asOfDay - lastDay ||
      !Object.is(s.averagePurchase, netSpend / count) ||
      (tx !== undefined && tx !== txDays) ||
      (T !== undefined && T !== TDays) ||
      // A gap is at least a day (purchase days are distinct): 0 stands for none.
      ownGapDays === 0 ||
      longestGapDays === 0
    ) {
      throw new NotKept();
    }
    const customerKey = s.key;
    const customerLabel = s.label;
    key.push(customerKey);
    label.push(customerLabel);
    if (customerLabel !== customerKey) labelled = true;
    // Exactness is checked per column below.
    first[i] = firstDay;
    days[i] = count;
    span[i] = txDays;
    net[i] = netSpend;
    mean[i] = s.meanSpend;
    meanRepeat[i] = s.meanRepeatSpend;
    ownGap[i] = ownGapDays ?? 0;
    longestGap[i] = longestGapDays ?? 0;
    stageGap[i] = s.stageGapDays;
    usualGap[i] = s.usualGapDays;
    due[i] = s.nextDueDay - lastDay;
    if (s.favouriteProduct === undefined) product[i] = -1;
    else {
      let at = products.get(s.favouriteProduct);
      if (at === undefined) {
        at = products.size;
        products.set(s.favouriteProduct, at);
      }
      product[i] = at;
    }
    // The RFM code's three digits, then the tier's index.
    scores[i] = (c.rfm.r * 100 + c.rfm.f * 10 + c.rfm.m) * 10 + VALUE_TIERS.indexOf(c.tier);
    stage[i] = LIFECYCLE_STAGES.indexOf(c.lifecycle.stage);
    value[i] = c.predictedValue;
  }
  // Of the customers with skipped rows (few), those not analysed: one pass over the keys when there are any.
  const log = encodeLogFacts(facts.log, (skipped) => {
    const unanalysed = new Set(skipped);
    if (unanalysed.size > 0) for (let i = 0; i < n; i++) unanalysed.delete(key[i]!);
    return unanalysed;
  });
  if (log === undefined) throw new NotKept();
  const { drops, breaks, seasons } = fewCustomersFacts(customers);
  for (const column of [
    first,
    days,
    span,
    net,
    mean,
    meanRepeat,
    ownGap,
    longestGap,
    stageGap,
    usualGap,
    due,
    value,
  ]) {
    exactColumn(column);
  }
  // Each column's line. Joined, a finite number (never −0) is written as JSON writes it. A label is 0
  // where it is the key.
  const list = (column: Float64Array) => `[${column.join(',')}]`;
  const json = JSON.stringify;
  const columns: Record<(typeof COLUMNS)[number], string> = {
    key: json(key),
    label: json(labelled ? label.map((l, i) => (l === key[i] ? 0 : l)) : null),
    first: list(first),
    days: list(days),
    span: list(span),
    net: list(net),
    mean: list(mean),
    meanRepeat: list(meanRepeat),
    ownGap: list(ownGap),
    longestGap: list(longestGap),
    stageGap: list(stageGap),
    usualGap: list(usualGap),
    due: list(due),
    product: products.size === 0 ? 'null' : list(product),
    products: json([...products.keys()]),
    drops: json(drops),
    breaks: json(breaks),
    seasons: json(seasons),
    scores: list(scores),
    stage: list(stage),
    value: list(value),
  };
  const head = JSON.stringify({
    format: FORMAT,
    build,
    customers: n,
    gridRows,
    asOfDay: exact(asOfDay),
    choice: facts.purchaseModelChoice,
    store: facts.store,
    cuts: facts.rfmCuts,
    currency: facts.currency ?? null,
    log,
  });
  // The fit keeps its own text (models/model-state.ts checks it on the way back). JSON writes no
  // raw line break, so each line is one value.
  const lines = [`${head.slice(0, -1)},"fit":${fit}}`];
  for (const name of COLUMNS) lines.push(columns[name]);
  return lines.join('\n');
}

/** The head as encode writes it. */
interface Head {
  readonly format: number;
  readonly build: string;
  readonly customers: number;
  readonly gridRows: number;
  readonly asOfDay: DayNumber;
  readonly choice: PurchaseModelChoice;
  readonly store: StoreRhythm;
  readonly cuts: { readonly [K in keyof RfmCuts]: (number | null)[] };
  readonly currency: Currency | null;
  readonly log: Parameters<typeof decodeLogFacts>[0];
  readonly fit: unknown;
}

/** JSON writes an undefined in an array as null. */
const cutsOf = (cuts: (number | null)[]) => cuts.map((c) => c ?? undefined) as RfmCuts['recencyDays'];

/** What the caller knows the text must be for: refused when it is for anything else. */
interface Expected {
  readonly build: string;
  readonly asOfDay: DayNumber;
  readonly purchaseModelChoice: PurchaseModelChoice;
  /**
   * The rows of the purchases range: free to compare on a hit, so that a key shared by chance with
   * another range (64 bits: about 2^-64 per pair) is caught unless the two are of one length.
   */
  readonly gridRows: number;
}

/**
 * The facts kept in `text`, or undefined when its head is not exactly what this build writes for
 * these inputs or it has not a line per column. The columns are parsed when read: the text's
 * checksum (share/cache-parts.ts) already says it is, byte for byte, what this build's encoder wrote.
 */
export function decodeAnalysis(text: string, expected: Expected): SharedFacts | undefined {
  const bounds: [number, number][] = [];
  let start = text.indexOf('\n');
  if (start < 0) return undefined;
  let head: Head;
  try {
    head = JSON.parse(text.slice(0, start));
  } catch {
    return undefined;
  }
  while (start >= 0) {
    const end = text.indexOf('\n', start + 1);
    bounds.push([start + 1, end < 0 ? text.length : end]);
    start = end;
  }
  // The checksum says the text is what a build wrote; these say it is this build's, for these inputs.
  if (
    typeof head !== 'object' ||
    head === null ||
    head.format !== FORMAT ||
    head.build !== expected.build ||
    head.gridRows !== expected.gridRows ||
    head.asOfDay !== expected.asOfDay ||
    head.choice !== expected.purchaseModelChoice ||
    bounds.length !== COLUMNS.length
  ) {
    return undefined;
  }
  const n = head.customers;
  const fit = decodeSavedFit(JSON.stringify(head.fit));
  if (fit === undefined || fit.model.customers !== n) return undefined;
  return {
    asOfDay: expected.asOfDay,
    purchaseModelChoice: expected.purchaseModelChoice,
    fit,
    store: head.store,
    rfmCuts: {
      recencyDays: cutsOf(head.cuts.recencyDays),
      frequency: cutsOf(head.cuts.frequency),
      monetary: cutsOf(head.cuts.monetary),
    },
    currency: head.currency ?? undefined,
    log: decodeLogFacts(head.log),
    columns: new SharedColumns(n, expected.asOfDay, text, bounds),
  };
}
