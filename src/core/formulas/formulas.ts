import { analyzeHistories, type CustomerInsight } from '../analysis';
import type { CellOutput, CellValue } from '../cells';
import { contactCustomers, contactOfKey } from '../customers/contact-keys';
import { buildHistories } from '../customers/customer-history';
import { insightLookup, insightNamesakes } from '../customers/customer-lookup';
import { namesakeFinder, nameWithKey } from '../customers/namesakes';
import { rowsNotAnalysedByCustomer } from '../customers/rows-not-analysed';
import type { DayNumber } from '../days';
import { currencyOfCode } from '../exports/currency-code';
import {
  ExcludeRuleError,
  excludeRuleMessage,
  LogNotFound,
  logNotFoundMessage,
  readLog,
} from '../exports/read-log';
import { insightHeaders, SEGMENT_LABELS, STAGE_LABELS, TIER_LABELS } from '../i18n/labels';
import type { Language } from '../i18n/language';
import { whyWriter } from '../i18n/why';
import { currencyOfCells } from '../input/currency';
import { decimalMarkOfLocale } from '../input/parse-amount';
import { dayDates } from '../insights/day-dates';
import { insightRowWriter } from '../insights/insight-row';
import { notCountedWhy } from '../insights/not-counted-why';
import { overRefundWhy } from '../insights/over-refund-why';
import { loyaltyScore, readRecommend, readSatisfaction } from '../loyalty/loyalty-score';
import { isNoAnswer } from '../loyalty/no-answer';
import { rfmCode } from '../segments/rfm';
import { DEFAULT_SETTINGS } from '../settings';
import { type LogFacts, logFactsOf } from '../share/log-facts';
import { asOfProblem, asOfProblemText, firstKeptDay } from '../time/as-of-check';
import { dayOfInstant } from '../time/zone';
import {
  asOfArgument,
  customersArgument,
  dateOrderArgument,
  daysArgument,
  type FormulaArgument,
  languageArgument,
  modelArgument,
  purchasesArgument,
  shapeOutput,
} from './formula-arguments';
import type { FormulaEnvironment } from './formula-environment';
import { FormulaError, formulaError } from './formula-error';
import { modelTable } from './model-table';
import { notAnalysedAnswer } from './not-analysed-answer';
import { type ComputedAnalysis, type FormulaAnalysis, withSharedAnalysis } from './shared-analysis';
import { sharedContactText, sharedNameText } from './shared-contact';

/** A per-customer formula's answer: one value for a cell, one row per customer for a range. */
export type FormulaResult = CellOutput | CellOutput[][];

interface AnalyzeFormulaOptions {
  exclude?: FormulaArgument;
  model?: FormulaArgument;
  check?: boolean;
  currency?: boolean;
  /** 'none' for a formula that shows no model figure: the model is then not fitted (analysis.ts). */
  needs?: 'none';
  /** Of a per-customer formula's texts; the spreadsheet's when absent. */
  language?: Language;
}

/**
 * Reads `purchases` wherever its columns are (a header row names them: exports/read-log.ts; without
 * one, customer, date, amount are the first three columns) and runs the analysis once. `model` is the
 * optional last argument of the model formulas; `check` runs the hold-out check even for a fixed model
 * (CUSTOMER_MODEL reports it), as it always runs under `auto`.
 */
function analyze(
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  options: AnalyzeFormulaOptions = {},
): FormulaAnalysis {
  const grid = purchasesArgument(purchases, env);
  const asOfDay = asOfArgument(asOf, env);
  // An as_of other than today is the owner's choice, checked against the log (time/as-of-check.ts);
  // today's only by CUSTOMER_INSIGHTS when it has no row (todayWithoutCustomers).
  const today = dayOfInstant(env.now, env.timeZone);
  const checkAsOf = asOfDay !== today ? today : undefined;
  // The formula's own last argument, else the owner's setting (the formula environment's).
  const purchaseModel = modelArgument(options.model, env) ?? env.purchaseModel;
  const { exclude } = options;
  const rules = exclude === undefined || exclude === null || Array.isArray(exclude) ? '' : String(exclude);
  const dateOrder = dateOrderArgument(env);
  const settings = DEFAULT_SETTINGS;
  // Everything the analysis depends on names the analysis shared with other formulas on the same data.
  const { timeZone, locale } = env;
  const choice = purchaseModel ?? settings.purchaseModel;
  const sharedBy = {
    grid,
    asOfDay,
    settings,
    timeZone,
    locale,
    dateOrder,
    exclude: rules,
    purchaseModel: choice,
  };
  const needs = { model: options.needs !== 'none', check: options.check === true };
  // Kept for other formulas, the analysis carries the currency whichever formula made it.
  const withCurrency = options.currency === true || env.sharedFits !== undefined;
  return withSharedAnalysis(env.sharedFits, sharedBy, needs, (savedFit, onFitted, needsModel) => {
    const { built, facts, amountColumn, firstDataRow } = readHistories(
      grid,
      asOfDay,
      dateOrder,
      rules,
      env,
      checkAsOf,
    );
    const analysis: ComputedAnalysis = analyzeHistories(built, facts, asOfDay, settings, undefined, {
      ...(purchaseModel ? { purchaseModel } : {}),
      ...(options.check ? { check: true } : {}),
      needs: needsModel,
      savedFit,
      onFitted,
    });
    // Money is shown with the marks typed in the amount cells (`¥1,234.50`), if any: read only by the
    // formulas that show money in words, not on every formula's hot path.
    if (!withCurrency) return analysis;
    // Set, not spread: a spread would read the model getter and fit it.
    analysis.currency = currencyOfCells(grid, amountColumn, firstDataRow) ?? currencyOfCode(facts.currency);
    return analysis;
  });
}

/**
 * The formula's log read into customer histories, and what the formulas keep of the log besides
 * (its facts with the customers with only returns, where its amounts are). A function of its own
 * so that nothing holds the purchase table once the histories are built: the analysis runs without
 * it (analysis.ts, analyzeHistories).
 */
function readHistories(
  grid: ReturnType<typeof purchasesArgument>,
  asOfDay: ReturnType<typeof asOfArgument>,
  dateOrder: ReturnType<typeof dateOrderArgument>,
  rules: string,
  env: FormulaEnvironment,
  today: DayNumber | undefined,
) {
  const reading = readFormulaLog(grid, asOfDay, dateOrder, rules, env);
  if (today !== undefined) checkFormulaAsOf(reading.log, grid, asOfDay, dateOrder, rules, env, today);
  const built = buildHistories(reading.log.purchases);
  return {
    built,
    facts: { ...logFactsOf(reading.log), returnsOnly: built.returnsOnly, overRefunds: built.overRefunds },
    amountColumn: reading.detection?.columns.amount ?? 2,
    firstDataRow: (reading.headerRowIndex ?? -1) + 1,
  };
}

/** The log of a formula's purchases range, its errors worded in the spreadsheet's language. */
function readFormulaLog(
  grid: ReturnType<typeof purchasesArgument>,
  asOfDay: ReturnType<typeof asOfArgument>,
  dateOrder: ReturnType<typeof dateOrderArgument>,
  rules: string,
  env: FormulaEnvironment,
): ReturnType<typeof readLog> {
  try {
    return readLog(grid, {
      timeZone: env.timeZone,
      dateOrder,
      decimalMark: decimalMarkOfLocale(env.locale),
      asOfDay,
      ...(rules.trim() !== '' ? { exclude: rules } : {}),
    });
  } catch (error) {
    if (error instanceof LogNotFound) {
      throw new FormulaError(
        logNotFoundMessage(error.missing, error.headers, languageArgument(undefined, env)),
      );
    }
    if (error instanceof ExcludeRuleError) {
      const language = languageArgument(undefined, env);
      throw new FormulaError(excludeRuleMessage(error.rule, error.column, error.headers, language));
    }
    throw error;
  }
}

/** Throws when the formula's as_of is before every purchase or far ahead of the log (time/as-of-check.ts). */
function checkFormulaAsOf(
  log: ReturnType<typeof readLog>['log'],
  grid: ReturnType<typeof purchasesArgument>,
  asOfDay: DayNumber,
  dateOrder: ReturnType<typeof dateOrderArgument>,
  rules: string,
  env: FormulaEnvironment,
  today: DayNumber,
): void {
  const problem = asOfProblem(log, asOfDay, today, () => {
    const all = readFormulaLog(grid, Number.MAX_SAFE_INTEGER, dateOrder, rules, env).log;
    return firstKeptDay(all.purchases);
  });
  const source = asOfDay === today ? 'today' : 'formula';
  if (problem) throw new FormulaError(asOfProblemText(problem, source, languageArgument(undefined, env)));
}

/**
 * A blank as_of (today) on a log dated wholly after it: an error saying so, for CUSTOMER_INSIGHTS,
 * whose header alone said nothing (trial 22). The per-customer formulas say it of each customer
 * ("date after the analysis date"). Read again only when no customer was analysed.
 */
function todayWithoutCustomers(
  purchases: FormulaArgument,
  asOfDay: DayNumber,
  env: FormulaEnvironment,
  exclude: FormulaArgument | undefined,
): void {
  const today = dayOfInstant(env.now, env.timeZone);
  if (asOfDay !== today) return;
  const grid = purchasesArgument(purchases, env);
  const dateOrder = dateOrderArgument(env);
  const rules = exclude === undefined || exclude === null || Array.isArray(exclude) ? '' : String(exclude);
  const log = readFormulaLog(grid, asOfDay, dateOrder, rules, env).log;
  checkFormulaAsOf(log, grid, asOfDay, dateOrder, rules, env, today);
}

/** The answer of a per-customer formula for one customer (`index`: its row in the customers range). */
type Answer = (c: CustomerInsight, index: number) => CellOutput;

/**
 * Checks the customers argument, runs the analysis once and answers for every customer key: blank
 * keys and keys not in the log give an empty cell (SPEC §4). A customer not analysed whose rows
 * were left out on purpose (another currency, cancelled…) or skipped as problems (a date that could
 * not be read…) gets a sentence saying so and why from the worded formulas (those with a language:
 * segment, tier, stage, why). The numeric ones give an empty cell: in Sheets text compares above
 * every number, so a sentence there would pass an owner's FILTER(…, B:B > 0.7) and top a sort; an
 * error would blank the whole column.
 * A key that is an email or phone of the log's (customers/contact-keys.ts) answers as its customer;
 * one under several customers gets, in words, which ones.
 * `answers` sets up, once per call, what every answer shares (the words of the language, the currency).
 */
function perCustomer(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  answers: (analysis: FormulaAnalysis) => Answer,
  options: Omit<AnalyzeFormulaOptions, 'check'> = {},
): FormulaResult {
  const keys = customersArgument(customers, env);
  const analysis = analyze(purchases, asOf, env, options);
  const answer = answers(analysis);
  const find = insightLookup(analysis.byKey);
  const { language } = options;
  const notAnalysed = language === undefined ? undefined : notAnalysedAnswer(analysis.log, language);
  let owners: ReturnType<typeof contactOwners> | undefined;
  let namesakes: ReturnType<typeof insightNamesakes> | undefined;
  const values = keys.keys.map((key, i) => {
    if (key === '') return '';
    const insight = find(key);
    if (insight) return answer(insight, i);
    const cell = askedName(customers, i);
    const said = notAnalysed?.(key, cell)?.text;
    if (said !== undefined) return said;
    namesakes ??= insightNamesakes(analysis.byKey);
    const alike = namesakes(key);
    if (alike !== undefined) return language === undefined ? '' : sharedNameText(cell, alike, language);
    owners ??= contactOwners(analysis.log);
    const keysOf = owners(key);
    if (keysOf === undefined) return '';
    if (keysOf.length === 1) {
      const owner = find(keysOf[0]!);
      return owner ? answer(owner, i) : (notAnalysed?.(keysOf[0]!, cell)?.text ?? '');
    }
    if (language === undefined) return '';
    return sharedContactText(
      cell,
      keysOf.map((k) => find(k)?.summary.label ?? k),
      language,
    );
  });
  return shapeOutput(keys, values);
}

/** The customer keys of an email or phone typed as a key, or undefined when the log has no such contact. */
function contactOwners(log: LogFacts): (key: string) => readonly string[] | undefined {
  const byContact = log.contactCustomers ?? contactCustomers(log.contacts?.values() ?? []);
  return (key) => {
    const contact = contactOfKey(key);
    return contact === '' ? undefined : byContact.get(contact);
  };
}

/** The customers argument's cell at `index` as the owner typed it, trimmed. */
function askedName(customers: FormulaArgument, index: number): string {
  const cell = Array.isArray(customers) ? customers[index]?.[0] : customers;
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

export function customerInsights(
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  language: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
  model?: FormulaArgument,
): CellOutput[][] {
  const lang = languageArgument(language, env);
  const analysis = analyze(purchases, asOf, env, { exclude, model, currency: true });
  if (analysis.customerCount === 0) todayWithoutCustomers(purchases, analysis.asOfDay, env, exclude);
  const header = insightHeaders(
    lang,
    analysis.settings.repeatHorizonDays,
    analysis.settings.valueHorizonDays,
  );
  const row = insightRowWriter({
    language: lang,
    timeZone: env.timeZone,
    asOfDay: analysis.asOfDay,
    currency: analysis.currency,
    notCounted: rowsNotAnalysedByCustomer(analysis.log),
    notCountedWhy: notCountedWhy(analysis.log, lang, true),
    overRefundWhy: overRefundWhy(analysis.log.overRefunds, lang, true, analysis.currency),
  });
  // Indexed: most of this loop runs before the engine has optimised it, where each step of for…of
  // allocates an iterator result (≈ 15 MB on a million rows). Each customer through `customerAt`:
  // what a row worked out (stage, reason, predictions) is not kept once it is written.
  const count = analysis.customerCount;
  const table: CellOutput[][] = new Array(count + 1);
  table[0] = header;
  const namesakes = namesakeFinder();
  for (let i = 0; i < count; i++) {
    const c = analysis.customerAt(i);
    table[i + 1] = row(c);
    namesakes.add(c.summary.label, c.summary.key, i);
  }
  // Two customers of one name are two rows alike but for their numbers: each is shown with its key.
  const { indexes, nameKeys } = namesakes.shared((name) => analysis.byKey.has(name));
  for (const i of indexes) {
    const s = analysis.customerAt(i).summary;
    table[i + 1]![0] = nameWithKey(s.label, s.key);
  }
  // A customer keyed by the name another carries (rare: found only where one is): shown with it too.
  for (let i = 0; nameKeys.size > 0 && i < count; i++) {
    const s = analysis.customerAt(i).summary;
    if (nameKeys.has(s.key)) table[i + 1]![0] = nameWithKey(s.label, s.key);
  }
  return table;
}

export function rfmScoreFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
): FormulaResult {
  return perCustomer(customers, purchases, asOf, env, () => (c) => rfmCode(c.rfm), {
    exclude,
    needs: 'none',
  });
}

/**
 * A per-customer formula that answers in words: the language argument picks the words. None of
 * them shows a model figure (CUSTOMER_WHY reads the predicted value only for a customer whose net
 * spend is not positive, and the model is fitted then).
 */
function wordedPerCustomer(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  language: FormulaArgument,
  env: FormulaEnvironment,
  answers: (language: Language, analysis: FormulaAnalysis) => Answer,
  exclude?: FormulaArgument,
  currency = false,
): FormulaResult {
  const lang = languageArgument(language, env);
  return perCustomer(customers, purchases, asOf, env, (analysis) => answers(lang, analysis), {
    exclude,
    currency,
    needs: 'none',
    language: lang,
  });
}

/** A per-customer model prediction over a horizon of `days` (default `defaultDays`). */
function predictionPerCustomer(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  days: FormulaArgument,
  defaultDays: number,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  predict: (analysis: FormulaAnalysis, c: CustomerInsight, horizonDays: number) => number,
  options: { exclude?: FormulaArgument; model?: FormulaArgument },
): FormulaResult {
  const horizon = daysArgument(days, defaultDays, env);
  return perCustomer(
    customers,
    purchases,
    asOf,
    env,
    (analysis) => (c) => predict(analysis, c, horizon),
    options,
  );
}

export function rfmSegmentFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  language: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
): FormulaResult {
  return wordedPerCustomer(
    customers,
    purchases,
    asOf,
    language,
    env,
    (l) => {
      const labels = SEGMENT_LABELS[l];
      return (c) => labels[c.segment];
    },
    exclude,
  );
}

export function valueTierFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  language: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
): FormulaResult {
  return wordedPerCustomer(
    customers,
    purchases,
    asOf,
    language,
    env,
    (l) => {
      const labels = TIER_LABELS[l];
      return (c) => labels[c.tier];
    },
    exclude,
  );
}

export function lifecycleStageFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  language: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
): FormulaResult {
  return wordedPerCustomer(
    customers,
    purchases,
    asOf,
    language,
    env,
    (l) => {
      const labels = STAGE_LABELS[l];
      return (c) => labels[c.lifecycle.stage];
    },
    exclude,
  );
}

export function customerWhyFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  language: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
): FormulaResult {
  return wordedPerCustomer(
    customers,
    purchases,
    asOf,
    language,
    env,
    (l, analysis) => {
      const why = whyWriter(l, analysis.currency);
      // Most logs leave no row out: then no customer's key is looked up (as insight-row.ts).
      const rowsLeft = rowsNotAnalysedByCustomer(analysis.log);
      const notCounted = rowsLeft.size > 0 ? rowsLeft : undefined;
      const reasons = notCountedWhy(analysis.log, l, true);
      const overRefunds = overRefundWhy(analysis.log.overRefunds, l, true, analysis.currency);
      return (c) => {
        const s = c.summary;
        const rows = notCounted?.get(s.key);
        const { stage, reason } = c.lifecycle;
        return why(stage, reason, s.netSpend, c, rows?.length, rows && reasons(s.key)) + overRefunds(s.key);
      };
    },
    exclude,
    true,
  );
}

export function repeatProbabilityFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  days: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
  purchaseModel?: FormulaArgument,
): FormulaResult {
  return predictionPerCustomer(
    customers,
    purchases,
    days,
    90,
    asOf,
    env,
    // Over the settings' horizon it is the customer's own figure (the same function of the same
    // numbers), worked out once per analysis: a shared analysis or CUSTOMER_INSIGHTS may hold it.
    (a, c, d) =>
      d === a.settings.repeatHorizonDays ? c.repeatProbability : a.model.repeatProbability(historyOf(c), d),
    { exclude, model: purchaseModel },
  );
}

export function expectedPurchasesFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  days: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
  purchaseModel?: FormulaArgument,
): FormulaResult {
  return predictionPerCustomer(
    customers,
    purchases,
    days,
    365,
    asOf,
    env,
    (a, c, d) => a.model.expectedPurchases(historyOf(c), d),
    { exclude, model: purchaseModel },
  );
}

export function nextPurchaseDateFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
): FormulaResult {
  return perCustomer(
    customers,
    purchases,
    asOf,
    env,
    () => {
      const dateOf = dayDates(env.timeZone);
      return (c) => dateOf(c.summary.nextDueDay);
    },
    { exclude, needs: 'none' },
  );
}

export function predictedValueFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  days: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
  purchaseModel?: FormulaArgument,
): FormulaResult {
  return predictionPerCustomer(
    customers,
    purchases,
    days,
    365,
    asOf,
    env,
    (a, c, d) =>
      d === a.settings.valueHorizonDays ? c.predictedValue : a.model.predictedValue(spendHistoryOf(c), d),
    { exclude, model: purchaseModel },
  );
}

/**
 * LOYALTY_SCORE: satisfaction and recommend, when given, are ranges aligned row by row with
 * `customers` (or single cells for a single customer).
 */
export function loyaltyScoreFormula(
  customers: FormulaArgument,
  purchases: FormulaArgument,
  satisfaction: FormulaArgument,
  recommend: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
  model?: FormulaArgument,
): FormulaResult {
  const cellAt = (range: FormulaArgument, i: number) =>
    Array.isArray(range) ? range[i]?.[0] : i === 0 ? (range ?? undefined) : undefined;
  // A score that cannot be read (7 on the 1–5 scale, "N/A") stops the column with a message rather
  // than count as no answer: a silent blank made 1–10 survey scores half used, half ignored (trial 20).
  const language = languageArgument(undefined, env);
  surveyCheck(satisfaction, readSatisfaction, 'satisfaction', language);
  surveyCheck(recommend, readRecommend, 'recommend', language);
  return perCustomer(
    customers,
    purchases,
    asOf,
    env,
    () => (c, i) => {
      const s = cellAt(satisfaction, i);
      const r = cellAt(recommend, i);
      return loyaltyScore({
        repeatProbability: c.repeatProbability,
        satisfaction: s === undefined ? undefined : readSatisfaction(s),
        recommend: r === undefined ? undefined : readRecommend(r),
      });
    },
    { exclude, model },
  );
}

/**
 * Throws for the first cell of a survey range that is neither no answer (blank, "N/A", "不适用"…:
 * loyalty/no-answer.ts) nor a score `read` reads, saying its row in the range (trial 21).
 */
function surveyCheck(
  range: FormulaArgument,
  read: (value: CellValue) => number | undefined,
  problem: 'satisfaction' | 'recommend',
  language: Language,
): void {
  const rows = Array.isArray(range) ? range : [[range]];
  for (let i = 0; i < rows.length; i++) {
    for (const cell of rows[i]!) {
      if (isNoAnswer(cell as CellValue)) continue;
      if (read(cell as CellValue) === undefined) throw formulaError(problem, language, cell, i + 1);
    }
  }
}

export function customerModelFormula(
  purchases: FormulaArgument,
  asOf: FormulaArgument,
  env: FormulaEnvironment,
  exclude?: FormulaArgument,
  model?: FormulaArgument,
): CellOutput[][] {
  const analysis = analyze(purchases, asOf, env, { exclude, model, check: true });
  return modelTable(analysis, languageArgument(undefined, env));
}

const historyOf = (c: CustomerInsight) => ({ x: c.summary.x, tx: c.summary.txDays, T: c.summary.TDays });
const spendHistoryOf = (c: CustomerInsight) => ({
  ...historyOf(c),
  meanSpend: c.summary.meanSpend,
  meanRepeatSpend: c.summary.meanRepeatSpend,
});
