import * as z from 'zod/mini';
import { text, textThat, wholeNumber } from '../mapping/leaf-schemas';
import { MAX_COOL_DOWN_DAYS, MAX_POSTAL_ADDRESS, MAX_SHOP_NAME, MAX_SIGNATURE } from '../setting-limits';
import { normalizeEmail } from './contacts';

/** The owner's follow-up settings, stored per document. */
export interface FollowUpSettings {
  /** `{{shopName}}`, the sender name shown to customers, and the opt-out line's "from". */
  shopName: string;
  /** `{{signature}}`: may span lines. */
  signature: string;
  /** Days after a contact (draft or send) during which the customer gets no other follow-up. */
  coolDownDays: number;
  /**
   * The shop's postal address, shown in the footer of every follow-up (marketing-email laws ask for
   * one); may span lines. Required before drafts or sends.
   */
  postalAddress: string;
  /** Where replies go when not to the owner's own address; blank for the owner's address. */
  replyTo: string;
}

/** What a setting left out (or undefined) is. */
export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = Object.freeze({
  shopName: '',
  signature: '',
  coolDownDays: 14,
  postalAddress: '',
  replyTo: '',
});

/**
 * Validated here because settings cross a trust boundary (document properties, the sidebar). Every
 * field may be left out: parseFollowUpSettings fills in the default.
 */
const FollowUpSettingsSchema = z.strictObject(
  {
    shopName: z.optional(text(0, MAX_SHOP_NAME)),
    signature: z.optional(text(0, MAX_SIGNATURE)),
    coolDownDays: z.optional(wholeNumber(0, MAX_COOL_DOWN_DAYS)),
    postalAddress: z.optional(text(0, MAX_POSTAL_ADDRESS)),
    replyTo: z.optional(
      textThat((v) => v.trim() === '' || normalizeEmail(v) !== undefined, 'must be one plain email address'),
    ),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown setting ${issue.keys.join(', ')}` : undefined,
  },
);

export type FollowUpSettingsInput = z.input<typeof FollowUpSettingsSchema>;

/** Days after a contact in which a purchase counts as its outcome (the issue's "within 30 days"). */
export const OUTCOME_WINDOW_DAYS = 30;

/** Settings from an untrusted source; throws with a readable message naming the bad field. */
export function parseFollowUpSettings(input: unknown): FollowUpSettings {
  const result = FollowUpSettingsSchema.safeParse(input ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
    throw new Error(`Invalid follow-up settings — ${problems.join('; ')}`);
  }
  const given = Object.entries(result.data).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_FOLLOW_UP_SETTINGS, ...Object.fromEntries(given) };
}
