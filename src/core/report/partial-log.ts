// What Analyze says when no sheet is a purchase log but one comes close (trial 24: "has customer,
// order id but no date, amount column" while column D held order_purchase_timestamp): the columns it
// saw, with their letters, the headers, and how to mend it; or, for a sheet with neither dates nor
// amounts (Instacart's orders), that it cannot be analysed and why.
//
// Decisions (tests in test/unit/report/partial-log.test.ts):
// - A sheet "has neither" when its header names no date and no amount column and none of the first
//   rows below it holds a date (a date value, or text such as 2024-03-05, 5/3/2024, 2024年3月5日).
import type { CellValue, Grid } from '../cells';
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
  const needed = partial.missing.filter((f): f is 'date' | 'amount' | 'customer' =>
    ['customer', 'date', 'amount'].includes(f),
  );
  if (needed.includes('date') && needed.includes('amount') && !holdsDates(rows.slice(partial.headerRow))) {
    return fill(t.noWhenOrWhat, { sheet: partial.sheet, headers });
  }
  const { mapping } = detectColumns(header, 'purchases');
  const names = texts.issues.columnNames;
  const found = partial.found
    .map((f: PurchaseField) => {
      const column = mapping[f];
      if (column === undefined) return names[f][language];
      const at = letters(column);
      return `${names[f][language]}${language === 'en' ? ` (${at})` : language === 'zh-CN' ? `（${at} 列）` : `（${at} 欄）`}`;
    })
    .join(sep);
  const missing = partial.missing.map((f) => names[f][language]).join(sep);
  const rename = needed.map((f) => RENAME[language][f]).join(language === 'en' ? ' and ' : '和');
  return (
    fill(t.partialLog, { sheet: partial.sheet, row: partial.headerRow, found, missing }) +
    fill(t.partialLogFix, { headers, rename })
  );
}
