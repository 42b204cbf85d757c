// For the Insights sheet (issue 5): each customer's last follow-up and what came of it, from the
// send ledger and the analysed purchases. Use with `outcomeColumns` (core/followups/outcomes.ts):
//
//   const columns = outcomeColumns(readContactOutcomes(env.spreadsheet, env.timeZone, run.analysis), env.language, env.timeZone, textsFile().server);
//   header.push(...columns.headers); row.push(...columns.cellsFor(customer.summary.key));
import type { Analysis } from '../../core/analysis';
import { keyedToCustomers } from '../../core/followups/contact-log';
import { type ContactOutcome, lastContactOutcomes } from '../../core/followups/outcomes';
import { purchaseList } from '../../core/input/purchase-table';
import { dayOfInstant } from '../../core/time/zone';
import { readLog } from './sources';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Customer key → last contact and its outcome; empty before the first follow-up. */
export function readContactOutcomes(
  spreadsheet: Spreadsheet,
  timeZone: string,
  analysis: Analysis,
  /** The customer sheet's rows by key: their emails find contacts logged under an older name. */
  profiles?: ReadonlyMap<string, { readonly email: string }>,
  now: Date = new Date(),
): Map<string, ContactOutcome> {
  const log = readLog(spreadsheet, timeZone, now.getTime());
  if (log.length === 0) return new Map();
  // Found as the follow-ups find them: by the email written to first (the customer sheet's, then
  // the log's own), then the key, then a name no one else has (trial: a renamed customer's contact
  // was known to the follow-ups and blank on Insights).
  const emails = [
    ...[...(profiles ?? [])].map(([key, p]) => ({ key, email: p.email })),
    ...(analysis.log.contacts?.values() ?? []),
  ];
  return lastContactOutcomes(
    keyedToCustomers(log, analysis.byKey, emails),
    purchaseList(analysis.log.purchases),
    dayOfInstant(now, timeZone),
  );
}
