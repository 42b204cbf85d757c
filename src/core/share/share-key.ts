/**
 * The name under which formulas on the same data share one analysis, or one fit, across executions
 * (see formulas/shared-analysis.ts, src/gas/shared-fits.ts). It covers everything the analysis depends on: every cell of the purchases
 * range as handed over, the as-of day, the settings, the spreadsheet's time zone and locale (the
 * date order read from it), the owner's exclude rules, the model choice and the add-on's build, so
 * two calls share a fit only when they would have computed the same one.
 */
import type { Grid } from '../cells';
import type { DayNumber } from '../days';
import type { DateOrder } from '../input/parse-date';
import type { PurchaseModelChoice } from '../models/model-choice';
import type { Settings } from '../settings';
import { Hash64 } from './hash64';

export interface ShareInputs {
  readonly grid: Grid;
  readonly asOfDay: DayNumber;
  readonly settings: Settings;
  readonly timeZone: string;
  readonly locale: string;
  readonly dateOrder: DateOrder;
  /** The exclude rules as typed ('' when none). */
  readonly exclude: string;
  readonly purchaseModel: PurchaseModelChoice;
  /** The add-on's build: a fit saved by other code is never read back. */
  readonly version: string;
}

/** The key of the analysis shared on the same inputs as the fit under `fitKey` (34 characters). */
export const analysisKey = (fitKey: string) => `regulars-analysis-${fitKey.slice('regulars-fit-'.length)}`;

/** `regulars-fit-` and 16 hex digits (29 characters, far under the cache's 250). */
export function shareKey(inputs: ShareInputs): string {
  const h = new Hash64();
  h.text(inputs.version);
  h.number(inputs.asOfDay);
  // Settings are plain data built by this build's code, so their JSON is stable for a given version.
  h.text(JSON.stringify(inputs.settings));
  h.text(inputs.timeZone);
  h.text(inputs.locale);
  h.text(inputs.dateOrder);
  h.text(inputs.exclude);
  h.text(inputs.purchaseModel);
  h.grid(inputs.grid);
  return `regulars-fit-${h.digest()}`;
}
