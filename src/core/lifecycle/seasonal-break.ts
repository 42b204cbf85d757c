import type { DayNumber } from '../days';
import type { Settings } from '../settings';
import { civilFromDay, dayFromCivilUnchecked, isLeapYear } from '../time/civil';

/**
 * An earlier break of a customer's that began about the same time of year as their current
 * silence (a client away every summer): from their last purchase before it (`fromDay`) to the day
 * they came back (`toDay`), and that return's anniversary in the current silence's year
 * (`returnDay`). Until a little past `returnDay` the silence is the break they take every year,
 * not a goodbye (lifecycle-stage.ts).
 */
export interface SeasonalBreak {
  readonly fromDay: DayNumber;
  readonly toDay: DayNumber;
  readonly returnDay: DayNumber;
}

/** Days in a Gregorian year on average: how many years apart two days are, to the nearest year. */
const DAYS_PER_YEAR = 365.2425;

/** `day` moved `years` calendar years on (29 February to the 28th in a common year). */
function addYears(day: DayNumber, years: number): DayNumber {
  const { year, month, day: d } = civilFromDay(day);
  const to = year + years;
  return dayFromCivilUnchecked(to, month, month === 2 && d === 29 && !isLeapYear(to) ? 28 : d);
}

/**
 * The margin past a break a silence is still that break: `breakMarginShare` of its length, in whole
 * days (a break of 128 days came back once; 129 days silent is no evidence of leaving).
 */
export function breakMarginDays(breakDays: number, settings: Pick<Settings, 'breakMarginShare'>): number {
  return Math.floor(breakDays * settings.breakMarginShare);
}

/**
 * The latest of the gaps between the purchase days `days[from..to)` that is a break — longer than
 * the At-risk multiple of their usual gap `habitGapDays` — and began within `seasonalShiftDays` of
 * the same calendar date as the current silence, a whole number of years (one or more) before it.
 * Only when it holds them longer than their longest gap with its margin does anything read it, so
 * only then is it given (few customers: most have no such break, or their longest gap is it).
 */
export function seasonalBreak(
  days: Int32Array,
  from: number,
  to: number,
  habitGapDays: number,
  longestGapDays: number,
  settings: Pick<Settings, 'atRiskGapMultiple' | 'breakMarginShare' | 'seasonalShiftDays'>,
): SeasonalBreak | undefined {
  const lastDay = days[to - 1]!;
  const breakOver = settings.atRiskGapMultiple * habitGapDays;
  // A break a year or more before the silence began needs a history about that long, and a break.
  if (longestGapDays <= breakOver || lastDay - days[from]! < 365 - settings.seasonalShiftDays)
    return undefined;
  const plainUntil = longestGapDays + breakMarginDays(longestGapDays, settings);
  // Latest first: the break of the most recent year is the pattern they keep now.
  for (let i = to - 1; i > from; i--) {
    const start = days[i - 1]!;
    const gap = days[i]! - start;
    if (gap <= breakOver) continue;
    const years = Math.round((lastDay - start) / DAYS_PER_YEAR);
    if (years < 1 || Math.abs(lastDay - addYears(start, years)) > settings.seasonalShiftDays) continue;
    const returnDay = addYears(days[i]!, years);
    // Nothing to add where their longest gap holds them as long.
    if (returnDay + breakMarginDays(gap, settings) - lastDay <= plainUntil) return undefined;
    return { fromDay: start, toDay: days[i]!, returnDay };
  }
  return undefined;
}
