// The bounds of what an owner types, shared by the server's checks (zod/mini schemas of
// followups/followup-settings.ts, followups/audiences.ts, mapping/column-setup.ts) and the sidebar's
// field checks and their sentences (sidebar/setting-problems.ts), so the two never disagree. Plain
// numbers, no zod: the sidebar imports this and must not bundle zod.

/** Longest follow-up texts, in characters. */
export const MAX_SHOP_NAME = 100;
export const MAX_SIGNATURE = 500;
export const MAX_POSTAL_ADDRESS = 300;

/** Longest follow-up cool-down and "due within" window, in days (from 0). */
export const MAX_COOL_DOWN_DAYS = 365;
export const MAX_DUE_WITHIN_DAYS = 365;

/** Column setup's ignore rules: how many, values per rule, characters per value. */
export const MAX_EXCLUDE_RULES = 20;
export const MAX_EXCLUDE_VALUES = 50;
export const MAX_EXCLUDE_VALUE_LENGTH = 200;
