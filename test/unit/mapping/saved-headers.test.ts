import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseColumnSetup } from '../../../src/core/mapping/column-setup';
import {
  followHeaders,
  headersOfMapping,
  SETUP_MISMATCH,
  setupMismatchText,
} from '../../../src/core/mapping/saved-headers';

const header = ['Customer', 'Date', 'Type', 'Amount', 'Product'];
const purchases = parseColumnSetup({
  purchases: {
    sheet: 'Log',
    headerRow: 1,
    columns: { customer: 0, date: 1, amount: 3, product: 4 },
    exclude: [{ column: 2, values: ['Gift card'] }],
  },
}).purchases!;
const saved = { ...purchases, headers: headersOfMapping(purchases, [header]) };

describe('a saved mapping found again by its headers', () => {
  it('remembers each mapped column’s header as written, ignore rules by position', () => {
    expect(saved.headers).toEqual({
      customer: 'Customer',
      date: 'Date',
      amount: 'Amount',
      product: 'Product',
      'exclude.0': 'Type',
    });
  });

  it('unchanged headers: the mapping as saved', () => {
    expect(followHeaders(saved, [header])).toEqual({ mapping: saved, moved: false });
  });

  it('columns inserted and moved: each field and rule found by its header, written the same or not', () => {
    const followed = followHeaders(saved, [
      ['Qty', ' amount ', 'Customer', 'Notes', 'TYPE', 'Date', 'Product'],
    ]);
    expect(followed).toMatchObject({
      moved: true,
      mapping: {
        columns: { customer: 2, date: 5, amount: 1, product: 6 },
        exclude: [{ column: 4, values: ['Gift card'] }],
      },
    });
  });

  it('headers differing only in brackets are two headers (review: "Opt-out (SMS)" beside "Opt-out (email)")', () => {
    const customers = parseColumnSetup({
      customers: { sheet: 'People', headerRow: 1, columns: { key: 0, email: 1, optOut: 3 } },
    }).customers!;
    const row = ['Customer', 'Email', 'Opt-out (SMS)', 'Opt-out (email)'];
    const remembered = { ...customers, headers: headersOfMapping(customers, [row]) };
    const followed = followHeaders(remembered, [['Birthday', ...row]]);
    expect(followed).toMatchObject({ moved: true, mapping: { columns: { key: 1, email: 2, optOut: 4 } } });
  });

  it('a header written twice when saved keeps its place among them; written once then, twice now, it is not guessed', () => {
    const twice = parseColumnSetup({
      purchases: { sheet: 'Log', headerRow: 1, columns: { customer: 0, date: 1, amount: 3 } },
    }).purchases!;
    const row = ['Customer', 'Date', 'Amount', 'Amount'];
    const remembered = { ...twice, headers: headersOfMapping(twice, [row]) };
    expect(remembered.headers).toEqual({ customer: 'Customer', date: 'Date', amount: ['Amount', 2] });
    expect(followHeaders(remembered, [['Qty', ...row]])).toMatchObject({
      mapping: { columns: { customer: 1, date: 2, amount: 4 } },
    });
    // Saved with one Amount; now an Amount column is inserted before it and the others moved.
    expect(followHeaders(saved, [['Customer', 'Amount', 'Date', 'Type', 'Amount', 'Product']])).toEqual({
      lost: 'amount',
      header: 'Amount',
      headers: ['Amount'],
      rules: [{ column: 3, values: ['Gift card'] }],
    });
  });

  it('a header renamed or replaced where it stands: not guessed either (trial: a blank "Notes" pasted where "Opt-out" stood)', () => {
    expect(followHeaders(saved, [['Customer', 'Date', 'Type', 'Tip', 'Product']])).toEqual({
      lost: 'amount',
      header: 'Amount',
      headers: ['Amount'],
      rules: [{ column: 2, values: ['Gift card'] }],
    });
  });

  it('a header gone while other columns moved: no guess, the header is named', () => {
    // The ignore rule's column is found, so the rule is kept for the setup saved again.
    expect(followHeaders(saved, [['Qty', 'Customer', 'Date', 'Type', 'Paid', 'Product']])).toEqual({
      lost: 'amount',
      header: 'Amount',
      headers: ['Amount'],
      rules: [{ column: 3, values: ['Gift card'] }],
    });
  });

  it('every header gone is named, not only the first ("Sales" and "Email" renamed at once)', () => {
    const log = parseColumnSetup({
      purchases: { sheet: 'Log', headerRow: 1, columns: { customer: 0, email: 1, date: 2, amount: 3 } },
    }).purchases!;
    const row = ['Customer', 'Email', 'Date', 'Sales'];
    const remembered = { ...log, headers: headersOfMapping(log, [row]) };
    const followed = followHeaders(remembered, [['Customer', 'E-mail', 'Date', 'Total']]);
    expect(followed).toMatchObject({ lost: 'email', header: 'Email', headers: ['Email', 'Sales'] });
    const names = 'headers' in followed ? followed.headers : [];
    expect(setupMismatchText(SETUP_MISMATCH, 'Log', names, 'en')).toBe(
      'The saved column setup no longer matches “Log”: its columns “Email”, “Sales” are not found (renamed, replaced, deleted or written twice). Open Column setup, check the columns and save.',
    );
    expect(setupMismatchText(SETUP_MISMATCH, 'Log', ['Sales'], 'en')).toMatch(
      /: its column “Sales” is not found \(/,
    );
    expect(setupMismatchText(SETUP_MISMATCH, 'Log', names, 'zh-CN')).toBe(
      '已保存的列设置与“Log”不再相符：找不到“Email”、“Sales”列（已改名、替换、删除或重复）。请打开“列设置”，核对各列后保存。',
    );
    expect(setupMismatchText(SETUP_MISMATCH, 'Log', names, 'zh-TW')).toBe(
      '已儲存的欄設定與「Log」不再相符：找不到「Email」、「Sales」欄（已改名、替換、刪除或重複）。請開啟「欄設定」，核對各欄後儲存。',
    );
  });

  it('a column saved with a blank header moves with its nearest neighbour (review: it stayed, reading the next column)', () => {
    const customers = parseColumnSetup({
      customers: { sheet: 'People', headerRow: 1, columns: { key: 0, email: 2, optOut: 3 } },
    }).customers!;
    const row = ['Customer', 'Date', '', 'Opt-out'];
    const remembered = { ...customers, headers: headersOfMapping(customers, [row]) };
    expect(followHeaders(remembered, [['Birthday', ...row]])).toMatchObject({
      mapping: { columns: { key: 1, email: 3, optOut: 4 } },
    });
  });

  it('the remembered headers are checked when a setup is read back (a trust boundary)', () => {
    const setup = (headers: unknown) => ({ purchases: { ...purchases, headers } });
    expect(parseColumnSetup(setup({ amount: 'Amount' })).purchases?.headers).toEqual({ amount: 'Amount' });
    expect(parseColumnSetup(setup({ amount: ['Amount', 2] })).purchases?.headers).toEqual({
      amount: ['Amount', 2],
    });
    expect(() => parseColumnSetup(setup({ amount: ['Amount', 1.5] }))).toThrow(/headers/);
    expect(() => parseColumnSetup(setup({ amount: 5 }))).toThrow(/headers/);
    expect(() => parseColumnSetup(setup(['Amount']))).toThrow(/headers/);
    expect(() => parseColumnSetup(setup({ amount: 'x'.repeat(301) }))).toThrow(/headers/);
  });

  it('a setup saved before headers were remembered is used as it is', () => {
    expect(followHeaders(purchases, [['Qty', ...header]])).toEqual({ mapping: purchases, moved: false });
  });

  it('property: after any columns the owner inserts, deletes or reorders (mapped headers kept, once each), every field is where its header is', () => {
    const others = fc.array(fc.constantFrom('Qty', 'Notes', '', 'Birthday', 'Paid by'), { maxLength: 6 });
    fc.assert(
      fc.property(others, fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (extra, keys) => {
        // A new order of the five saved headers, with the owner's columns spread among them.
        const order = header.map((h, i) => ({ h, k: keys[i]! })).sort((a, b) => a.k - b.k);
        const row: string[] = [];
        order.forEach(({ h }, i) => {
          if (extra[i] !== undefined) row.push(extra[i]!);
          row.push(h);
        });
        row.push(...extra.slice(order.length));
        const followed = followHeaders(saved, [row]);
        if ('lost' in followed) throw new Error(`lost ${followed.lost}`);
        const { columns, exclude } = followed.mapping;
        expect(row[columns.customer]).toBe('Customer');
        expect(row[columns.date]).toBe('Date');
        expect(row[columns.amount]).toBe('Amount');
        expect(row[columns.product!]).toBe('Product');
        expect(row[exclude![0]!.column]).toBe('Type');
      }),
    );
  });
});
