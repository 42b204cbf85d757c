// Trial 24: compound headers of public data (Olist, the Retail Case Study, Instacart) were not read:
// matching was exact after normalising.
import { describe, expect, it } from 'vitest';
import { detectExport } from '../../../src/core/exports/detect-export';
import { readLog } from '../../../src/core/exports/read-log';
import { fieldOfWords } from '../../../src/core/input/header-words';
import { detectColumns } from '../../../src/core/input/headers';

describe('fieldOfWords', () => {
  it.each([
    ['order_purchase_timestamp', 'date'],
    ['trans_date', 'date'],
    ['orderDate', 'date'],
    ['Invoice-Timestamp', 'date'],
    ['下单日期', 'date'],
    ['payment_value', 'amount'],
    ['tran_amount', 'amount'],
    ['Purchase_VALUE', 'amount'],
    ['order_total', 'amount'],
    ['实付金额（元）', 'amount'],
    ['user_id', 'customer'],
    ['customer_unique_id', 'customer'],
    ['buyer name', 'customer'],
  ] as const)('%s → %s', (header, field) => expect(fieldOfWords(header)).toBe(field));

  it.each([
    'Ship Date',
    'order_delivered_customer_date',
    'order_estimated_delivery_date',
    'Lead Time',
    'Profit',
    'Discount Amount',
    'Tax Total',
    'Shipping Amount',
    'freight_value',
    'Line Total',
    'customer_zip_code_prefix',
    'customer_city',
    'customer_email',
    'days_since_prior_order',
    'order_hour_of_day',
    '发货日期',
    '优惠金额',
  ])('%s names no customer, date or amount', (header) => expect(fieldOfWords(header)).toBeUndefined());
});

describe('detection with compound headers', () => {
  it('an alias always wins over a compound header: Order Date over Ship Date, Sales over Discount Amount', () => {
    const { mapping } = detectColumns(
      ['Ship Date', 'Order Date', 'Customer Name', 'Discount Amount', 'Sales', 'Profit'],
      'purchases',
    );
    expect(mapping).toMatchObject({ date: 1, customer: 2, amount: 4 });
  });
  it('a sheet near a platform by two of its names still finds a compound date (buyer | order_datetime | order_value)', () => {
    // Found by the header-words property on a random run: 'Buyer' and 'Order Value' are Etsy's names,
    // so the sheet was read as an edited Etsy export, whose fields never looked at header words.
    const d = detectExport(['buyer', 'order_datetime', 'order_value'])!;
    expect(d.missing).toEqual([]);
    expect(d.columns).toMatchObject({ customer: 0, date: 1, amount: 2 });
  });
  it('by design, a platform’s own header name added to its export is read as that field (buyer_name beside Ship Name)', () => {
    const older = [
      'Sale Date',
      'Order ID',
      'Buyer',
      'Ship Name',
      'Order Value',
      'Shipping',
      'Sales Tax',
      'Order Net',
      'Adjusted Net Order Amount',
      'Currency',
    ];
    expect(detectExport(older)!.columns.name).toBe(3);
    expect(detectExport([...older, 'buyer_name'])!.columns.name).toBe(older.length);
  });
  it('the Retail Case Study reads customer_id, trans_date, tran_amount', () => {
    const { log, detection } = readLog(
      [
        ['customer_id', 'trans_date', 'tran_amount'],
        ['CS5295', '11-Feb-13', 35],
        ['CS5295', '01-Jan-15', 61],
        ['CS4768', '15-Mar-15', 39],
      ],
      { timeZone: 'UTC', dateOrder: 'DMY', asOfDay: 30_000 },
    );
    expect(detection?.columns).toMatchObject({ customer: 0, date: 1, amount: 2 });
    expect(log.purchases.length).toBe(3);
  });
  it('an Olist join: customer_unique_id is the customer, order_purchase_timestamp the date, payment_value the amount', () => {
    const d = detectExport([
      'order_id',
      'customer_id',
      'customer_unique_id',
      'order_status',
      'order_purchase_timestamp',
      'payment_sequential',
      'payment_type',
      'payment_value',
    ]);
    expect(d?.columns).toMatchObject({ orderId: 0, customer: 2, status: 3, date: 4, amount: 7 });
    expect(d?.missing).toEqual([]);
  });
  it('a generic Created at date outranks a compound date header', () => {
    const d = detectExport(['Customer', 'paid_date', 'Created at', 'Amount']);
    expect(d?.columns.date).toBe(2);
  });
});
