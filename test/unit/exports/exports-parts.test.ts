// The small parts of export reading: consent cells, statuses, walk-in names, detection and its
// confidence, owner rules, the setup's columns, tabs, and the error for a range with no usable columns.
import { describe, expect, it } from 'vitest';
import { isAnonymousBuyer } from '../../../src/core/exports/anonymous';
import { readConsent } from '../../../src/core/exports/consent';
import { detectExport } from '../../../src/core/exports/detect-export';
import { toExportColumns, toMappingColumns } from '../../../src/core/exports/mapped-log';
import { ExcludeRuleError, LogNotFound, parseRules, readLog } from '../../../src/core/exports/read-log';
import { statusMeaning } from '../../../src/core/exports/statuses';
import { sameExportTabs } from '../../../src/core/exports/tabs';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { dayFromCivil } from '../../../src/core/time/civil';

const SHOPIFY = [
  'Name',
  'Email',
  'Financial Status',
  'Paid at',
  'Accepts Marketing',
  'Currency',
  'Total',
  'Created at',
  'Lineitem quantity',
  'Lineitem name',
  'Lineitem price',
  'Billing Name',
  'Refunded Amount',
  'Id',
];

describe('consent cells', () => {
  // One vocabulary for the purchase log and the customer sheet: a clear yes is consent, any other
  // filled cell is a no, and only a blank cell says nothing.
  it('reads a clear yes in English and Chinese, ticks, booleans, non-zero numbers and dates as consent', () => {
    for (const yes of ['yes', 'Yes ', 'TRUE', 'subscribed', '是', '同意', '✓', 'x', true, 1, 2, new Date(0)])
      expect(readConsent(yes), String(yes)).toBe(true);
  });

  it('reads every other filled cell as no, and a blank one as saying nothing', () => {
    for (const no of ['no', 'false', 'unsubscribed', '否', '不同意', 'maybe', false, 0, Number.NaN])
      expect(readConsent(no), String(no)).toBe(false);
    for (const blank of ['', '  ', '\u200b', null, undefined])
      expect(readConsent(blank), String(blank)).toBeUndefined();
  });
});

describe('statuses', () => {
  it('reads each platform’s words, whatever their case, spaces, underscores and punctuation', () => {
    expect(statusMeaning('Partially_Refunded')).toBe('purchase');
    expect(statusMeaning('买家已付款,等待卖家发货')).toBe('purchase');
    expect(statusMeaning('买家已付款，等待卖家发货')).toBe('purchase');
    expect(statusMeaning('Pending payment')).toBe('unpaid');
    expect(statusMeaning('交易关闭')).toBe('cancelled');
    expect(statusMeaning('退款成功')).toBe('refunded');
    expect(statusMeaning('Payment Refund')).toBe('refund_row');
    expect(statusMeaning('General Withdrawal')).toBe('not_a_sale');
    expect(statusMeaning('Shipped to moon')).toBeUndefined();
  });

  it('knows no status named like a property every object has', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(statusMeaning(word), word).toBeUndefined();
  });
});

describe('walk-in buyers', () => {
  it('recognises walk-in, guest and anonymous words and blanks, not real names', () => {
    // 'Cash', 'Guest user', 'Counter', 现金 and '?' were seen as one giant customer in a new-owner trial.
    for (const w of [
      'Walk-in',
      ' guest ',
      'Anonymous',
      '散客',
      '游客',
      '匿名',
      '',
      'Cash',
      'Guest user',
      'Counter',
      '现金',
      '?',
    ])
      expect(isAnonymousBuyer(w), w).toBe(true);
    for (const n of ['Walker', 'Guestling', '王芳', 'anon@example.com', 'Cashmore', 'Johnny Cash'])
      expect(isAnonymousBuyer(n), n).toBe(false);
  });
});

describe('detection', () => {
  it('a Shopify header: the profile, high confidence, Name as the order and no customer column', () => {
    const d = detectExport(SHOPIFY)!;
    expect(d.profile?.id).toBe('shopify');
    expect(d.confidence).toBe('high');
    expect(d.columns.orderId).toBe(0);
    expect(d.columns.customer).toBeUndefined();
    expect(d.columns.email).toBe(1);
    expect(d.missing).toEqual([]);
  });
  it('most of a signature is medium confidence; generic headers alone are low', () => {
    const partial = SHOPIFY.filter((h) => h !== 'Accepts Marketing');
    expect(detectExport(partial)!.confidence).toBe('medium');
    const generic = detectExport(['Customer', 'Date', 'Amount', 'Status'])!;
    expect(generic.profile).toBeUndefined();
    expect(generic.confidence).toBe('low');
    expect(generic.columns).toMatchObject({ customer: 0, date: 1, amount: 2, status: 3 });
  });
  it('names what a log lacks', () => {
    expect(detectExport(['Customer', 'Notes'])!.missing).toEqual(['date', 'amount']);
  });
});

describe('owner rules as text', () => {
  const header = ['日期', '会员', '类型', '实收金额'];
  it('reads header=values rules separated by ;', () => {
    expect(parseRules('类型=会员充值|储值; 会员 = 测试', header)).toEqual([
      { column: 2, values: ['会员充值', '储值'] },
      { column: 1, values: ['测试'] },
    ]);
  });
  it('names the headers when a rule names a column that is not there', () => {
    expect(() => parseRules('Type=Top-up', header)).toThrow(ExcludeRuleError);
    expect(() => parseRules('Type=Top-up', header)).toThrow(/"Type".*日期, 会员, 类型, 实收金额/);
  });
});

describe('setup columns', () => {
  it('always name customer, date and amount; line prices are summed, not taken as an order total', () => {
    const columns = toMappingColumns({ email: 1, date: 7, unitPrice: 10, quantity: 8, orderId: 0 })!;
    expect(columns).toMatchObject({ customer: 1, date: 7, amount: 10 });
    expect(toExportColumns(columns).amount).toBeUndefined();
    expect(toExportColumns({ ...columns, amount: 6 }).amount).toBe(6);
  });
});

describe('tabs of one export', () => {
  it('takes tabs with the same header row, the mapped sheet first', () => {
    const head = (name: string, header: string[]) => ({ name, rows: [header, ['x']] });
    const tabs = sameExportTabs(
      [
        head('Notes', ['a']),
        head('Feb', SHOPIFY),
        head('Jan', SHOPIFY),
        head('Other', ['Name', 'Email', 'Total']),
      ],
      'Jan',
      1,
    );
    expect(tabs).toEqual(['Jan', 'Feb']);
  });
});

describe('a range with no usable columns', () => {
  const options = { timeZone: 'UTC', dateOrder: 'MDY' as const, asOfDay: dayFromCivil(2024, 6, 30) };
  it('a header it does not know: names the columns needed and the headers seen', () => {
    const error = (() => {
      try {
        readLog(
          [
            ['Who', 'When'],
            ['Ann', 'yesterday'],
          ],
          options,
        );
      } catch (e) {
        return e;
      }
      return undefined;
    })() as LogNotFound;
    expect(error).toBeInstanceOf(LogNotFound);
    expect(error.message).toBe(
      'No purchase log columns found: needs customer (or email), date, amount (or total); the headers seen were \'Who\', \'When\'. A log without when each customer bought and what they paid cannot be analysed. If the sheet has them, rename those headers "Customer", "Date" and "Amount", or pass only the columns customer, date, amount, in that order, from the first row below the header.',
    );
  });
  it('an export range started below its header: says to include the header row', () => {
    const rows = [
      ['#1001', 'a@example.com', 'paid', 58, 'Oolong'],
      ['#1002', 'b@example.com', 'paid', 12, 'Green'],
    ];
    expect(() => readLog(rows, options)).toThrow(/Include the header row/);
  });
  it('dates all after the analysis date are not a column problem: no error', () => {
    expect(purchaseList(readLog([['Ann', '2025-01-01', 5]], options).log.purchases)).toEqual([]);
  });

  it('rules on a range with no header cannot name a column: an error, not silently ignored', () => {
    expect(() => readLog([['Ann', '2024-03-05', 5]], { ...options, exclude: 'Type=Top-up' })).toThrow(
      ExcludeRuleError,
    );
  });
});
