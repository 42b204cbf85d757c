/**
 * A calendar day, counted as whole days since 1970-01-01 (day 0). Every date in the core is a day
 * number: purchases are grouped by calendar day in the spreadsheet's time zone, and all durations
 * are differences of day numbers, in days.
 */
export type DayNumber = number;
