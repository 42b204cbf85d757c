/** What a custom function knows besides its arguments; the Apps Script shell fills it in. */
export interface FormulaEnvironment {
  /** The spreadsheet's IANA time zone. */
  timeZone: string;
  /** The spreadsheet's locale, e.g. `en_US`, `zh_CN`. */
  locale: string;
  /** The current instant: "today" is its calendar day in `timeZone`. */
  now: Date;
}
