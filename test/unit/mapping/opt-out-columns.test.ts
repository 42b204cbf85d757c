import { describe, expect, it } from 'vitest';
import { parseColumnSetup } from '../../../src/core/mapping/column-setup';
import { droppedOptOutColumns, droppedOptOutText } from '../../../src/core/mapping/opt-out-columns';

const purchases = {
  sheet: 'Orders',
  headerRow: 1,
  columns: { customer: 0, date: 1, amount: 2, consent: 3 },
  headers: { customer: 'Customer', date: 'Date', amount: 'Total', consent: 'Accepts Marketing' },
};
const customers = {
  sheet: 'Customers',
  headerRow: 1,
  columns: { key: 0, email: 1, optOut: 2, consent: 4 },
  headers: { key: 'Name', email: 'Email', optOut: 'Unsubscribed' },
};
const saved = parseColumnSetup({ purchases, customers });

describe('the opt-out and consent columns a new setup would drop', () => {
  it('none when each field is still mapped, whichever column or sheet holds it now', () => {
    const moved = parseColumnSetup({
      purchases: { ...purchases, columns: { ...purchases.columns, consent: 5 } },
      customers: { ...customers, sheet: 'People', columns: { ...customers.columns, optOut: 7 } },
    });
    expect(droppedOptOutColumns(saved, moved)).toEqual([]);
    expect(droppedOptOutColumns(undefined, moved)).toEqual([]);
  });

  it('each one left unset, or its sheet set to none, named by its remembered header, else its letter', () => {
    const { optOut: _o, consent: _c, ...rest } = customers.columns;
    const next = parseColumnSetup({ purchases: null, customers: { ...customers, columns: rest } });
    expect(droppedOptOutColumns(saved, next)).toEqual([
      { kind: 'customers', field: 'optOut', sheet: 'Customers', header: 'Unsubscribed' },
      { kind: 'customers', field: 'consent', sheet: 'Customers', header: 'E' },
      { kind: 'purchases', field: 'consent', sheet: 'Orders', header: 'Accepts Marketing' },
    ]);
    expect(droppedOptOutText(droppedOptOutColumns(saved, next).slice(0, 1), 'zh-TW')).toBe(
      '未儲存：「Customers」的「Unsubscribed」欄記錄退訂或行銷同意，此設定卻不含它（已刪除或改名？）。請選擇現在記錄它的欄，或確認該欄已不存在。',
    );
  });
});
