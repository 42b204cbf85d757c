// Data issues says once in which order text dates whose day and month could swap were read, with the
// first such date as the example, and why (the dates themselves, when one can only be read one way,
// naming it; else the spreadsheet's locale); a date issue on such a text
// names the day read (input/date-order-read.ts; trial 22).
import type { CellOutput } from '../cells';
import { formatEmailDate } from '../followups/followup-texts';
import type { Language } from '../i18n/language';
import type { PurchaseLog, RowIssue } from '../input/purchase';
import type { AnalyzeTexts } from './analyze-texts';
import { fill } from './report-texts';

type Texts = Pick<AnalyzeTexts, 'logNotes' | 'issues'>;

/** The Data issues line on the date order, or none when no text date could be read either way. */
export function dateOrderLine(
  log: Pick<PurchaseLog, 'dateOrderRead'>,
  sheetName: string,
  language: Language,
  texts: Texts,
): CellOutput[] | undefined {
  const read = log.dateOrderRead;
  if (read === undefined) return undefined;
  const t = texts.logNotes[language].dateOrder;
  const date = formatEmailDate(read.day, language);
  // Why: the dates themselves when one proves the order, else the spreadsheet's locale, and when
  // the locale's order was kept against a date proving the other, why.
  const { kept } = read;
  const sentence =
    kept !== undefined
      ? kept.why === 'late'
        ? t.keptLate
        : t.keptFew
      : read.proof === undefined
        ? t[read.order]
        : read.order === 'DMY'
          ? t.provedDayFirst
          : t.provedMonthFirst;
  const [order, other] =
    read.order === 'DMY' ? [t.dayFirstOrder, t.monthFirstOrder] : [t.monthFirstOrder, t.dayFirstOrder];
  const values = { text: read.text, date, proof: kept?.proof ?? read.proof ?? '', order, other };
  return [
    sheetName,
    '',
    texts.issues.columnNames.date[language],
    read.text,
    fill(sentence, { ...values, proofs: String(kept?.proofs ?? 0), changed: String(kept?.changed ?? 0) }),
    read.order === 'DMY' ? t.dayFirst : t.monthFirst,
  ];
}

/** After an issue's sentence: " (read month first: 6 October 2026)", or '' for an issue without `readAs`. */
export function readAsText(
  issue: RowIssue,
  log: Pick<PurchaseLog, 'dateOrderRead'>,
  language: Language,
  texts: Texts,
): string {
  if (issue.readAs === undefined) return '';
  const t = texts.logNotes[language].dateOrder;
  const order = log.dateOrderRead?.order === 'DMY' ? t.dayFirst : t.monthFirst;
  return fill(t.readAs, { order, date: formatEmailDate(issue.readAs, language) });
}
