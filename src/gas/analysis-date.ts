// The analysis date saved in Column setup, checked against the purchase log it would analyse
// (core/time/as-of-check.ts): by Analyze (the log may have changed since the date was saved) and by
// Column setup when the owner saves it, so a date no shop could mean is refused in words at once.
import type { DayNumber } from '../core/days';
import type { PurchaseLog } from '../core/input/purchase';
import type { SheetMappingOf } from '../core/mapping/column-setup';
import type { SheetHead } from '../core/mapping/detect';
import { asOfProblem, asOfProblemText, firstKeptDay } from '../core/time/as-of-check';
import { dayOfInstant } from '../core/time/zone';
import { readPurchaseTabs } from './purchase-tabs';
import type { SheetEnv } from './sheet-env';

/** The mapped log (and its tabs) read up to `asOfDay`. */
function readLogUpTo(
  env: SheetEnv,
  purchases: SheetMappingOf['purchases'],
  heads: readonly SheetHead[],
  asOfDay: DayNumber,
) {
  return readPurchaseTabs(env.spreadsheet, purchases, heads, {
    timeZone: env.timeZone,
    dateOrder: env.dateOrder,
    decimalMark: env.decimalMark,
    asOfDay,
  });
}

/**
 * Why the saved analysis date cannot be used with `log` (read up to it), in the sheet's language;
 * undefined when it can.
 */
export function analysisDateProblem(
  env: SheetEnv,
  purchases: SheetMappingOf['purchases'],
  heads: readonly SheetHead[],
  asOfDay: DayNumber,
  log: PurchaseLog = readLogUpTo(env, purchases, heads, asOfDay).log,
): string | undefined {
  const today = dayOfInstant(new Date(), env.timeZone);
  const problem = asOfProblem(log, asOfDay, today, () =>
    firstKeptDay(readLogUpTo(env, purchases, heads, Number.MAX_SAFE_INTEGER).log.purchases),
  );
  return problem && asOfProblemText(problem, 'setup', env.language);
}
