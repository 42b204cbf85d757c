import type { DayNumber } from '../days';
import { instantOfDay } from '../time/zone';

/**
 * The cell value of each calendar day — midnight in the spreadsheet's zone, what Sheets stores for
 * a date cell — made once per day and shared by every cell showing that day: a formula's many
 * customers fall on far fewer days, and Sheets only reads the dates it is handed.
 */
export function dayDates(timeZone: string): (day: DayNumber) => Date {
  const dates = new Map<DayNumber, Date>();
  return (day) => {
    let date = dates.get(day);
    if (date === undefined) {
      date = instantOfDay(day, timeZone);
      dates.set(day, date);
    }
    return date;
  };
}
