import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import {
  type DateOrder,
  type DateProblem,
  dateOrderOfLocale,
  FIRST_SERIAL_DAY,
  LAST_DAY,
  parseDateCell,
} from '../../../src/core/input/parse-date';
import { dayFromCivil } from '../../../src/core/time/civil';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const ctx = (dateOrder: DateOrder = 'DMY', timeZone = SH) => ({ timeZone, dateOrder });
const day = (value: CellValue, order: DateOrder = 'DMY', timeZone = SH) => {
  const result = parseDateCell(value, ctx(order, timeZone));
  return result.ok ? result.day : result.reason;
};
const d = dayFromCivil;

describe('Date cells', () => {
  it('reads midnight in the spreadsheet zone as that day, whatever the process zone', () => {
    expect(day(new Date(Date.UTC(2024, 2, 4, 16)), 'DMY', SH)).toBe(d(2024, 3, 5));
    expect(day(new Date(Date.UTC(2024, 2, 5, 5)), 'DMY', NY)).toBe(d(2024, 3, 5));
    expect(day(new Date(Date.UTC(2024, 2, 10, 5)), 'DMY', NY)).toBe(d(2024, 3, 10)); // DST day
    expect(day(new Date(Date.UTC(2024, 10, 3, 4)), 'DMY', NY)).toBe(d(2024, 11, 3)); // DST day
  });

  it('takes the calendar day of a date-time cell', () => {
    expect(day(new Date(Date.UTC(2024, 2, 5, 15, 59)), 'DMY', SH)).toBe(d(2024, 3, 5));
    expect(day(new Date(Date.UTC(2024, 2, 5, 16, 0)), 'DMY', SH)).toBe(d(2024, 3, 6));
  });

  it('rejects Invalid Date and time-only cells (1899-12-30)', () => {
    expect(day(new Date(Number.NaN))).toBe('unreadable');
    expect(day(new Date(Date.UTC(1899, 11, 30, 2, 30)), 'DMY', 'UTC')).toBe('out_of_range');
  });
});

describe('ISO and year-first text', () => {
  it.each([
    '2024-03-05',
    '2024-3-5',
    '2024/3/5',
    '2024/03/05',
    '2024.3.5',
    '2024. 3. 5.',
    '2024 / 3 / 5',
    '  2024-03-05  ',
    '\u00a02024-03-05\u3000',
    '２０２４／３／５',
    '2024-03-05T10:00:00',
    '2024-03-05 23:59',
    '2024-03-05T23:59:59.999',
    '2024/3/5 下午11:30:00',
    '2024-03-05T10:00:00Z',
  ])('%s is 2024-03-05 in every order', (text) => {
    for (const order of ['DMY', 'MDY', 'YMD'] as const) expect(day(text, order)).toBe(d(2024, 3, 5));
  });

  it('takes the day of an instant with an offset in the spreadsheet zone', () => {
    expect(day('2024-03-05T20:00:00Z', 'DMY', SH)).toBe(d(2024, 3, 6)); // 04:00 on the 6th in Shanghai
    expect(day('2024-03-05T20:00:00Z', 'DMY', NY)).toBe(d(2024, 3, 5));
    expect(day('2024-03-05T23:30:00-05:00', 'DMY', SH)).toBe(d(2024, 3, 6));
    expect(day('2024-03-05T23:30:00-05:00', 'DMY', NY)).toBe(d(2024, 3, 5));
    expect(day('2024-03-05T01:00:00+0800', 'DMY', NY)).toBe(d(2024, 3, 4));
    expect(day('2024-03-05T01:00+08', 'DMY', NY)).toBe(d(2024, 3, 4));
    expect(day('2024-03-05 10:00 UTC', 'DMY', SH)).toBe(d(2024, 3, 5));
    // 12-hour clocks matter once there is an offset.
    expect(day('2024/3/5 下午11:30 +0000', 'DMY', SH)).toBe(d(2024, 3, 6));
    expect(day('2024/3/5 上午11:30 +0000', 'DMY', SH)).toBe(d(2024, 3, 5));
    expect(day('3/5/2024 11:30 PM Z', 'MDY', SH)).toBe(d(2024, 3, 6));
    expect(day('3/5/2024 12:30 AM Z', 'MDY', NY)).toBe(d(2024, 3, 4));
  });

  it('rejects impossible dates and times', () => {
    expect(day('2024-02-30')).toBe('impossible');
    expect(day('2023-02-29')).toBe('impossible');
    expect(day('2024-02-29')).toBe(d(2024, 2, 29));
    expect(day('2024-13-45')).toBe('impossible');
    expect(day('2024-03-05 25:00')).toBe('impossible');
    expect(day('2024-03-05 10:60')).toBe('impossible');
    expect(day('2024-03-05 13:00 pm')).toBe('impossible');
    expect(day('2024-03-05T10:00+19:00')).toBe('impossible');
    expect(day('2024-03-05 10:00 tomorrow')).toBe('unreadable');
  });
});

describe('Chinese, Japanese and Korean dates', () => {
  it.each([
    '2024年3月5日',
    '2024年3月5号',
    '2024年3月5號',
    '2024 年 3 月 5 日',
    '２０２４年３月５日',
    '2024年03月05日 星期二',
    '2024年3月5日（周二）',
    '2024年3月5日 10:30',
    '2024년 3월 5일',
    '民國113年3月5日',
    '民国113年3月5日',
    '113年3月5日',
  ])('%s is 2024-03-05', (text) => {
    expect(day(text, 'YMD')).toBe(d(2024, 3, 5));
    expect(day(text, 'MDY')).toBe(d(2024, 3, 5));
  });

  it('reads Minguo years written with slashes only in a YMD locale', () => {
    expect(day('113/3/5', 'YMD')).toBe(d(2024, 3, 5));
    expect(day('113/3/5', 'DMY')).toBe('unreadable');
  });

  it('rejects CJK dates that are not real', () => {
    expect(day('2024年2月30日')).toBe('impossible');
    expect(day('3月5日')).toBe('unreadable'); // no year
  });
});

describe('day/month order', () => {
  it.each([
    ['5/3/2024', 'DMY', d(2024, 3, 5)],
    ['5/3/2024', 'MDY', d(2024, 5, 3)],
    ['5/3/2024', 'YMD', d(2024, 5, 3)], // year last in a YMD locale: month first
    ['5-3-2024', 'DMY', d(2024, 3, 5)],
    ['5-3-2024', 'MDY', d(2024, 5, 3)],
    ['05.03.2024', 'DMY', d(2024, 3, 5)],
    ['05.03.2024', 'MDY', d(2024, 5, 3)],
    ['05.03.2024.', 'DMY', d(2024, 3, 5)],
    ['25/3/2024', 'DMY', d(2024, 3, 25)],
    ['3/25/2024', 'MDY', d(2024, 3, 25)],
  ] as const)('%s under %s', (text, order, expected) => {
    expect(day(text, order)).toBe(expected);
  });

  it('never swaps day and month silently', () => {
    expect(day('25/3/2024', 'MDY')).toBe('order_mismatch');
    expect(day('3/25/2024', 'DMY')).toBe('order_mismatch');
    expect(day('25/3/2024', 'YMD')).toBe('order_mismatch');
    expect(day('13/25/2024', 'MDY')).toBe('impossible');
    expect(day('13/25/2024', 'DMY')).toBe('impossible');
    expect(day('31/02/2024', 'DMY')).toBe('impossible');
  });

  it('expands two-digit years with the 69 pivot', () => {
    expect(day('5/3/24', 'DMY')).toBe(d(2024, 3, 5));
    expect(day('3/5/24', 'MDY')).toBe(d(2024, 3, 5));
    expect(day('24/3/5', 'YMD')).toBe(d(2024, 3, 5));
    expect(day('24/03/05', 'YMD')).toBe(d(2024, 3, 5));
    expect(day('1/1/68', 'DMY')).toBe(d(2068, 1, 1));
    expect(day('1/1/69', 'DMY')).toBe(d(1969, 1, 1));
    expect(day('1/1/00', 'DMY')).toBe(d(2000, 1, 1));
    expect(day('5/3/4', 'DMY')).toBe('unreadable');
    expect(day('5/3/202', 'DMY')).toBe('unreadable');
  });
});

describe('English month names', () => {
  it.each([
    '5 Mar 2024',
    '5 March 2024',
    '05-Mar-2024',
    '5-mar-24',
    '5th March 2024',
    'Tue, 5 Mar 2024',
    'March 5, 2024',
    'Mar 5 2024',
    'MAR 05, 2024',
    'mar. 5, 2024',
    'Tuesday, March 5, 2024',
    'March 5th, 2024',
    '2024-Mar-05',
    '2024 March 5',
    'Tue, 05 Mar 2024 10:00:00 GMT',
  ])('%s is 2024-03-05 in every order', (text) => {
    for (const order of ['DMY', 'MDY', 'YMD'] as const) expect(day(text, order)).toBe(d(2024, 3, 5));
  });

  it('reads JavaScript Date text as the instant it names', () => {
    const text = 'Tue Mar 05 2024 00:00:00 GMT+0800 (China Standard Time)';
    expect(day(text, 'MDY', SH)).toBe(d(2024, 3, 5));
    expect(day(text, 'MDY', NY)).toBe(d(2024, 3, 4));
  });

  it('knows Sept and rejects words that are not months or weekdays', () => {
    expect(day('Sept 5, 2024')).toBe(d(2024, 9, 5));
    expect(day('5 Mars 2024')).toBe('unreadable');
    expect(day('Foo 5, 2024')).toBe('unreadable');
    expect(day('Someday, March 5, 2024')).toBe('unreadable');
    expect(day('30 Feb 2024')).toBe('impossible');
  });
});

describe('serial numbers and YYYYMMDD', () => {
  it.each([
    [25_569, d(1970, 1, 1)],
    [45_356, d(2024, 3, 5)],
    [45_356.75, d(2024, 3, 5)],
    ['45356', d(2024, 3, 5)],
    [' 45356.5 ', d(2024, 3, 5)],
    [18_264, d(1950, 1, 1)],
    [19_970_101, d(1997, 1, 1)],
    ['19970101', d(1997, 1, 1)],
    ['20240229', d(2024, 2, 29)],
  ] as const)('%s', (value, expected) => {
    expect(day(value)).toBe(expected);
  });

  it('rejects numbers outside the plausible range', () => {
    expect(day(18_263)).toBe('out_of_range'); // 1949-12-31
    expect(day(FIRST_SERIAL_DAY + 25_569)).toBe(FIRST_SERIAL_DAY);
    expect(day(LAST_DAY + 25_569)).toBe(LAST_DAY);
    expect(day(LAST_DAY + 25_570)).toBe('out_of_range');
    expect(day(2024)).toBe('out_of_range');
    expect(day(5)).toBe('out_of_range');
    expect(day(-5)).toBe('out_of_range');
    expect(day(1e300)).toBe('out_of_range');
    expect(day(Number.POSITIVE_INFINITY)).toBe('out_of_range');
    expect(day(Number.NaN)).toBe('unreadable');
    expect(day(19_971_301)).toBe('impossible');
    expect(day(30_000_101)).toBe('out_of_range');
  });
});

describe('range, blanks and other cells', () => {
  it('reads 1900-01-01 to 2199-12-31 only', () => {
    expect(day('1900-01-01')).toBe(d(1900, 1, 1));
    expect(day('2199-12-31')).toBe(d(2199, 12, 31));
    expect(day('1899-12-31')).toBe('out_of_range');
    expect(day('2200-01-01')).toBe('out_of_range');
    expect(day('0024-03-05')).toBe('out_of_range');
  });

  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['\u3000\u200b', 'blank'],
    ['abc', 'unreadable'],
    ['2024-03', 'unreadable'],
    ['3pm', 'unreadable'],
    ['#N/A', 'formula_error'],
    ['#REF!', 'formula_error'],
    [true, 'unreadable'],
    [false, 'unreadable'],
  ] as [CellValue, DateProblem][])('%j → %s', (value, problem) => {
    expect(day(value)).toBe(problem);
  });

  it('treats null and undefined (ragged rows) as blank', () => {
    expect(day(undefined as unknown as CellValue)).toBe('blank');
    expect(day(null as unknown as CellValue)).toBe('blank');
  });
});

describe('dateOrderOfLocale', () => {
  it.each([
    ['en_US', 'MDY'],
    ['en', 'MDY'],
    ['en_PH', 'MDY'],
    ['fil_PH', 'MDY'],
    ['en_GB', 'DMY'],
    ['en_AU', 'DMY'],
    ['en_IN', 'DMY'],
    ['en_CA', 'YMD'],
    ['fr_FR', 'DMY'],
    ['fr_CA', 'YMD'],
    ['de_DE', 'DMY'],
    ['es_MX', 'DMY'],
    ['zh_CN', 'YMD'],
    ['zh_TW', 'YMD'],
    ['zh-Hant-TW', 'YMD'],
    ['zh', 'YMD'],
    ['zh_HK', 'DMY'],
    ['zh_SG', 'DMY'],
    ['ja_JP', 'YMD'],
    ['ko_KR', 'YMD'],
    ['hu_HU', 'YMD'],
    ['sv_SE', 'YMD'],
    ['', 'DMY'],
    ['xx_YY', 'DMY'],
  ])('%s → %s', (locale, order) => {
    expect(dateOrderOfLocale(locale)).toBe(order);
  });
});
