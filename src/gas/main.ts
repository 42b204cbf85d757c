// The entry file: it only exposes the functions Apps Script and Sheets call. The build turns each
// exported function below into a top-level function declaration with this JSDoc (see README).
import type { FormulaArgument } from '../core/formulas/formula-arguments';
import * as formulas from '../core/formulas/formulas';
import { runFormula } from './formula-runner';
import { buildMenu } from './menu';
import * as menuActions from './menu-actions';
import { saveModelSetting } from './model-setting';
import { openSidebar } from './sidebar';
import * as sidebarServer from './sidebar-server';

type Arg = FormulaArgument;

/**
 * Adds the Regulars menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

/**
 * Runs when the add-on is installed: shows the menu at once, without a reload.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

// ---- The add-on: menu items and the sidebar's server functions (issue 5) ----

/**
 * Menu: Analyze customers. Writes the Insights, Summary and Data issues sheets.
 */
export function analyzeCustomers(): void {
  menuActions.analyzeCustomersFromMenu();
}

/**
 * Menu: Follow-ups… Opens the sidebar on the follow-ups.
 */
export function showFollowUps(): void {
  openSidebar('followups');
}

/**
 * Menu: Column setup… Opens the sidebar on the column mapping.
 */
export function showColumnSetup(): void {
  openSidebar('setup');
}

/**
 * Menu: Insert sample data. Opens the sidebar, which sends the tea-shop sample to insertSample.
 */
export function insertSampleData(): void {
  openSidebar('sample');
}

/**
 * Menu: Help. Opens the sidebar's help page.
 */
export function showHelp(): void {
  openSidebar('help');
}

/**
 * Opens the sidebar on the overview.
 */
export function showSidebar(): void {
  openSidebar('overview');
}

/**
 * Sidebar: customers per stage and tier, 80/20 share, data issues, as-of date.
 * @param {Object} request nothing (null)
 * @return {Object} the overview, or why there is none
 */
export function getOverview(request?: unknown) {
  return sidebarServer.getOverview(request);
}

/**
 * Sidebar: the customer of the selected row, on any sheet with a customer column.
 * @param {Object} request nothing (null)
 * @return {Object} sheet, row, key and label, or null
 */
export function getSelectedCustomer(request?: unknown) {
  return sidebarServer.getSelectedCustomer(request);
}

/**
 * Sidebar: the customer card.
 * @param {Object} request {key: the customer as written in the purchase log}
 * @return {Object} the card, or null for an unknown customer
 */
export function getCustomerCard(request: unknown) {
  return sidebarServer.getCustomerCard(request);
}

/**
 * Sidebar: the column setup in force and each sheet's first rows.
 * @param {Object} request nothing (null)
 * @return {Object} the column setup view
 */
export function getColumnSetup(request?: unknown) {
  return sidebarServer.getColumnSetup(request);
}

/**
 * Sidebar: validates and stores the owner's column setup.
 * @param {Object} request the setup: purchases, customers, feedback, asOf
 * @param {Object} confirmation null, or { dropOptOut: true } when the owner confirmed dropping an
 *   opt-out or consent column the saved setup had
 * @return {Object} the column setup view
 */
export function saveColumnSetup(request: unknown, confirmation?: unknown) {
  return sidebarServer.saveColumnSetup(request, confirmation);
}

/**
 * Sidebar: forgets the owner's column setup; detection decides again.
 * @param {Object} request nothing (null)
 * @return {Object} the column setup view
 */
export function resetColumnSetup(request?: unknown) {
  return sidebarServer.resetColumnSetup(request);
}

/**
 * Sidebar: Analyze customers (writes the three sheets).
 * @param {Object} request nothing (null)
 * @return {Object} what was written, or why nothing was
 */
export function analyzeFromSidebar(request?: unknown) {
  return sidebarServer.analyzeFromSidebar(request);
}

/**
 * Sidebar: writes the sample workbook it bundles into new sheets; replaces its own untouched sample
 * sheets only when asked to.
 * @param {Object} request the sample workbook
 * @param {Object=} options { replace: true } once the owner confirmed replacing the sample sheets
 * @return {Object} the sheets written, or which would be replaced and kept
 */
export function insertSample(request: unknown, options?: unknown) {
  return sidebarServer.insertSample(request, options);
}

/**
 * Sidebar: the purchase model for this spreadsheet, used by Analyze, the sidebar and the formulas.
 * @param {string} choice "auto", "bg-nbd" or "mbg-nbd"
 * @return {Object} the setting now in force
 */
export function saveModelChoice(choice: unknown) {
  return saveModelSetting(choice);
}

/**
 * A table of every customer in the purchase log: first and last purchase, purchase days, total
 * spent, average purchase, days since last, usual gap, next purchase due, R, F, M, RFM segment,
 * value tier, lifecycle stage, why, repeat probability (90 days), predicted value (365 days),
 * loyalty score. Put it in an empty cell: it spills down and right.
 * @param {Orders!A1:Z} purchases The purchase log: a range with its header row (columns found by header, e.g. a Shopify export as it is), or customer, date, amount (and optionally product) columns.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"en"} language [optional] "en", "zh-CN" or "zh-TW"; the spreadsheet's language when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @param {"auto"} model [optional] The purchase model: "auto" (MBG/CNBD-k, or MBG/NBD when customers buy at random, unless another model clearly predicted this sheet's last 90 days better), "bg-nbd", "mbg-nbd" or "mbg-cnbd-k"; the Model setting when blank.
 * @return A table with a header row and one row per customer.
 * @customfunction
 */
export function CUSTOMER_INSIGHTS(purchases: Arg, as_of?: Arg, language?: Arg, exclude?: Arg, model?: Arg) {
  return runFormula((env) => formulas.customerInsights(purchases, as_of, language, env, exclude, model));
}

/**
 * The RFM score of each customer as three digits, e.g. 545: recency, frequency and money, each a
 * quintile score from 1 to 5 among all customers.
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @return The RFM score for each customer.
 * @customfunction
 */
export function RFM_SCORE(customers: Arg, purchases: Arg, as_of?: Arg, exclude?: Arg) {
  return runFormula((env) => formulas.rfmScoreFormula(customers, purchases, as_of, env, exclude));
}

/**
 * The RFM segment of each customer, e.g. Champions, At Risk, Lost.
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"en"} language [optional] "en", "zh-CN" or "zh-TW"; the spreadsheet's language when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @return The segment name for each customer.
 * @customfunction
 */
export function RFM_SEGMENT(customers: Arg, purchases: Arg, as_of?: Arg, language?: Arg, exclude?: Arg) {
  return runFormula((env) => formulas.rfmSegmentFormula(customers, purchases, as_of, language, env, exclude));
}

/**
 * The 80/20 value tier of each customer: Key (the customers making the first 80% of revenue),
 * Core (up to 95%) or Occasional.
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"en"} language [optional] "en", "zh-CN" or "zh-TW"; the spreadsheet's language when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @return Key, Core or Occasional for each customer.
 * @customfunction
 */
export function VALUE_TIER(customers: Arg, purchases: Arg, as_of?: Arg, language?: Arg, exclude?: Arg) {
  return runFormula((env) => formulas.valueTierFormula(customers, purchases, as_of, language, env, exclude));
}

/**
 * The lifecycle stage of each customer: New, Developing, Loyal, At risk or Lapsed.
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"en"} language [optional] "en", "zh-CN" or "zh-TW"; the spreadsheet's language when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @return The stage for each customer.
 * @customfunction
 */
export function LIFECYCLE_STAGE(customers: Arg, purchases: Arg, as_of?: Arg, language?: Arg, exclude?: Arg) {
  return runFormula((env) =>
    formulas.lifecycleStageFormula(customers, purchases, as_of, language, env, exclude),
  );
}

/**
 * Why each customer is in their lifecycle stage, in one sentence with the numbers that decided it.
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"en"} language [optional] "en", "zh-CN" or "zh-TW"; the spreadsheet's language when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @return One sentence for each customer.
 * @customfunction
 */
export function CUSTOMER_WHY(customers: Arg, purchases: Arg, as_of?: Arg, language?: Arg, exclude?: Arg) {
  return runFormula((env) =>
    formulas.customerWhyFormula(customers, purchases, as_of, language, env, exclude),
  );
}

/**
 * The probability, from 0 to 1, that each customer buys again within the next days (BG/NBD model
 * fitted on this purchase log).
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {90} days [optional] How many days ahead; 90 when blank.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @param {"auto"} model [optional] The purchase model: "auto" (MBG/CNBD-k, or MBG/NBD when customers buy at random, unless another model clearly predicted this sheet's last 90 days better), "bg-nbd", "mbg-nbd" or "mbg-cnbd-k"; the Model setting when blank.
 * @return A probability between 0 and 1 for each customer.
 * @customfunction
 */
export function REPEAT_PROBABILITY(
  customers: Arg,
  purchases: Arg,
  days?: Arg,
  as_of?: Arg,
  exclude?: Arg,
  model?: Arg,
) {
  return runFormula((env) =>
    formulas.repeatProbabilityFormula(customers, purchases, days, as_of, env, exclude, model),
  );
}

/**
 * The expected number of purchase days of each customer in the next days (BG/NBD model).
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {365} days [optional] How many days ahead; 365 when blank.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @param {"auto"} model [optional] The purchase model: "auto" (MBG/CNBD-k, or MBG/NBD when customers buy at random, unless another model clearly predicted this sheet's last 90 days better), "bg-nbd", "mbg-nbd" or "mbg-cnbd-k"; the Model setting when blank.
 * @return Expected purchase days for each customer.
 * @customfunction
 */
export function EXPECTED_PURCHASES(
  customers: Arg,
  purchases: Arg,
  days?: Arg,
  as_of?: Arg,
  exclude?: Arg,
  model?: Arg,
) {
  return runFormula((env) =>
    formulas.expectedPurchasesFormula(customers, purchases, days, as_of, env, exclude, model),
  );
}

/**
 * When each customer's next purchase is due: their last purchase plus their usual gap.
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @return A date for each customer.
 * @customfunction
 */
export function NEXT_PURCHASE_DATE(customers: Arg, purchases: Arg, as_of?: Arg, exclude?: Arg) {
  return runFormula((env) => formulas.nextPurchaseDateFormula(customers, purchases, as_of, env, exclude));
}

/**
 * The money each customer is expected to spend in the next days: expected purchases (BG/NBD) times
 * expected spend per purchase (Gamma-Gamma).
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {365} days [optional] How many days ahead; 365 when blank.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @param {"auto"} model [optional] The purchase model: "auto" (MBG/CNBD-k, or MBG/NBD when customers buy at random, unless another model clearly predicted this sheet's last 90 days better), "bg-nbd", "mbg-nbd" or "mbg-cnbd-k"; the Model setting when blank.
 * @return Predicted spend for each customer.
 * @customfunction
 */
export function PREDICTED_VALUE(
  customers: Arg,
  purchases: Arg,
  days?: Arg,
  as_of?: Arg,
  exclude?: Arg,
  model?: Arg,
) {
  return runFormula((env) =>
    formulas.predictedValueFormula(customers, purchases, days, as_of, env, exclude, model),
  );
}

/**
 * A loyalty score from 0 to 100 combining repeat probability with satisfaction (1–5) and
 * likelihood to recommend (0–10 or very likely / possible / unlikely) where recorded.
 * High is 70 and above, Low below 30.
 * @param {A2:A} customers One customer or a column of customers (names or ids as in the purchase log).
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {E2:E} satisfaction [optional] Satisfaction 1–5, one per customer row.
 * @param {F2:F} recommend [optional] Likelihood to recommend, one per customer row.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @param {"auto"} model [optional] The purchase model: "auto" (MBG/CNBD-k, or MBG/NBD when customers buy at random, unless another model clearly predicted this sheet's last 90 days better), "bg-nbd", "mbg-nbd" or "mbg-cnbd-k"; the Model setting when blank.
 * @return A score from 0 to 100 for each customer.
 * @customfunction
 */
export function LOYALTY_SCORE(
  customers: Arg,
  purchases: Arg,
  satisfaction?: Arg,
  recommend?: Arg,
  as_of?: Arg,
  exclude?: Arg,
  model?: Arg,
) {
  return runFormula((env) =>
    formulas.loyaltyScoreFormula(customers, purchases, satisfaction, recommend, as_of, env, exclude, model),
  );
}

/**
 * The customer models fitted on this purchase log: method, BG/NBD r, alpha (per day), a, b,
 * log-likelihood, Gamma-Gamma p, q, gamma, and how many customers and rows were used.
 * @param {Purchases!A:D} purchases The purchase log with its header row, or customer, date, amount columns.
 * @param {DATE(2024,12,31)} as_of [optional] The analysis date; today when blank.
 * @param {"Type=Top-up|Gift card"} exclude [optional] Rows to ignore: a header, "=", values separated by "|"; rules separated by ";".
 * @param {"auto"} model [optional] The purchase model: "auto" (MBG/CNBD-k, or MBG/NBD when customers buy at random, unless another model clearly predicted this sheet's last 90 days better), "bg-nbd", "mbg-nbd" or "mbg-cnbd-k"; the Model setting when blank.
 * @return A two-column table of names and values.
 * @customfunction
 */
export function CUSTOMER_MODEL(purchases: Arg, as_of?: Arg, exclude?: Arg, model?: Arg) {
  return runFormula((env) => formulas.customerModelFormula(purchases, as_of, env, exclude, model));
}

// ── Follow-up emails (issue 6): the functions the sidebar's follow-ups panel calls. Each validates its
// request and calls src/gas/followups/server.ts with Apps Script's clock.
import * as followUps from './followups/server';

/**
 * The follow-ups panel's choices: audiences with their sizes, templates, settings, remaining quota,
 * campaigns interrupted by the quota and the results of past campaigns.
 * @return {Object} the options
 */
export function getFollowUpOptions() {
  return followUps.getFollowUpOptionsWith(followUps.REAL_ENVIRONMENT);
}

/**
 * Previews a follow-up campaign: each recipient's subject and body, and who is skipped and why.
 * @param {Object} request audience, templateId, language (and preparedDay to resume)
 * @return {Object} the preview
 */
export function previewFollowUps(request: unknown) {
  return followUps.previewFollowUpsWith(followUps.REAL_ENVIRONMENT, request);
}

/**
 * Creates Gmail drafts for the confirmed recipients of a campaign (one batch), logged in the Contact log.
 * @param {Object} request the campaign and the confirmed recipients
 * @return {Object} what was drafted, skipped and left
 */
export function createFollowUpDrafts(request: unknown) {
  return followUps.createFollowUpDraftsWith(followUps.REAL_ENVIRONMENT, request);
}

/**
 * Sends the first recipient's email to you, marked as a test.
 * @param {Object} request the campaign
 * @return {Object} where it went
 */
export function sendFollowUpTest(request: unknown) {
  return followUps.sendFollowUpTestWith(followUps.REAL_ENVIRONMENT, request);
}

/**
 * Sends a campaign to the confirmed recipients (one batch, never beyond the remaining daily quota).
 * @param {Object} request the campaign and the confirmed recipients
 * @return {Object} what was sent, skipped and left
 */
export function sendFollowUps(request: unknown) {
  return followUps.sendFollowUpsWith(followUps.REAL_ENVIRONMENT, request);
}

/**
 * Saves the follow-up settings: shop name, signature, cool-down days, reply-to address.
 * @param {Object} settings the settings
 * @return {Object} the saved settings
 */
export function saveFollowUpSettings(settings: unknown) {
  return followUps.saveFollowUpSettingsWith(settings);
}

/**
 * Opens the Templates sheet, creating it with the built-in templates the first time.
 * @return {string} the sheet's name
 */
export function openFollowUpTemplates() {
  return followUps.openFollowUpTemplatesWith(followUps.REAL_ENVIRONMENT);
}

/**
 * The last follow-up of a customer and whether they bought within 30 days after it (customer card).
 * @param {string} customerKey the customer as written in the purchase log
 * @return {Object} the last contact and its outcome
 */
export function getCustomerFollowUp(customerKey: unknown) {
  return followUps.getCustomerFollowUpWith(followUps.REAL_ENVIRONMENT, customerKey);
}

/**
 * The owner discarded these follow-up drafts: their customers may be written to again. Logged.
 * @param {Object} request {campaignId?, customerKey?}: the drafts of a campaign, of a customer, or both
 * @return {Object} how many drafts were released
 */
export function releaseFollowUpDrafts(request: unknown) {
  return followUps.releaseFollowUpDraftsWith(followUps.REAL_ENVIRONMENT, request);
}

/**
 * The owner sent these follow-up drafts from Gmail: outcomes count from them. Logged.
 * @param {Object} request {campaignId?, customerKey?}: the drafts of a campaign, of a customer, or both
 * @return {Object} how many drafts were marked as sent
 */
export function markFollowUpDraftsSent(request: unknown) {
  return followUps.markFollowUpDraftsSentWith(followUps.REAL_ENVIRONMENT, request);
}

/**
 * Puts a customer, and every address in their email cell, on the add-on's Unsubscribed list.
 * @param {string} customerKey the customer as written in the purchase log
 * @return {Object} the list's sheet name and the rows added
 */
export function unsubscribeCustomer(customerKey: unknown) {
  return followUps.unsubscribeCustomerWith(followUps.REAL_ENVIRONMENT, customerKey);
}
