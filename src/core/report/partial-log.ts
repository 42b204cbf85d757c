// What Analyze says when no sheet is a purchase log but one comes close (trial 24: "has customer,
// order id but no date, amount column" while column D held order_purchase_timestamp): the columns it
// saw, with their letters, the headers, and how to mend it; or, for a sheet with neither dates nor
// amounts (Instacart's orders), that it cannot be analysed and why.
//
// Decisions (tests in test/unit/report/partial-log.test.ts):
// - The columns named missing are those the log lacks as it is read (an export by its platform's
//   names); when none is, the sentence says the columns could not be read together, never lists an
//   empty "no  column".
// - A sheet "has neither" when its header names no date and no amount column and none of the first
//   rows below it holds a date (a date value, or text such as 2024-03-05, 5/3/2024, 2024年3月5日).
import type { CellValue, Grid } from '../cells';
import { detectExport } from '../exports/detect-export';
import { rowsBelowHeader } from '../exports/order-reference-column';
import { RENAME } from '../exports/read-log';
import type { Language } from '../i18n/language';
import { detectColumns, type PurchaseField } from '../input/headers';
import type { PartialMatch } from '../mapping/detect';
import type { AnalyzeTexts } from './analyze-texts';
import { fill } from './report-texts';

const DATE_TEXT =
  /^\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[- ][A-Za-z]{3,}[- ]\d{2,4})|\d{4}\s*年/;

/** "A", "B" … "AA": a zero-based column's letters. */
function letters(column: number): string {
  let s = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function holdsDates(rows: Grid): boolean {
  return rows.some((row) =>
    row.some((c: CellValue) => c instanceof Date || (typeof c === 'string' && DATE_TEXT.test(c))),
  );
}

type Needed = 'customer' | 'date' | 'amount';

/**
 * The columns the log lacks: the header's own aliases may name all three while the export the row
 * is read as still lacks one (Etsy's items export had Price, a unit price its reader never takes
 * for the order's amount: "but no  column", trial 29).
 */
function neededOf(partial: PartialMatch<'purchases'>, header: readonly CellValue[], rows: Grid): Needed[] {
  const needed = partial.missing.filter((f): f is Needed => ['customer', 'date', 'amount'].includes(f));
  if (needed.length > 0) return needed;
  return detectExport(header, rowsBelowHeader(rows, partial.headerRow - 1))?.missing ?? [];
}

/** The sentence after "Regulars needs a purchase log…" for the sheet that came closest (see the rules at the top). */
export function partialLogText(
  partial: PartialMatch<'purchases'>,
  rows: Grid,
  language: Language,
  texts: AnalyzeTexts,
): string {
  const t = texts.report[language];
  const sep = language === 'en' ? ', ' : '、';
  const header = rows[partial.headerRow - 1] ?? [];
  const headers = header
    .filter((h): h is string => typeof h === 'string' && h.trim() !== '')
    .slice(0, 20)
    .map((h) => (language === 'en' ? `'${h.trim()}'` : `“${h.trim()}”`))
    .join(sep);
  const needed = neededOf(partial, header, rows);
  if (needed.includes('date') && needed.includes('amount') && !holdsDates(rows.slice(partial.headerRow))) {
    return fill(t.noWhenOrWhat, { sheet: partial.sheet, headers });
  }
  const { mapping } = detectColumns(header, 'purchases');
  const names = texts.issues.columnNames;
  if (needed.length === 0)
    return fill(t.partialLogUnread, { sheet: partial.sheet, row: partial.headerRow, headers });
  const found = partial.found
    .filter((f) => !needed.includes(f as Needed))
    .map((f: PurchaseField) => {
      const column = mapping[f];
      if (column === undefined) return names[f][language];
      const at = letters(column);
      return `${names[f][language]}${language === 'en' ? ` (${at})` : language === 'zh-CN' ? `（${at} 列）` : `（${at} 欄）`}`;
    })
    .join(sep);
  const missing = needed.map((f) => names[f][language]).join(sep);
  const rename = needed.map((f) => RENAME[language][f]).join(language === 'en' ? ' and ' : '和');
  return (
    fill(t.partialLog, { sheet: partial.sheet, row: partial.headerRow, found, missing }) +
    fill(t.partialLogFix, { headers, rename })
  );
}
