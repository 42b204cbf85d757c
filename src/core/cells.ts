/**
 * A cell value as Apps Script's `Range.getValues()` hands it to a script: a number, a string
 * (`""` for a blank cell), a boolean, or a `Date` (the instant of midnight in the spreadsheet's time
 * zone for a date cell). Custom functions receive the same values.
 */
export type CellValue = string | number | boolean | Date;

/** A 2-D block of cells, rows first, as `getValues()` returns it and custom functions receive ranges. */
export type Grid = readonly (readonly CellValue[])[];

/** What a custom function may return: one value or a 2-D block that Sheets spills. */
export type CellOutput = string | number | boolean | Date;
