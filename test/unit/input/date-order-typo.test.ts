// Trial 25: a US owner's ten month-first text dates (1/2/2023 … 4/12/2023) and one typo, 13/2/2023,
// in an en_US sheet as of 2023-06-30: the one typo switched the whole column to day first, four rows
// became "after the analysis date" and every other date moved. The column's evidence is now weighed
// (column-date-order.ts): the switch must not move a date past the analysis date, and one proof
// cannot outweigh more than four dates it would swap; proofs of both orders: the more numerous wins.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { readExport } from '../../../src/core/exports/read-export';
import type { DateOrder } from '../../../src/core/input/parse-date';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { readPurchases } from '../../../src/core/input/read-purchases';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dateOrderLine } from '../../../src/core/report/date-order-note';
import { dayFromCivil as d } from '../../../src/core/time/civil';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from '../gas/fixture';

const US: CellValue[][] = [
  ['Ann', '1/2/2023', 10],
  ['Ann', '1/9/2023', 10],
  ['Bob', '2/3/2023', 20],
  ['Bob', '3/1/2023', 20],
  ['Cy', '4/5/2023', 30],
  ['Cy', '5/6/2023', 30],
  ['Dee', '6/1/2023', 40],
  ['Dee', '2/10/2023', 40],
  ['Eve', '3/11/2023', 5],
  ['Eve', '4/12/2023', 5],
  ['Fay', '13/2/2023', 7],
];
const read = (grid: CellValue[][], dateOrder: DateOrder, asOfDay = d(2023, 6, 30)) =>
  readPurchases(grid, { timeZone: 'UTC', dateOrder, asOfDay });
const days = (grid: CellValue[][], dateOrder: DateOrder, asOfDay?: number) =>
  purchaseList(read(grid, dateOrder, asOfDay).purchases).map((p) => p.day);

describe('one typo does not flip a column', () => {
  it('en_US: month first kept; only the typo’s row is reported, as not in the order used; the reason is the analysis date', () => {
    const log = read(US, 'MDY');
    expect(purchaseList(log.purchases).map((p) => p.day)).toEqual(
      US.slice(0, 10).map((r) => {
        const [m, day, y] = String(r[1]).split('/').map(Number);
        return d(y!, m!, day!);
      }),
    );
    expect(log.issues).toEqual([
      expect.objectContaining({ row: 11, value: '13/2/2023', problem: 'order_mismatch' }),
    ]);
    expect(log.dateOrderRead).toEqual({
      text: '1/2/2023',
      day: d(2023, 1, 2),
      order: 'MDY',
      kept: { proof: '13/2/2023', why: 'late', proofs: 1, changed: 10 },
    });
  });

  it('with no date pushed past the analysis date, one proof against more than 4 dates it would swap is too few', () => {
    const log = read(US, 'MDY', d(2030, 1, 1));
    expect(log.dateOrderRead?.kept).toEqual({ proof: '13/2/2023', why: 'few', proofs: 1, changed: 10 });
    expect(log.issues.map((i) => i.problem)).toEqual(['order_mismatch']);
    // Two such dates among the ten are still too few (10 to swap > 2 × 4); three are enough.
    const more = [...US, ['Gus', '14/3/2023', 7], ['Hal', '15/4/2023', 7]];
    expect(read(more.slice(0, 12), 'MDY', d(2030, 1, 1)).dateOrderRead?.kept).toMatchObject({ proofs: 2 });
    expect(read(more, 'MDY', d(2030, 1, 1)).dateOrderRead).toMatchObject({
      order: 'DMY',
      proof: '13/2/2023',
    });
  });

  it('a UK sheet in en_US still switches: several 25/3-style dates, or one with nothing against it in 5 rows', () => {
    const uk = [
      ['Ann', '3/4/2024', 5],
      ['Ann', '25/3/2024', 5],
      ['Bob', '14/2/2024', 5],
      ['Bob', '1/6/2024', 5],
      ['Cy', '30/5/2024', 5],
    ];
    const end2024 = d(2024, 12, 31);
    expect(days(uk, 'MDY', end2024)).toEqual([
      d(2024, 4, 3),
      d(2024, 3, 25),
      d(2024, 2, 14),
      d(2024, 6, 1),
      d(2024, 5, 30),
    ]);
    const five = [
      ['Ann', '3/4/2024', 5],
      ['Ann', '25/3/2024', 5],
      ['Bob', '2/1/2024', 5],
      ['Bob', '1/6/2024', 5],
      ['Cy', '5/2/2024', 5],
    ];
    expect(read(five, 'MDY', end2024).issues).toEqual([]);
    expect(read(five, 'MDY', end2024).dateOrderRead).toMatchObject({ order: 'DMY', proof: '25/3/2024' });
    // But not when day first would put a date after the analysis date: '1/6/2024' as 1 June.
    const early = read(five, 'MDY', d(2024, 5, 15));
    expect(early.dateOrderRead?.kept?.why).toBe('late');
    expect(early.issues.map((i) => [i.value, i.problem])).toEqual([['25/3/2024', 'order_mismatch']]);
  });

  it('proofs of both orders: the more numerous wins, and the other’s rows are reported; a tie keeps the locale’s', () => {
    const mostlyDayFirst = [
      ['Ann', '25/3/2024', 5],
      ['Ann', '14/2/2024', 5],
      ['Bob', '3/15/2024', 5],
      ['Bob', '30/1/2024', 5],
    ];
    const log = read(mostlyDayFirst, 'MDY', d(2030, 1, 1));
    expect(purchaseList(log.purchases).map((p) => p.day)).toEqual([
      d(2024, 3, 25),
      d(2024, 2, 14),
      d(2024, 1, 30),
    ]);
    expect(log.issues.map((i) => [i.value, i.problem])).toEqual([['3/15/2024', 'order_mismatch']]);
    const tie = read([...mostlyDayFirst.slice(0, 3), ['Cy', '4/20/2024', 5]], 'MDY', d(2030, 1, 1));
    expect(tie.issues.map((i) => i.value)).toEqual(['25/3/2024', '14/2/2024']);
  });
});

describe('Data issues says the locale’s order was kept, and why, through Analyze', () => {
  let env: Installed | undefined;
  afterEach(() => env?.uninstall());
  const issues = (locale: string) => {
    env?.uninstall();
    env = installFake({ locale, timeZone: 'UTC', now: '2023-06-30T12:00:00Z' });
    env.fake.spreadsheet.addSheet('Sales', [['Customer', 'Date', 'Amount'], ...US]);
    main.analyzeCustomers();
    const name = env.fake.spreadsheet.sheetNames().find((n) => /Data issues|数据问题|資料問題/.test(n))!;
    return env.fake.values(name).slice(1);
  };

  it('en_US: no row after the analysis date; the typo’s row, and the kept order', () => {
    const rows = issues('en_US');
    expect(rows.map((r) => r[3])).toEqual(['13/2/2023', '1/2/2023']);
    expect(rows[0]![4]).toBe(
      "Date '13/2/2023' is not a real date in the day/month order this column was read in, but would be with day and month swapped; check the date and the locale in File › Settings",
    );
    expect(rows[1]).toEqual([
      'Sales',
      '',
      'date',
      '1/2/2023',
      "Dates written in numbers, such as '1/2/2023', were read month first, as the spreadsheet's locale reads them: '1/2/2023' is 2 January 2023. '13/2/2023' can only be day first, but reading the dates day first would put some of them after the analysis date, so the locale's order was kept and the rows that do not fit it are listed here",
      'read month first',
    ]);
  });

  it('zh_CN and zh_TW (year first: such text is read month first)', () => {
    expect(issues('zh_CN').find((r) => r[5] === '按月在前读取')?.[4]).toBe(
      '纯数字写的日期（如“1/2/2023”）按月在前读取，这是表格的语言区域读取这类日期的顺序：“1/2/2023”即 2023年1月2日。“13/2/2023”只能是日在前，但按日在前读取会使部分日期晚于分析日期，因此保留了语言区域的顺序，不符合此顺序的行已列在此处',
    );
    const tw = issues('zh_TW');
    expect(tw.find((r) => r[5] === '依月在前讀取')?.[4]).toBe(
      '純數字寫的日期（如「1/2/2023」）依月在前讀取，這是試算表的語言代碼讀取這類日期的順序：「1/2/2023」即 2023年1月2日。「13/2/2023」只能是日在前，但依日在前讀取會使部分日期晚於分析日期，因此保留了語言代碼的順序，不符合此順序的列已列於此處',
    );
    expect(tw.find((r) => r[3] === '13/2/2023')?.[4]).toContain('依本欄讀取所用的日/月順序不是有效日期');
  });
});

describe('the kept order’s line when too few dates prove the other', () => {
  it('names the counts, in en, zh-CN and zh-TW', () => {
    const log = read(US, 'MDY', d(2030, 1, 1));
    const line = (language: 'en' | 'zh-CN' | 'zh-TW') =>
      dateOrderLine(log, 'Sales', language, ANALYZE_TEXTS)?.[4];
    expect(line('en')).toBe(
      "Dates written in numbers, such as '1/2/2023', were read month first, as the spreadsheet's locale reads them: '1/2/2023' is 2 January 2023. '13/2/2023' can only be day first, but only 1 of the dates can only be day first, against 10 that reading them day first would change, so the locale's order was kept and the rows that do not fit it are listed here",
    );
    expect(line('zh-CN')).toBe(
      '纯数字写的日期（如“1/2/2023”）按月在前读取，这是表格的语言区域读取这类日期的顺序：“1/2/2023”即 2023年1月2日。“13/2/2023”只能是日在前，但只能是日在前的日期仅有 1 个，而按日在前读取会改变 10 个日期，因此保留了语言区域的顺序，不符合此顺序的行已列在此处',
    );
    expect(line('zh-TW')).toBe(
      '純數字寫的日期（如「1/2/2023」）依月在前讀取，這是試算表的語言代碼讀取這類日期的順序：「1/2/2023」即 2023年1月2日。「13/2/2023」只能是日在前，但只能是日在前的日期僅有 1 個，而依日在前讀取會改變 10 個日期，因此保留了語言代碼的順序，不符合此順序的列已列於此處',
    );
  });
});

describe('property: dates written in one order, plus typos (a swapped pair)', () => {
  const date = fc.record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  });
  it('the true order whenever its proofs outnumber the typos and clear rule 3 and no true date is late; never a switch that makes a date late', () => {
    fc.assert(
      fc.property(
        fc.array(date, { minLength: 1, maxLength: 25 }),
        fc.array(date, { maxLength: 3 }),
        fc.constantFrom<'DMY' | 'MDY'>('DMY', 'MDY'),
        fc.constantFrom<'DMY' | 'MDY'>('DMY', 'MDY'),
        fc.integer({ min: d(2000, 1, 1), max: d(2040, 1, 1) }),
        fc.boolean(),
        (trueDates, typoDates, written, locale, asOfDay, viaExport) => {
          const text = (x: (typeof trueDates)[number], order: 'DMY' | 'MDY') =>
            order === 'DMY' ? `${x.day}/${x.month}/${x.year}` : `${x.month}/${x.day}/${x.year}`;
          const swapped = written === 'DMY' ? 'MDY' : 'DMY';
          // A typo is a date written the other way round; only one that proves that order matters.
          const typos = typoDates.filter((x) => x.day > 12);
          const texts = [...trueDates.map((x) => text(x, written)), ...typos.map((x) => text(x, swapped))];
          const options = { timeZone: 'UTC', dateOrder: locale, asOfDay };
          const log = viaExport
            ? readExport(
                texts.map((t, i) => [`#${i}`, t, 'ann@example.com', 5]),
                { ...options, columns: { orderId: 0, date: 1, email: 2, amount: 3 } },
              )
            : readPurchases(
                texts.map((t) => ['Ann', t, 5]),
                options,
              );
          const distinct = <T>(xs: T[], key: (x: T) => string) => new Set(xs.map(key)).size;
          const proofs = distinct(
            trueDates.filter((x) => x.day > 12),
            (x) => text(x, written),
          );
          const typoProofs = distinct(typos, (x) => text(x, swapped));
          const changed = distinct(
            trueDates.filter((x) => x.day <= 12 && x.day !== x.month),
            (x) => text(x, written),
          );
          const right = (x: (typeof trueDates)[number]) => d(x.year, x.month, x.day);
          const asLocale = (x: (typeof trueDates)[number]) =>
            locale === written ? right(x) : x.day > 12 ? undefined : d(x.year, x.day, x.month);
          const read = new Set(purchaseList(log.purchases).map((p) => p.day));
          const noneLate = trueDates.every((x) => right(x) <= asOfDay);
          const rule3 = locale === written || changed <= 4 * proofs;
          if (proofs > typoProofs && noneLate && rule3) {
            for (const x of trueDates) expect(read.has(right(x))).toBe(true);
          }
          // Never late by a switch: a true date the locale's reading kept on or before the analysis
          // date is read on or before it.
          const afterAsOf = log.issues.filter((i) => i.problem === 'after_as_of').map((i) => i.value);
          for (const x of trueDates) {
            const kept = asLocale(x);
            if (kept !== undefined && kept <= asOfDay) expect(afterAsOf).not.toContain(text(x, written));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
