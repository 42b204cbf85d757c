// Trial 24: the formulas' "No purchase log columns found…" named what was missing but not how to fix
// it; a formula cannot see Column setup, so it says to rename the headers or pass the three columns.
import { describe, expect, it } from 'vitest';
import { LogNotFound, logNotFoundMessage, readLog } from '../../../src/core/exports/read-log';

const OPTIONS = { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: 30_000 } as const;

describe('LogNotFound says how to fix it', () => {
  it('Olist orders without payments: rename the header "Amount", or pass the columns in order', () => {
    let error: unknown;
    try {
      readLog(
        [
          ['order_id', 'customer_unique_id', 'order_status', 'order_purchase_timestamp'],
          ['o1', 'ana', 'delivered', '2018-01-02 10:00:00'],
        ],
        OPTIONS,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LogNotFound);
    const e = error as LogNotFound;
    expect(e.missing).toEqual(['amount']);
    expect(logNotFoundMessage(e.missing, e.headers, 'en')).toContain(
      'To fix it, rename those headers "Amount", or pass only the columns customer, date, amount, in that order, from the first row below the header.',
    );
    expect(logNotFoundMessage(e.missing, e.headers, 'zh-CN')).toContain(
      '解决办法：请把表头改为“金额”，或只传入客户、日期、金额三列（按此顺序，从表头下一行开始）。',
    );
    expect(logNotFoundMessage(e.missing, e.headers, 'zh-TW')).toContain(
      '解決辦法：請把標題改為「金額」，或只傳入客戶、日期、金額三欄（依此順序，從標題下一列開始）。',
    );
  });
  it('Instacart: neither dates nor amounts, said plainly in each language', () => {
    const headers = ['order_id', 'user_id', 'eval_set', 'order_number'];
    expect(logNotFoundMessage(['date', 'amount'], headers, 'en')).toContain(
      'A log without when each customer bought and what they paid cannot be analysed. If the sheet has them, rename those headers "Date" and "Amount"',
    );
    expect(logNotFoundMessage(['date', 'amount'], headers, 'zh-CN')).toContain(
      '没有购买日期和金额的记录无法分析。如果表中有这些列，请把表头改为“日期”和“金额”',
    );
    expect(logNotFoundMessage(['date', 'amount'], headers, 'zh-TW')).toContain(
      '沒有購買日期和金額的紀錄無法分析。如果表中有這些欄，請把標題改為「日期」和「金額」',
    );
  });
});
