// Data issues says how two columns were read against what their headers suggest, for the owner to
// check: a "Paid" column of yes/no read as whether each sale was paid (exports/paid-flag-column.ts),
// and an order id column whose values came back on other days or for other customers, read as no
// order number there, or kept with its order on a later day when its total repeats
// (exports/order-id-spans.ts). Not problems: every row was counted.
import type { CellOutput } from '../cells';
import type { Language } from '../i18n/language';
import type { PurchaseLog } from '../input/purchase';
import type { AnalyzeTexts } from './analyze-texts';
import { fill } from './report-texts';

/** The Data issues rows on those two readings; none when neither happened. */
export function columnReadingRows(
  log: Pick<PurchaseLog, 'paidFlag' | 'orderIdSpans' | 'orderIdLater'>,
  sheetName: string,
  language: Language,
  texts: Pick<AnalyzeTexts, 'report' | 'excluded'>,
): CellOutput[][] {
  const t = texts.report[language];
  const rows: CellOutput[][] = [];
  const flag = log.paidFlag;
  if (flag !== undefined) {
    let text = fill(t.paidFlag, { header: flag.header, amount: flag.amount });
    if (flag.firstUnpaidRow !== undefined) {
      text += fill(t.paidFlagUnpaid, {
        unpaid: flag.unpaid,
        row: flag.firstUnpaidRow,
        header: flag.header,
        value: flag.unpaidValue,
      });
    }
    const row = flag.firstUnpaidRow ?? '';
    rows.push([sheetName, row, flag.header, flag.unpaidValue, text, texts.excluded[language].counted]);
  }
  const spans = log.orderIdSpans;
  if (spans !== undefined) {
    const text = fill(t.orderIdSpans, { header: spans.header, id: spans.id, rows: spans.rows });
    rows.push([sheetName, spans.row, spans.header, spans.id, text, t.orderIdSpansDone]);
  }
  const later = log.orderIdLater;
  if (later !== undefined) {
    const text = fill(t.orderIdLater, { header: later.header, id: later.id, rows: later.rows });
    rows.push([sheetName, later.row, later.header, later.id, text, t.orderIdLaterDone]);
  }
  return rows;
}
