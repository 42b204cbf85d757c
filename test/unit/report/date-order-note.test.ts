// Trial 22: a UK owner's text dates in an en_US sheet ('3/4/2026' = 3 April to her) were read month
// first without a word, and '10/6/2026' was reported only as "after the analysis date". Data issues
// now says once which order text dates whose day and month could swap were read in, why, and one
// example as read; a date issue on such a text names the day read.
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { readLog } from '../../../src/core/exports/read-log';
import { isDayMonthAmbiguous } from '../../../src/core/input/date-order-read';
import type { DateOrder } from '../../../src/core/input/parse-date';
import { readPurchases } from '../../../src/core/input/read-purchases';
import { dayFromCivil } from '../../../src/core/time/civil';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from '../gas/fixture';

const asOfDay = dayFromCivil(2026, 6, 30);
const read = (grid: CellValue[][], dateOrder: DateOrder) =>
  readPurchases(grid, { timeZone: 'Europe/London', dateOrder, asOfDay });

const SHEET: CellValue[][] = [
  ['Customer', 'Date', 'Amount (£)'],
  ['Cy', '2026-03-04 23:30', '£7'],
  ['Lee', '3/4/2026', '£12.00'],
  ['Lee', '5/6/2026', '£12.00'],
  // No date here proves an order (each day is 12 or less): the locale's order is used, and said
  // (trial 23: '25/3/2026' here would prove day first, column-date-order.test.ts).
  ['Bo', '1/1/2026', '£5'],
  ['Bo', '10/6/2026', '£5'],
];

describe('isDayMonthAmbiguous', () => {
  it.each([
    ['3/4/2026', 'MDY', true],
    ['3/4/2026', 'DMY', true],
    ['3/4/2026', 'YMD', true],
    ['03.04.26', 'DMY', true],
    ['３/４/２０２６', 'MDY', true],
    [' 3-4-2026 10:00', 'MDY', true],
    ['3/4/26', 'YMD', false],
    ['4/4/2026', 'MDY', false],
    ['13/4/2026', 'DMY', false],
    ['2026/3/4', 'MDY', false],
    ['2026-03-04', 'DMY', false],
    ['March 4, 2026', 'MDY', false],
    ['2026年3月4日', 'YMD', false],
  ] as const)('%s under %s: %s', (text, order, expected) => {
    expect(isDayMonthAmbiguous(text, order)).toBe(expected);
  });
});

describe('the readers note the first text date read either way', () => {
  it('a plain log: the first such date in sheet order, as read in the locale’s order; none when no text date could swap', () => {
    expect(read(SHEET, 'MDY').dateOrderRead).toEqual({
      text: '3/4/2026',
      day: dayFromCivil(2026, 3, 4),
      order: 'MDY',
    });
    expect(read(SHEET, 'DMY').dateOrderRead).toEqual({
      text: '3/4/2026',
      day: dayFromCivil(2026, 4, 3),
      order: 'DMY',
    });
    expect(read(SHEET, 'YMD').dateOrderRead?.day).toBe(dayFromCivil(2026, 3, 4));
    // None when every text date reads one way only, or the dates are Date cells.
    expect(
      read(
        [
          ['Ann', '2026-03-04', 5],
          ['Ann', '13/4/2026', 5],
          ['Ann', new Date(Date.UTC(2026, 2, 4)), 5],
          ['Ann', '4/4/2026', 5],
        ],
        'DMY',
      ).dateOrderRead,
    ).toBeUndefined();
  });

  it('a date after the analysis date names the day it was read as, when day and month could swap', () => {
    const issues = read(SHEET, 'MDY').issues;
    expect(issues.find((i) => i.value === '10/6/2026')).toMatchObject({
      problem: 'after_as_of',
      readAs: dayFromCivil(2026, 10, 6),
    });
    const later = read([['Ann', '2026-10-06', 5]], 'MDY').issues[0];
    expect(later?.problem).toBe('after_as_of');
    expect(later?.readAs).toBeUndefined();
  });

  it('an export: PayPal’s US download writes dates month first', () => {
    const grid: CellValue[][] = [
      [
        'Date',
        'Time',
        'TimeZone',
        'Name',
        'Type',
        'Status',
        'Currency',
        'Gross',
        'From Email Address',
        'Transaction ID',
      ],
      [
        '3/5/2024',
        '09:12:01',
        'PST',
        'Rosa Diaz',
        'Website Payment',
        'Completed',
        'USD',
        '50.00',
        'rosa@example.com',
        '1AB2',
      ],
      [
        '7/9/2024',
        '10:00:00',
        'PST',
        'Rosa Diaz',
        'Website Payment',
        'Completed',
        'USD',
        '20.00',
        'rosa@example.com',
        '1AB3',
      ],
    ];
    const { log, detection } = readLog(grid, {
      timeZone: 'America/Los_Angeles',
      dateOrder: 'MDY',
      asOfDay: dayFromCivil(2024, 6, 30),
    });
    expect(detection?.profile?.id).toBe('paypal');
    expect(log.dateOrderRead).toEqual({ text: '3/5/2024', day: dayFromCivil(2024, 3, 5), order: 'MDY' });
    expect(log.issues[0]).toMatchObject({ row: 3, problem: 'after_as_of', readAs: dayFromCivil(2024, 7, 9) });
  });
});

describe('Data issues says it, through Analyze', () => {
  let env: Installed | undefined;
  afterEach(() => env?.uninstall());
  const issues = (locale: string) => {
    env?.uninstall();
    env = installFake({ locale, timeZone: 'Europe/London', now: '2026-06-30T10:00:00Z' });
    env.fake.spreadsheet.addSheet('Purchases', SHEET);
    main.analyzeCustomers();
    const name = env.fake.spreadsheet.sheetNames().find((n) => /Data issues|数据问题|資料問題/.test(n))!;
    return env.fake.values(name);
  };

  it('en_US: month first, with the example as read; the later date names its day', () => {
    const rows = issues('en_US');
    expect(rows).toContainEqual([
      'Purchases',
      '',
      'date',
      '3/4/2026',
      "Dates written in numbers, such as '3/4/2026', were read month first, as the spreadsheet's locale writes dates: '3/4/2026' is 4 March 2026. If your dates are written day first, change the locale in File › Settings and run Analyze customers again",
      'read month first',
    ]);
    expect(rows.find((r) => r[3] === '10/6/2026')?.[4]).toBe(
      "Date '10/6/2026' is after the analysis date (read month first: 6 October 2026)",
    );
    // No line when the dates are Date cells.
    env?.uninstall();
    env = installFake({ locale: 'en_US' });
    env.fake.spreadsheet.addSheet('Purchases', [
      ['Customer', 'Date', 'Amount'],
      ['Ann', new Date('2026-03-04T00:00:00+08:00'), 5],
    ]);
    main.analyzeCustomers();
    expect(env.fake.values('Data issues').some((r) => r[5] === 'read month first')).toBe(false);
  });

  it('en_GB: day first', () => {
    const line = issues('en_GB').find((r) => r[5] === 'read day first');
    expect(line?.[4]).toBe(
      "Dates written in numbers, such as '3/4/2026', were read day first, as the spreadsheet's locale writes dates: '3/4/2026' is 3 April 2026. If your dates are written month first, change the locale in File › Settings and run Analyze customers again",
    );
  });

  it('zh_CN and zh_TW (year first): month first, as US software writes them', () => {
    expect(issues('zh_CN').find((r) => r[5] === '按月在前读取')?.[4]).toBe(
      '年份在后的纯数字日期（如“3/4/2026”）按月在前读取，这是美国软件的写法（表格的语言区域把年份写在前面）：“3/4/2026”即 2026年3月4日。如果您的日期是日在前，请在“文件 › 设置”中改用日在前的语言区域（如 English (United Kingdom)），然后再次运行“分析客户”',
    );
    const tw = issues('zh_TW');
    expect(tw.find((r) => r[5] === '依月在前讀取')?.[4]).toBe(
      '年份在後的純數字日期（如「3/4/2026」）依月在前讀取，這是美國軟體的寫法（試算表的語言代碼把年份寫在前面）：「3/4/2026」即 2026年3月4日。如果您的日期是日在前，請在「檔案 › 設定」中改用日在前的語言代碼（如 English (United Kingdom)），然後再次執行「分析客戶」',
    );
    expect(tw.find((r) => r[3] === '10/6/2026')?.[4]).toMatch(/（依月在前讀取：2026年10月6日）$/);
  });
});
