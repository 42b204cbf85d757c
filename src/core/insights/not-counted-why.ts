// What was wrong with the rows of an analysed customer that the analysis could not count, for the
// note of their why (i18n/why.ts): a trial's Dan, whose second row's amount was "paid cash", was told
// only "(unreadable, dated after the analysis date, or in another currency)" though the reason was
// known. From the log's issues, or from a shared analysis's problems by customer (share/log-facts.ts).
import {
  type RowName,
  type RowsNotAnalysedSource,
  rowsNotAnalysedByCustomer,
} from '../customers/rows-not-analysed';
import { type SkippedProblem, skippedProblemsByCustomer } from '../customers/skipped-problems';
import { notCountedReasons } from '../exports/exclusion-labels';
import type { Language } from '../i18n/language';

/**
 * The rows of a customer not counted and their reasons ("(row 12): amount not readable (paid cash)"),
 * worked out when first asked; undefined for none.
 */
export function notCountedWhy(
  log: RowsNotAnalysedSource & { readonly skippedProblems?: ReadonlyMap<string, readonly SkippedProblem[]> },
  language: Language,
  /** A formula's answer: its rows are the range's, not the sheet's (exclusion-labels.ts rangeRows). */
  inRange: boolean,
): (key: string) => string | undefined {
  let problems: ReadonlyMap<string, readonly SkippedProblem[]> | undefined;
  let rows: ReadonlyMap<string, readonly RowName[]> | undefined;
  return (key) => {
    problems ??= log.skippedProblems ?? skippedProblemsByCustomer(log.issues ?? []);
    const own = problems.get(key) ?? [];
    const currency = log.excludedCustomers?.get(key)?.rows.filter((r) => r.reason === 'other_currency') ?? [];
    if (own.length + currency.length === 0) return undefined;
    rows ??= rowsNotAnalysedByCustomer(log);
    return notCountedReasons(rows.get(key) ?? [], own, currency, language, inRange);
  };
}
