// Data issues' rows for statuses the reader did not know (exports/unknown-statuses.ts): one row per
// status, on its first order's row, saying its orders were counted, which rows they are, and the
// rule that leaves them out, so an unknown status never counts in silence and the owner can undo it.
import type { CellOutput } from '../cells';
import type { Language, Localized } from '../i18n/language';
import type { PurchaseLog } from '../input/purchase';
import type { AnalyzeTexts } from './analyze-texts';
import { fill } from './report-texts';

/** The status column's name when the reader was given no header. */
const STATUS: Localized = { en: 'Status', 'zh-CN': '状态', 'zh-TW': '狀態' };

export function unknownStatusRows(
  log: Pick<PurchaseLog, 'unknownStatuses'>,
  sheetName: string,
  language: Language,
  texts: Pick<AnalyzeTexts, 'excluded'>,
): CellOutput[][] {
  const x = texts.excluded[language];
  const listed = language === 'en' ? ', ' : '、';
  return (log.unknownStatuses ?? []).map((u) => {
    const more = u.orders > u.rows.length ? '…' : '';
    const column = u.column === '' ? STATUS[language] : u.column;
    const rows = u.rows.join(listed) + more;
    // English counts in words ('1 order, row 7'); Chinese takes the numbers into its sentence.
    const en = language === 'en';
    const orders = en ? `${u.orders} ${u.orders === 1 ? 'order' : 'orders'}` : u.orders;
    const rowText = en ? `${u.rows.length === 1 && more === '' ? 'row' : 'rows'} ${rows}` : rows;
    return [
      sheetName,
      u.rows[0] ?? '',
      column,
      u.status,
      fill(x.unknownStatuses, { column, orders, rows: rowText, rule: `${column}=${u.status}` }),
      x.counted,
    ];
  });
}
