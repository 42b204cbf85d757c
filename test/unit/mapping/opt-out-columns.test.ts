import { describe, expect, it } from 'vitest';
import { parseColumnSetup } from '../../../src/core/mapping/column-setup';
import {
  droppedOptOutColumns,
  droppedOptOutText,
  OPT_OUT_DROP_REFUSED,
  withColumnsNowThere,
} from '../../../src/core/mapping/opt-out-columns';

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
    expect(
      droppedOptOutText(OPT_OUT_DROP_REFUSED, droppedOptOutColumns(saved, next).slice(0, 1), 'zh-TW'),
    ).toBe(
      '未儲存：「Customers」的「Unsubscribed」欄記錄退訂或行銷同意，此設定卻不含它（已刪除或改名？）。請選擇現在記錄它的欄，或確認該欄已不存在。',
    );
  });
});

describe('the column now standing where a lost opt-out column stood (trial F5: "Opt-out" renamed "Marketing")', () => {
  const was = parseColumnSetup({
    customers: {
      sheet: 'Customers',
      headerRow: 1,
      columns: { key: 0, email: 1, optOut: 2, notes: 3 },
      headers: { key: 'Name', email: 'Email', optOut: 'Opt-out', notes: 'Notes' },
    },
  });
  /** The panel's case: detection maps what it recognises on the header row now. */
  const nowThere = (header: string[], shown: Record<string, number>, headerRow = 1) => {
    const rows = [
      ...Array.from({ length: headerRow - 1 }, () => ['']),
      header,
      ['Ann', 'a@x.test', 'yes', ''],
    ];
    const next = parseColumnSetup({ customers: { sheet: 'Customers', headerRow, columns: shown } });
    const dropped = droppedOptOutColumns(was, next);
    expect(dropped.map((c) => c.header)).toEqual(['Opt-out']);
    return withColumnsNowThere(dropped, was, next, (sheet) => (sheet === 'Customers' ? rows : undefined))[0]!
      .nowThere;
  };

  it('renamed in place: offered, by its place and new header', () => {
    expect(nowThere(['Name', 'Email', 'Marketing', 'Notes'], { key: 0, email: 1, notes: 3 })).toEqual({
      column: 2,
      header: 'Marketing',
    });
  });

  it('renamed after a column was inserted before it: found where its neighbours moved', () => {
    expect(
      nowThere(['Name', 'Phone', 'Email', 'Marketing', 'Notes'], { key: 0, email: 2, notes: 4 }),
    ).toEqual({ column: 3, header: 'Marketing' });
  });

  it('deleted: its neighbours disagree (the right one moved, the left did not), so nothing is offered', () => {
    expect(nowThere(['Name', 'Email', 'Notes'], { key: 0, email: 1, notes: 2 })).toBeUndefined();
  });

  it('not offered when blank, used by another field of the setup shown, or on another header row', () => {
    expect(nowThere(['Name', 'Email', '', 'Notes'], { key: 0, email: 1, notes: 3 })).toBeUndefined();
    expect(
      nowThere(['Name', 'Email', 'Phone', 'Notes'], { key: 0, email: 1, phone: 2, notes: 3 }),
    ).toBeUndefined();
    expect(
      nowThere(['Name', 'Email', 'Marketing', 'Notes'], { key: 0, email: 1, notes: 3 }, 2),
    ).toBeUndefined();
  });
});
