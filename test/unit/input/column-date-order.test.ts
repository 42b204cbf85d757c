// Trial 23: the UCI Online Retail log (a UK shop's data, written month first: '12/1/2010 8:26',
// '12/15/2010 10:41') in an en_GB sheet was read day first: '12/1/2010' became 12 January and
// '12/15/2010' was skipped. The column itself proves the order; the locale decides only when it is
// silent, and keeps its order when the column contradicts itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells';
import type { DayNumber } from '../../../src/core/days';
import { readExport } from '../../../src/core/exports/read-export';
import { readLog } from '../../../src/core/exports/read-log';
import { readTabs } from '../../../src/core/exports/tabs';
import { columnDateOrder } from '../../../src/core/input/column-date-order';
import { orderProvedBy } from '../../../src/core/input/date-order-read';
import { type DateOrder, type DateProblem, readDay } from '../../../src/core/input/parse-date';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { readPurchases } from '../../../src/core/input/read-purchases';
import type { PurchasesMapping } from '../../../src/core/mapping/column-setup';
import { dayFromCivil } from '../../../src/core/time/civil';

const d = dayFromCivil;
const decide = (texts: CellValue[], locale: DateOrder, asOfDay = d(2199, 12, 31)) => {
  const memo = new Map<string, DayNumber | DateProblem>();
  const grid: Grid = texts.map((t) => ['x', t]);
  const read = (text: string, dateOrder: DateOrder) => readDay(text, { timeZone: 'UTC', dateOrder });
  const decided = columnDateOrder(grid, 1, locale, memo, read, 100_000, asOfDay);
  return { order: decided.order, kept: decided.kept, memo };
};

describe('orderProvedBy: the order a text can only be read in', () => {
  it.each([
    ['12/15/2010 10:41', 'DMY', 'MDY'],
    ['12/15/2010', 'YMD', 'MDY'],
    ['25/03/2024', 'MDY', 'DMY'],
    ['25.03.2024', 'MDY', 'DMY'],
    ['3-25-24', 'DMY', 'MDY'],
    ['１２/１５/２０１０', 'DMY', 'MDY'],
    ['2/29/2024', 'DMY', 'MDY'],
    // Either way round, or neither: no proof.
    ['12/1/2010 8:26', 'DMY', undefined],
    ['4/4/2024', 'DMY', undefined],
    ['31/4/2024', 'DMY', undefined],
    ['29/2/2023', 'MDY', undefined],
    ['13/13/2024', 'MDY', undefined],
    // Year first, or a two-digit year in a year-first locale (yy/mm/dd there).
    ['2024-03-15', 'DMY', undefined],
    ['2024/3/15', 'MDY', undefined],
    ['15/03/24', 'YMD', undefined],
    ['March 15, 2024', 'DMY', undefined],
  ] as const)('%s in a %s sheet: %s', (text, locale, expected) => {
    expect(orderProvedBy(text, locale)).toBe(expected);
  });
});

describe('columnDateOrder: the column decides when it proves one order', () => {
  const uci = ['12/1/2010 8:26', '12/1/2010 8:28', '12/9/2010 10:41', '12/15/2010 10:41', '1/4/2011 9:00'];

  it('a proof of the other order overrides the locale; a silent or contradicting column keeps the locale’s', () => {
    expect(decide(uci, 'DMY').order).toBe('MDY');
    expect(decide(['3/4/2024', '25/03/2024'], 'MDY').order).toBe('DMY');
    expect(decide(['3.4.24', '25.03.24 18:05'], 'MDY').order).toBe('DMY');
    // Silent: every day 12 or less, or only the locale's order proved.
    expect(decide(['12/1/2010', '1/12/2010', '4/4/2010'], 'DMY').order).toBe('DMY');
    expect(decide(['12/1/2010', '25/12/2010'], 'DMY').order).toBe('DMY');
    // Contradicting: both proved, in either order of rows.
    expect(decide(['12/15/2010', '25/12/2010', '1/2/2010'], 'DMY').order).toBe('DMY');
    expect(decide(['25/12/2010', '1/2/2010', '12/15/2010'], 'MDY').order).toBe('MDY');
    // A text that does not read in full in the other order proves nothing.
    expect(decide(['12/15/2010 later', '3/4/2010'], 'DMY').order).toBe('DMY');
    expect(decide(['12/15/2010 25:00', '3/4/2010'], 'DMY').order).toBe('DMY');
    expect(decide(['12/15/2010 23:00', '3/4/2010'], 'DMY').order).toBe('MDY');
  });

  it('a year-first locale reads month-first text as before; day-first proof switches it', () => {
    expect(decide(uci, 'YMD').order).toBe('YMD');
    expect(decide(['3/4/2024', '25/3/2024'], 'YMD').order).toBe('DMY');
  });

  it('fills the memo with each distinct text’s day in the order used; Date cells and numbers stay out', () => {
    const kept = decide(
      ['12/1/2010 8:26', '12/1/2010 8:26', 'n/a', 5, new Date(Date.UTC(2010, 11, 15))],
      'DMY',
    );
    expect(kept.order).toBe('DMY');
    expect([...kept.memo]).toEqual([
      ['12/1/2010 8:26', d(2010, 1, 12)],
      ['n/a', 'unreadable'],
    ]);
    // Read in the locale's order first: refilled with the days in the other when the order changes.
    const switched = decide(uci, 'DMY').memo;
    expect(switched.get('12/1/2010 8:26')).toBe(d(2010, 12, 1));
    expect(switched.get('12/15/2010 10:41')).toBe(d(2010, 12, 15));
  });
});

describe('the reason given: the dates themselves, unless the column is silent or contradicts itself', () => {
  const reason = (texts: string[], dateOrder: DateOrder) =>
    readPurchases(
      texts.map((t) => ['Ann', t, 5]),
      { timeZone: 'UTC', dateOrder, asOfDay: d(2030, 1, 1) },
    ).dateOrderRead;
  it('names the first text that proves the order read in, also when the locale agrees; none when silent or contradicted', () => {
    expect(reason(['3/4/2024', '25/3/2024'], 'DMY')).toEqual({
      text: '3/4/2024',
      day: d(2024, 4, 3),
      order: 'DMY',
      proof: '25/3/2024',
    });
    expect(reason(['12/1/2010', '12/15/2010'], 'YMD')).toMatchObject({ order: 'YMD', proof: '12/15/2010' });
    expect(reason(['3/4/2024', '4/4/2024'], 'DMY')).toEqual({
      text: '3/4/2024',
      day: d(2024, 4, 3),
      order: 'DMY',
    });
    expect(reason(['3/4/2024', '25/3/2024', '3/15/2024'], 'DMY')).toEqual({
      text: '3/4/2024',
      day: d(2024, 4, 3),
      order: 'DMY',
    });
  });
});

describe('the readers read a UCI-shaped log in an en_GB sheet right', () => {
  const asOfDay = d(2011, 12, 31);
  const header = [
    'InvoiceNo',
    'StockCode',
    'Description',
    'Quantity',
    'InvoiceDate',
    'UnitPrice',
    'CustomerID',
  ];
  const rows: CellValue[][] = [
    ['536365', '85123A', 'HEART T-LIGHT HOLDER', 6, '12/1/2010 8:26', 2.55, 17850],
    ['536366', '22633', 'HAND WARMER', 6, '12/1/2010 8:28', 1.85, 17850],
    ['536390', '22139', 'TEA SET', 4, '12/9/2010 10:41', 4.95, 14527],
    ['536400', '22139', 'TEA SET', 10, '12/15/2010 10:41', 4.95, 17850],
    ['536401', '22139', 'TEA SET', 2, '1/4/2011 9:00', 4.95, 14527],
  ];

  it('an export: every day month first, no row skipped, the reason the dates themselves', () => {
    const { log } = readLog([header, ...rows], { timeZone: 'Europe/London', dateOrder: 'DMY', asOfDay });
    expect(log.issues).toEqual([]);
    expect(purchaseList(log.purchases).map((p) => p.day)).toEqual([
      d(2010, 12, 1),
      d(2010, 12, 1),
      d(2010, 12, 9),
      d(2010, 12, 15),
      d(2011, 1, 4),
    ]);
    expect(log.dateOrderRead).toEqual({
      text: '12/1/2010 8:26',
      day: d(2010, 12, 1),
      order: 'MDY',
      proof: '12/15/2010 10:41',
    });
  });

  it('a plain log, with two-digit years and dots, in either direction', () => {
    const log = readPurchases(
      [
        ['Ann', '03.04.24', 5],
        ['Ann', '25.03.24 18:05', 5],
      ],
      { timeZone: 'Europe/London', dateOrder: 'MDY', asOfDay: d(2024, 12, 31) },
    );
    expect(log.issues).toEqual([]);
    expect(purchaseList(log.purchases).map((p) => p.day)).toEqual([d(2024, 4, 3), d(2024, 3, 25)]);
    expect(log.dateOrderRead).toMatchObject({ order: 'DMY', proof: '25.03.24 18:05' });
  });

  it('tabs read together make one decision: the proof in one tab decides the other’s dates', () => {
    const mapping: PurchasesMapping = {
      sheet: 'Jan',
      headerRow: 1,
      columns: { customer: 0, date: 1, amount: 2 },
    };
    const { log } = readTabs(
      [
        {
          name: 'Jan',
          grid: [
            ['Customer', 'Date', 'Amount'],
            ['Ann', '1/12/2011', 5],
          ],
        },
        {
          name: 'Feb',
          grid: [
            ['Customer', 'Date', 'Amount'],
            ['Ann', '2/13/2011', 5],
          ],
        },
      ],
      mapping,
      { timeZone: 'UTC', dateOrder: 'DMY', asOfDay },
    );
    expect(log.issues).toEqual([]);
    expect(purchaseList(log.purchases).map((p) => p.day)).toEqual([d(2011, 1, 12), d(2011, 2, 13)]);
  });
});

describe('property: dates written in one order read right whenever the column proves it', () => {
  const date = fc.record({
    year: fc.integer({ min: 1970, max: 2068 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
  });
  it('every day right when days above 12 are at least a fourth of the others that could swap (or the locale agrees); else the locale’s order, used and said', () => {
    fc.assert(
      fc.property(
        fc.array(date, { minLength: 1, maxLength: 30 }),
        fc.constantFrom<'DMY' | 'MDY'>('DMY', 'MDY'),
        fc.constantFrom<'DMY' | 'MDY'>('DMY', 'MDY'),
        fc.constantFrom('/', '-', '.'),
        fc.boolean(),
        fc.boolean(),
        (dates, written, locale, sep, twoDigits, viaExport) => {
          const text = (x: (typeof dates)[number]) => {
            const [a, b] = written === 'DMY' ? [x.day, x.month] : [x.month, x.day];
            const y = twoDigits ? String(x.year % 100).padStart(2, '0') : String(x.year);
            return `${a}${sep}${b}${sep}${y}${x.hour === undefined ? '' : ` ${x.hour}:05`}`;
          };
          const options = { timeZone: 'UTC', dateOrder: locale, asOfDay: d(2199, 12, 31) };
          // A plain log, or an export's own reader (each row an order of its own).
          const log = viaExport
            ? readExport(
                dates.map((x, i) => [`#${i}`, text(x), 'ann@example.com', 5]),
                { ...options, columns: { orderId: 0, date: 1, email: 2, amount: 3 } },
              )
            : readPurchases(
                dates.map((x) => ['Ann', text(x), 5]),
                options,
              );
          const days = purchaseList(log.purchases).map((p) => p.day);
          const right = dates.map((x) => d(x.year, x.month, x.day));
          // A text whose day and month could be either way round, the one Data issues names.
          const ambiguous = dates.find((x) => x.month !== x.day && x.day <= 12);
          // Distinct texts proving the order, and those whose day and month could swap (rule 3).
          const count = (f: (x: (typeof dates)[number]) => boolean) =>
            new Set(dates.filter(f).map(text)).size;
          const proofs = count((x) => x.day > 12);
          const swaps = count((x) => x.day <= 12 && x.day !== x.month);
          if (proofs > 0 && (written === locale || swaps <= 4 * proofs)) {
            expect(log.issues).toEqual([]);
            expect(days).toEqual(right);
            if (ambiguous !== undefined && written !== locale) {
              expect(log.dateOrderRead?.order).toBe(written);
              expect(log.dateOrderRead?.proof).toBeDefined();
            }
          } else if (proofs === 0) {
            const asLocale = dates.map((x) =>
              locale === written ? d(x.year, x.month, x.day) : d(x.year, x.day, x.month),
            );
            expect(days).toEqual(asLocale);
            if (ambiguous === undefined) expect(log.dateOrderRead).toBeUndefined();
            else {
              expect(log.dateOrderRead).toMatchObject({ text: text(ambiguous), order: locale });
              expect(log.dateOrderRead?.proof).toBeUndefined();
            }
          } else {
            // Too few proofs for the dates they would swap: the locale's order kept, and said; the
            // proving rows reported, not read.
            expect(log.dateOrderRead).toMatchObject({ order: locale, kept: { why: 'few', proofs } });
            expect(log.issues.map((i) => i.problem)).toEqual(
              dates.filter((x) => x.day > 12).map(() => 'order_mismatch'),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
