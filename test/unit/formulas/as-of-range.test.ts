// A formula's as_of before every purchase, or far ahead of the log, is an error naming the date and
// the purchase that rules it out, in the sheet's language (trial 22: CUSTOMER_INSIGHTS(A:D,
// DATE(2025,1,1)) returned the header alone, and as of 2199 "last purchase 63147 days ago"). A past
// date, today and a date a little ahead still answer.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Ann', d('2026-01-10'), 30],
  ['Ann', d('2026-02-10'), 30],
  ['Bob', d('2026-03-03'), 50],
  ['Bob', d('2026-05-01'), 50],
  ['Cy', d('2026-06-01'), 20],
];
const env = (locale = 'en_US') => ({ timeZone: 'UTC', locale, now: new Date('2026-06-30T12:00:00Z') });
const insights = (asOf: CellValue, locale?: string, log: CellValue[][] = LOG) =>
  formulas.customerInsights(log, asOf, undefined, env(locale));

describe('a formula as_of before every purchase', () => {
  it('is an error naming the date and the first purchase, not a header with no rows', () => {
    expect(() => insights(d('2025-01-01'))).toThrow(
      /^The analysis date 1 January 2025 \(this formula's as_of\) is before every purchase \(the first on 10 January 2026\): leave as_of blank for today or pick a later date\.$/,
    );
    expect(() => insights(d('1900-01-01'))).toThrow(/1 January 1900 .*the first on 10 January 2026/);
  });

  it('is said in the sheet language', () => {
    expect(() => insights(d('2025-01-01'), 'zh_CN')).toThrow(
      /^分析日期 2025年1月1日（本公式的 as_of）早于所有购买（最早一笔在 2026年1月10日）：/,
    );
    expect(() => insights(d('2025-01-01'), 'zh_TW')).toThrow(
      /^分析日期 2025年1月1日（本公式的 as_of）早於所有購買/,
    );
  });

  it('stops every formula that reads the log, not only the table', () => {
    expect(() => formulas.lifecycleStageFormula([['Ann']], LOG, d('2025-12-31'), undefined, env())).toThrow(
      /before every purchase/,
    );
    expect(() => formulas.customerModelFormula(LOG, d('2025-12-31'), env())).toThrow(/before every purchase/);
  });
});

describe('a formula as_of after only sales refunded in full that same day (trial 23)', () => {
  const refunded: CellValue[][] = [
    ['Customer', 'Date', 'Amount'],
    ['Rae', d('2026-01-05'), 40],
    ['Rae', d('2026-01-05'), -40],
    ['Dan', d('2026-02-01'), 60],
    ['Dan', d('2026-03-01'), 60],
    ['Ann', d('2026-02-10'), 30],
  ];
  it('is refused as before every purchase, naming the first purchase kept, not the refunded one', () => {
    for (const asOf of ['2026-01-10', '2026-01-01']) {
      expect(() => insights(d(asOf), undefined, refunded)).toThrow(
        /before every purchase \(the first on 1 February 2026\)/,
      );
    }
  });
  it('a day whose refund is smaller than its sales is a purchase kept', () => {
    const partly = refunded.map((r): CellValue[] => (r[2] === -40 ? [r[0]!, r[1]!, -10] : r));
    expect(insights(d('2026-01-10'), undefined, partly).map((r) => r[0])).toEqual(['Customer', 'Rae']);
  });
});

describe('a formula as_of far ahead of the log', () => {
  it('is an error naming the date and the last purchase when after today and over a year after it', () => {
    expect(() => insights(d('2199-01-01'))).toThrow(
      /^The analysis date 1 January 2199 \(this formula's as_of\) is after today and more than a year after the last purchase \(1 June 2026\)/,
    );
    expect(() => insights(d('2027-06-03'), 'zh_CN')).toThrow(
      /^分析日期 2027年6月3日（本公式的 as_of）在今天之后，且比最后一笔购买（2026年6月1日）晚一年以上/,
    );
  });

  it('answers for a past date, today, a date a little ahead, and one a year after the last purchase', () => {
    for (const asOf of ['2026-03-03', '2026-06-30', '2026-08-15', '2027-06-01']) {
      const table = insights(d(asOf));
      expect(table.length, asOf).toBeGreaterThan(1);
    }
    // Blank as_of is today.
    expect(insights('').length).toBe(4);
  });

  it('answers for a date long after an old log when that date is not after today', () => {
    const old: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['Ann', d('2019-03-01'), 10],
      ['Ann', d('2019-05-01'), 10],
    ];
    expect(insights(d('2026-06-01'), undefined, old).length).toBe(2);
    expect(insights('', undefined, old).length).toBe(2);
  });
});
