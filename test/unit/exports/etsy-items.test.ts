// Trial 29 defect 4: Etsy's "Sold Order Items" export (one row per item, no order total) was refused:
// the formula said "needs amount (or total)" although Price and Item Total are there, and Analyze's
// alert printed an empty list ("but no  column… rename its header , or…"). Columns as the export
// writes them (Shop Manager › Settings › Options › Download Data).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { detectExport } from '../../../src/core/exports/detect-export';
import { readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { closestPartialMatch } from '../../../src/core/mapping/detect';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { partialLogText } from '../../../src/core/report/partial-log';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from '../gas/fixture';

const HEADER =
  'Sale Date,Item Name,Buyer,Quantity,Price,Coupon Code,Coupon Details,Discount Amount,Shipping Discount,Order Shipping,Order Sales Tax,Item Total,Currency,Transaction ID,Listing ID,Date Paid,Date Shipped,Ship Name,Ship Address1,Ship City,Ship State,Ship Zipcode,Ship Country,Order ID,Variations,Order Type,Listings Type,Payment Type,InPerson Discount,InPerson Location,VAT Paid by Buyer,SKU'.split(
    ',',
  );
const row = (
  date: string,
  item: string,
  buyer: string,
  qty: string,
  price: string,
  total: string,
  tx: string,
  order: string,
  name: string,
) => [
  date,
  item,
  buyer,
  qty,
  price,
  '',
  '',
  '0',
  '0',
  '5.00',
  '0',
  total,
  'USD',
  tx,
  `L${tx}`,
  date,
  '',
  name,
  '1 St',
  'Austin',
  'TX',
  '78701',
  'United States',
  order,
  '',
  'online',
  'listing',
  'online_cc',
  '',
  '',
  '',
  '',
];
const ITEMS: CellValue[][] = [
  HEADER,
  row('10/01/26', 'Mug', 'noraq', '2', '15.00', '30.00', 't1', 'O1', 'Nora Quinn'),
  row('10/01/26', 'Coaster', 'noraq', '1', '8.00', '8.00', 't2', 'O1', 'Nora Quinn'),
  row('11/02/26', 'Mug', 'noraq', '1', '15.00', '15.00', 't3', 'O2', 'Nora Quinn'),
  row('11/05/26', 'Vase', 'omarh', '1', '60.00', '60.00', 't4', 'O3', 'Omar Haddad'),
];
const AS_OF_DAY = Math.floor(Date.UTC(2026, 10, 28) / 86_400_000);

describe("Etsy's Sold Order Items", () => {
  it('is read as Etsy: Buyer the customer, an order its items added up', () => {
    const detection = detectExport(HEADER, ITEMS.slice(1))!;
    expect(detection.profile?.id).toBe('etsy');
    expect(detection.missing).toEqual([]);
    expect(detection.columns).toMatchObject({
      customer: 2,
      date: 0,
      orderId: 23,
      lineAmount: 11,
      unitPrice: 4,
    });
    const { log } = readLog(ITEMS, { timeZone: 'UTC', dateOrder: 'MDY', asOfDay: AS_OF_DAY });
    const spent = purchaseList(log.purchases).map((p) => [p.customerLabel, p.amount]);
    expect(spent).toEqual([
      ['Nora Quinn', 38],
      ['Nora Quinn', 15],
      ['Omar Haddad', 60],
    ]);
    // Item Total is this export's own money column: nothing to check.
    expect(log.amountFrom).toBeUndefined();
  });
});

describe("Analyze's alert for a sheet that is not quite a log", () => {
  const EMPTY_LIST = [/no {2}column/, /header ,/, /header {2}or/, /没有列/, /沒有欄/, /改为，/, /改為，/];
  it('never prints an empty list of columns, in any language', () => {
    const pool = [
      'Customer',
      'Date',
      'Amount',
      'Price',
      'Buyer',
      'Sale Date',
      'Item Total',
      'Order ID',
      'Quantity',
      'Item Name',
      'Name',
      'Email',
      'Total',
      'Created at',
      'Lineitem price',
      '客户',
      '日期',
      '金额',
      'Notes',
    ];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }), (header) => {
        const rows: CellValue[][] = [header, header.map((_, i) => (i === 0 ? 'x' : 1))];
        const partial = closestPartialMatch([{ name: 'S', width: header.length, rows }], 'purchases');
        if (partial === undefined) return;
        for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
          const text = partialLogText(partial, rows, language, ANALYZE_TEXTS);
          for (const empty of EMPTY_LIST) expect(text).not.toMatch(empty);
          expect(text).not.toMatch(/\{\w+\}|undefined/);
        }
      }),
    );
  });
  it('names a column all headers name but the log still lacks, or says they could not be read', () => {
    const partial = { sheet: 'S', headerRow: 1, found: ['customer', 'date', 'amount'], missing: [] } as const;
    const rows: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['Ann', 'not a date', 'x'],
    ];
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      const text = partialLogText(
        { ...partial, found: [...partial.found], missing: [] },
        rows,
        language,
        ANALYZE_TEXTS,
      );
      expect(text).toBe(
        ANALYZE_TEXTS.report[language].partialLogUnread
          .replace('{sheet}', 'S')
          .replace('{row}', '1')
          .replace(
            '{headers}',
            language === 'en' ? "'Customer', 'Date', 'Amount'" : '“Customer”、“Date”、“Amount”',
          ),
      );
    }
  });
});

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('through the Apps Script fake', () => {
  it('Analyze reads the items export: 2 customers, Nora 53', () => {
    env = installFake({ now: '2026-11-28T15:00:00Z', timeZone: 'UTC' });
    const { fake } = env;
    fake.spreadsheet.addSheet('EtsySoldOrderItems2026', ITEMS);
    main.analyzeCustomers();
    const insights = fake.values('Insights');
    const spent = insights[0]!.indexOf('Total spent');
    expect(insights.slice(1).map((r) => [r[0], r[spent]])).toEqual([
      ['Nora Quinn', 53],
      ['Omar Haddad', 60],
    ]);
  });
});
