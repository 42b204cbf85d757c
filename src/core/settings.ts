import * as z from 'zod/mini';
import { parseOrThrow } from './validation';

/**
 * The owner-adjustable thresholds of the analysis, with the defaults of SPEC §3. Validated here
 * because settings cross a trust boundary (document properties, the sidebar); inside the core the
 * parsed `Settings` type is trusted.
 */
const NUMBER = 'must be a number';
const positive = (value: number) =>
  z._default(z.number(NUMBER).check(z.positive('must be greater than 0')), value);
const positiveInt = (value: number) =>
  z._default(z.int('must be a whole number').check(z.positive('must be greater than 0')), value);
const share = (value: number, max: z.core.$ZodCheck<number>) =>
  z._default(z.number(NUMBER).check(z.positive('must be greater than 0'), max), value);

export const SettingsSchema = z.strictObject(
  {
    /** Later than this many usual gaps: At risk. */
    atRiskGapMultiple: positive(1.5),
    /** Later than this many usual gaps: Lapsed. */
    lapsedGapMultiple: positive(3),
    /** Purchase days from which an on-rhythm customer is Loyal (fewer: Developing). */
    loyalMinPurchaseDays: positiveInt(4),
    /** How many of the latest purchase days are compared with the customer's earlier ones (all must be lower). */
    recentPurchaseDays: positiveInt(3),
    /** The comparison needs at least this many purchase days in all (three or more before the recent ones). */
    amountTrendMinPurchaseDays: positiveInt(6),
    /** Recent average below this share of the earlier average: amounts are "down sharply". */
    amountDropRatio: share(0.5, z.lt(1, 'must be less than 1')),
    /** How many standard errors of the customer's own basket spread the fall must exceed (lifecycle/amount-drop.ts). */
    amountDropNoiseZ: positive(2),
    /**
     * How strongly a customer's own median gap is pulled toward the store's: with n gaps of their own,
     * the usual gap is (n × own + k × store) / (n + k) with this k.
     */
    gapShrinkage: z._default(z.number(NUMBER).check(z.gte(0, 'must be 0 or more')), 2),
    /** Usual gap when the sheet has no repeat purchases at all to learn one from. */
    defaultGapDays: positive(30),
    /** Horizons of the repeat probability and predicted value columns of CUSTOMER_INSIGHTS. */
    repeatHorizonDays: positiveInt(90),
    valueHorizonDays: positiveInt(365),
    /** Value tiers: Key up to this share of revenue, Core up to the next. */
    keyRevenueShare: share(0.8, z.lt(1, 'must be less than 1')),
    coreRevenueShare: share(0.95, z.lte(1, 'must be at most 1')),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown setting ${issue.keys.join(', ')}` : undefined,
  },
);

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Parses settings from an untrusted source; throws with a readable message naming the bad field. */
export function parseSettings(input: unknown): Settings {
  const settings = parseOrThrow(SettingsSchema, input ?? {}, 'settings');
  if (settings.lapsedGapMultiple <= settings.atRiskGapMultiple) {
    throw new Error('Invalid settings — lapsedGapMultiple must be larger than atRiskGapMultiple');
  }
  if (settings.coreRevenueShare <= settings.keyRevenueShare) {
    throw new Error('Invalid settings — coreRevenueShare must be larger than keyRevenueShare');
  }
  return settings;
}
