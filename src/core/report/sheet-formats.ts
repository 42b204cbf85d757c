import type { Currency } from '../i18n/format-number';
import type { DateOrder } from '../input/parse-date';
import type { ColumnFormat } from './summary';

/**
 * The Sheets number format of each kind of column the add-on writes, as the owner reads them
 * (issue 12): money with the sheet's currency (`[$¥]#,##0.00`, `#,##0.00 [$€]`), dates in the
 * spreadsheet locale's order (5/3/2024 in en_US, 05/03/2024 in en_GB, 2024/3/5 in zh_CN). Cells stay
 * numbers and dates; only what they show changes.
 */
export function columnPatterns(
  currency: Currency | undefined,
  dateOrder: DateOrder,
): Readonly<Record<Exclude<ColumnFormat, 'text'>, string>> {
  const amount = '#,##0.00';
  const symbol = currency?.symbol.replace(/[\]"]/g, '');
  return {
    integer: '0',
    decimal: '0.0',
    money: symbol ? (currency!.after ? `${amount} [$${symbol}]` : `[$${symbol}]${amount}`) : amount,
    percent: '0%',
    date: dateOrder === 'MDY' ? 'm/d/yyyy' : dateOrder === 'DMY' ? 'dd/mm/yyyy' : 'yyyy/m/d',
  };
}
