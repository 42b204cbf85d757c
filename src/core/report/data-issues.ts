// The Data issues sheet as rows: every purchase-log row that could not be used (or was used without
// one cell), with its sheet, row number, column, value, the problem and what was done; then every
// customer who only has returns. SPEC §2: no row is dropped silently.
import type { Analysis } from '../analysis';
import type { CellOutput } from '../cells';
import { describeExclusion } from '../exports/exclusion-texts';
import type { CopiedTab } from '../exports/tab-copies';
import { formatEmailDate } from '../followups/followup-texts';
import type { Language } from '../i18n/language';
import { describeIssue } from '../input/issue-messages';
import type { RowIssue } from '../input/purchase';
import { overRefundParts } from '../insights/over-refund-why';
import type { AnalyzeTexts } from './analyze-texts';
import { columnReadingRows } from './column-reading-rows';
import type { UnreadSurveyCell } from './customer-sheets';
import { dateOrderLine, readAsText } from './date-order-note';
import { lineAmountsRows } from './line-amounts-line';
import { phoneVariantRows } from './phone-variants';
import { repeatedRowsLine } from './repeated-rows';
import { fill } from './report-texts';
import { sharedContactRows } from './shared-contacts';
import { unknownStatusRows } from './unknown-statuses-rows';

/**
 * Header row, then one row per issue: sheet, row, column, value, problem, what was done; and one row
 * per tab of the export left out as a copy of the others (`copies`).
 */
export function dataIssueRows(
  analysis: Pick<Analysis, 'log' | 'returnsOnly' | 'zeroAmountDays'> &
    Partial<Pick<Analysis, 'byKey' | 'overRefunds'>>,
  sheetName: string,
  language: Language,
  texts: AnalyzeTexts,
  copies: readonly CopiedTab[] = [],
  /** The customer sheet's survey cells that are not scores (customer-sheets.ts), and that sheet. */
  survey?: { sheet: string; cells: readonly UnreadSurveyCell[] },
): CellOutput[][] {
  const t = texts.report[language];
  const x = texts.excluded[language];
  const { actions, columnNames } = texts.issues;
  const rows: CellOutput[][] = [[...t.issueHeaders]];
  for (const issue of analysis.log.issues) {
    const action = actions[issue.action][language];
    rows.push([
      issue.sheet ?? sheetName,
      issue.row,
      issue.column ? columnNames[issue.column][language] : '',
      issue.value,
      problemOnly(describeIssue(issue, language, texts.issues), action) +
        readAsText(issue, analysis.log, language, texts),
      action,
    ]);
  }
  // Each of their rows, as the formulas name them all: only the first was listed, and a customer's
  // second return was in no line of the sheet (leftovers 29).
  for (const r of analysis.returnsOnly) {
    const why = r.refunded === undefined ? t.returnsOnly : refundedText(r.refunded, language, t.refundedOnly);
    for (const row of r.rows)
      rows.push([sheetName, row, columnNames.customer[language], r.label, why, t.leftOut]);
  }
  // Refunds beyond a day's sales: counted (taken off the net spend), said with the day's rows.
  for (const o of analysis.overRefunds ?? []) {
    const { said, taken } = overRefundParts(o, language, false);
    rows.push([sheetName, o.rows[0] ?? '', columnNames.customer[language], o.label, said, taken]);
  }
  rows.push(...sharedContactRows(analysis.log, sheetName, language, t));
  rows.push(...phoneVariantRows(analysis.log, sheetName, language, t));
  // A day of $0 only (a free sample) is not a purchase day: each of its rows is listed, so the
  // purchase days counted can be checked against the log.
  for (const z of analysis.zeroAmountDays ?? []) {
    for (const r of z.rows) {
      rows.push([
        r.sheet ?? sheetName,
        r.row,
        columnNames.amount[language],
        0,
        t.zeroAmountDay,
        t.notPurchaseDay,
      ]);
    }
  }
  // Statuses the reader did not know were counted: each named with its rows and the rule that undoes it.
  rows.push(...unknownStatusRows(analysis.log, sheetName, language, texts));
  // Rows an export's status, a walk-in sale or the owner's rule left out: not problems, listed apart.
  const excluded = analysis.log.excluded ?? [];
  if (rows.length === 1) {
    const none = excluded.length > 0 ? x.noProblems : t.noIssues;
    rows.push([sheetName, '', '', '', fill(none, { sheet: sheetName }), '']);
  }
  // The order day and month were read in, when a text date could be read either way.
  const order = dateOrderLine(analysis.log, sheetName, language, texts);
  if (order !== undefined) rows.push(order);
  // Rows typed twice: counted, and named so one can be deleted (repeated-rows.ts).
  const notAnalysed = new Set(analysis.returnsOnly.map((r) => r.key));
  const repeated = repeatedRowsLine(analysis.log, sheetName, language, texts, notAnalysed);
  if (repeated !== undefined) rows.push(repeated);
  // After the log's "no unusable rows" line, which speaks of the log only.
  for (const cell of survey?.cells ?? []) {
    const problem = cell.scale === 'satisfaction' ? t.surveySatisfaction : t.surveyRecommend;
    // A customer not analysed (refunded, only returns, no purchase yet) has no score to work out.
    const scored = analysis.byKey === undefined || analysis.byKey.has(cell.key);
    const done = scored ? t.surveyNoAnswer : t.surveyNotAnalysed;
    rows.push([survey!.sheet, cell.row, cell.header, cell.value, problem, done]);
  }
  // An edited export's amounts read from another column than the platform's: said, to be checked.
  const from = analysis.log.amountFrom;
  if (from !== undefined) {
    rows.push([
      sheetName,
      '',
      columnNames.amount[language],
      from.header,
      fill(x.amountFrom, { usual: from.usual }),
      x.counted,
    ]);
  }
  // A customer column with one value per order (Olist's customer_id): said, for Column setup.
  const perOrder = analysis.log.keyPerOrder;
  if (perOrder !== undefined) {
    rows.push([sheetName, '', perOrder.header, '', fill(t.keyPerOrder, { ...perOrder }), '']);
  }
  // A yes/no "Paid" column, an order id that is none (column-reading-rows.ts): said, to be checked.
  rows.push(...columnReadingRows(analysis.log, sheetName, language, texts));
  // A log of no platform whose lines were added up (line-amounts-line.ts): said, to be checked.
  rows.push(...lineAmountsRows(analysis.log, sheetName, language, texts));
  // A whole tab not read: said apart from the rows, with the tabs whose rows it repeats.
  for (const copy of copies) {
    const tabs = tabList(copy.of, language, texts);
    const why = copy.repeated === copy.rows ? t.copyTab : t.copyTabNamed;
    rows.push([
      copy.sheet,
      '',
      '',
      '',
      fill(why, { tabs, rows: copy.rows, repeated: copy.repeated }),
      t.copyTabAction,
    ]);
  }
  if (excluded.length > 0) {
    rows.push(['', '', '', '', '', ''], [x.heading, '', '', '', '', '']);
    for (const e of excluded) {
      rows.push([
        e.sheet ?? sheetName,
        e.row,
        '',
        e.value,
        describeExclusion(e, language, analysis.log.currency ?? '', texts.exclusionReasons),
        x.action,
      ]);
    }
  }
  return rows;
}

/**
 * The rows the sheet lists as problems, for "Rows with problems: n": each row with an issue (once,
 * however many of its cells were wrong) and each row of a customer with only returns (new-owner
 * trial: the count was the rows skipped, 0 beside an "Only returns" row). Free-sample days, rows left out on
 * purpose and copied tabs have their own sentences. A row a note was read on is listed for checking,
 * but it was used as the owner meant it, so it is no problem: a note that only mentions a return ('no
 * return', 'return visit') or says one was cancelled leaves the sale counted as written (trial 25 said
 * "Rows with problems: 9" of a sheet whose every row was used), and one that says the row is a return
 * ('Return', 退货) makes it the return it says (it was counted as a problem until leftovers 29). A note
 * of a refund with a number ('refund 5.00') was not applied: its row is a problem.
 */
export function problemRowCount(analysis: Pick<Analysis, 'log' | 'returnsOnly'>): number {
  const rows = new Set<string>();
  for (const issue of analysis.log.issues) {
    if (!READ_AS_MEANT.has(issue.problem)) rows.add(`${issue.sheet ?? ''}\u0000${issue.row}`);
  }
  // A return row can also carry an issue (a note read on it): one row, counted once.
  for (const r of analysis.returnsOnly) for (const row of r.rows) rows.add(`\u0000${row}`);
  return rows.size;
}

/**
 * Notes whose row was used as the note says (a sale, or the return it names): not rows with a problem.
 * A refund with a number ('refund 5.00') was not applied, and is one.
 */
const READ_AS_MEANT: ReadonlySet<RowIssue['problem']> = new Set([
  'note_return',
  'note_mention',
  'note_return_cancelled',
]);

/** "Every purchase refunded in full the same day (4 June 2026)…", each date named. */
const refundedText = (days: readonly number[], language: Language, text: string): string =>
  fill(text, { dates: days.map((d) => formatEmailDate(d, language)).join(language === 'en' ? ', ' : '、') });

/** Tabs named in a sentence: quoted, in a list. */
export function tabList(tabs: readonly string[], language: Language, texts: AnalyzeTexts): string {
  return tabs
    .map((tab) => fill(texts.report[language].tabName, { tab }))
    .join(language === 'en' ? ', ' : '、');
}

/** describeIssue's sentence without the action it ends with ("… — row skipped."), which has its own column. */
function problemOnly(sentence: string, action: string): string {
  for (const tail of [` — ${action}.`, `——${action}。`]) {
    if (sentence.endsWith(tail)) return sentence.slice(0, -tail.length);
  }
  return sentence;
}
