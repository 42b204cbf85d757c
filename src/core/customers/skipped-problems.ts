// What was wrong with a customer's rows skipped as problems (a date or amount that could not be read,
// a date after the analysis date), per problem. A worded formula asked about a customer none of whose
// rows was analysed names it (exports/exclusion-labels.ts notAnalysedText) instead of answering as for
// a name not in the log: a new-owner trial saw Carol's two misread dates give a blank cell. Kept in
// the shared analysis (share/log-facts.ts) so that a hit answers as a miss does.
import type { IssueProblem, PurchaseColumn, RowIssue } from '../input/purchase';

/** One problem of a customer's skipped rows. */
export interface SkippedProblem {
  readonly column: PurchaseColumn | undefined;
  readonly problem: IssueProblem;
  /** Rows skipped with it (a row has one issue per unusable cell, so at most one of each). */
  rows: number;
  /** Its distinct values that are not blank, in sheet order: at most one more than are shown. */
  readonly values: string[];
  /**
   * On the customer's first problem only: the value of their first row skipped, what the why's note
   * of an analysed customer shows beside its row (trial 21; a shared analysis keeps only this one).
   */
  first?: string;
}

/** Between a value and the day it was read as (exports/exclusion-labels.ts shows "…, read as 5 December 2026"). */
export const READ_AS = '\u0000';

/** Values shown per problem; one more is kept so that a "…" can say there are others. */
export const SHOWN_VALUES = 3;

/**
 * The problems of the rows skipped by the customer the row names (of the customers in `only`, when
 * given), each problem in the order it first appears.
 * @example skippedProblemsByCustomer(log.issues).get('carol wu') // [{ column: 'date', problem: 'impossible', rows: 2, values: ['2024-13-01', '2024-14-01'] }]
 */
export function skippedProblemsByCustomer(
  issues: readonly RowIssue[],
  only?: ReadonlySet<string>,
): Map<string, SkippedProblem[]> {
  const out = new Map<string, SkippedProblem[]>();
  for (const issue of issues) {
    const key = issue.customerKey;
    if (issue.action !== 'skipped' || key === undefined || (only !== undefined && !only.has(key))) continue;
    let problems = out.get(key);
    if (problems === undefined) {
      problems = [];
      out.set(key, problems);
    }
    const { column, problem } = issue;
    // A text date whose day and month could swap, after the analysis date: with the day it was read
    // as (trial 22: "date after the analysis date (05/12/2026)" did not say which day that was).
    const value = issue.readAs === undefined ? issue.value : `${issue.value}${READ_AS}${issue.readAs}`;
    let found = problems.find((p) => p.column === column && p.problem === problem);
    if (found === undefined) {
      found = { column, problem, rows: 0, values: [] };
      // The first row's value (blank: none) goes with the customer's first problem.
      if (problems.length === 0 && value !== '') found.first = value;
      problems.push(found);
    }
    found.rows++;
    if (value !== '' && found.values.length <= SHOWN_VALUES && !found.values.includes(value)) {
      found.values.push(value);
    }
  }
  return out;
}
