import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  enteredValue,
  isDateCell,
  isFormula,
  type SampleCell,
  sampleGrids,
  TEA_SHOP,
} from '../../../src/core/sample/sample-workbook';
import { dayFromCivil } from '../../../src/core/time/civil';
import { dayOfInstant } from '../../../src/core/time/zone';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const sheet = (name: string) => TEA_SHOP.sheets.find((s) => s.name === name)!;
const body = (name: string) => sheet(name).rows.slice(1);
const header = (name: string) => sheet(name).rows[0] as string[];
const column = (name: string, title: string) => {
  const index = header(name).indexOf(title);
  expect(index, `${name}!${title}`).toBeGreaterThanOrEqual(0);
  return body(name).map((row) => row[index] ?? null);
};

describe('the tea-shop sample workbook', () => {
  it('has the Customers, Purchases and Feedback sheets with about 60 customers and 700 purchases', () => {
    expect(TEA_SHOP.sheets.map((s) => s.name)).toEqual(['Customers', 'Purchases', 'Feedback']);
    expect(body('Customers').length).toBeGreaterThanOrEqual(55);
    expect(body('Customers').length).toBeLessThanOrEqual(65);
    expect(body('Purchases').length).toBeGreaterThanOrEqual(650);
    expect(body('Purchases').length).toBeLessThanOrEqual(760);
    expect(header('Purchases').slice(0, 3)).toEqual(['Customer', 'Date', 'Amount']);
  });

  it('spans about 18 months up to its as-of date, with one pre-order after it', () => {
    const dates = column('Purchases', 'Date')
      .filter(isDateCell)
      .map((d) => d.date)
      .sort();
    expect(dates[0]! <= '2025-01-31').toBe(true);
    expect(dates.filter((d) => d > TEA_SHOP.asOf)).toHaveLength(1);
    expect(dates.filter((d) => d <= TEA_SHOP.asOf).at(-1)! >= '2026-06-01').toBe(true);
    expect(TEA_SHOP.asOf).toBe('2026-06-30');
  });

  it('names customers in English and Chinese, and every purchase key is a customer', () => {
    const names = column('Customers', 'Customer') as string[];
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names.some((n) => /^[A-Z][a-z]+ [A-Z]/.test(n))).toBe(true);
    const known = new Set(names.map((n) => n.trim().toLowerCase()));
    for (const key of column('Purchases', 'Customer')) {
      expect(known.has(String(key).trim().toLowerCase()), String(key)).toBe(true);
    }
  });

  it('uses only example.com and example.org addresses (RFC 2606)', () => {
    const addresses = TEA_SHOP.sheets.flatMap((s) =>
      s.rows.flat().filter((c): c is string => typeof c === 'string' && c.includes('@')),
    );
    expect(addresses.length).toBeGreaterThan(40);
    for (const address of addresses) expect(address.trim().toLowerCase()).toMatch(/@example\.(com|org)$/);
  });

  it('keeps a handful of messy cells as text: text dates, ¥ amounts, a return, a stray-space key', () => {
    const dates = column('Purchases', 'Date');
    const textDates = dates.filter((d): d is string => typeof d === 'string');
    expect(textDates.some((d) => /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(d))).toBe(true);
    expect(textDates.some((d) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(d))).toBe(true);
    const amounts = column('Purchases', 'Amount');
    expect(amounts.filter((a) => typeof a === 'string' && a.startsWith('¥')).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(amounts.some((a) => typeof a === 'number' && a < 0)).toBe(true);
    expect(column('Purchases', 'Customer').some((k) => typeof k === 'string' && k !== k.trim())).toBe(true);
  });

  it('has opt-outs, satisfaction and recommend columns, and open and resolved complaints', () => {
    const optOuts = column('Customers', 'Opt-out').filter((v) => v === true);
    expect(optOuts.length).toBeGreaterThanOrEqual(2);
    expect(optOuts.length).toBeLessThanOrEqual(6);
    expect(column('Customers', 'Satisfaction').some((v) => typeof v === 'number' && v >= 1 && v <= 5)).toBe(
      true,
    );
    const recommend = column('Customers', 'Recommend');
    expect(recommend.some((v) => typeof v === 'number')).toBe(true);
    expect(recommend.some((v) => v === 'very likely' || v === 'possible' || v === 'unlikely')).toBe(true);
    const feedback = body('Feedback').map((row) => `${row[2]}/${row[3]}`);
    expect(feedback).toContain('complaint/open');
    expect(feedback).toContain('complaint/resolved');
  });

  it('holds real formulas over whole columns that refer to the as-of cell', () => {
    const formulas = sheet('Customers').rows.flat().filter(isFormula);
    expect(formulas.length).toBeGreaterThanOrEqual(5);
    expect(formulas).toContain('=LIFECYCLE_STAGE(A2:A, Purchases!A2:D, $M$2)');
    for (const formula of formulas) expect(formula).toContain('$M$2');
    expect(header('Customers')[12]).toBe('As of');
    expect(sheet('Customers').rows[1]![12]).toEqual({ date: TEA_SHOP.asOf });
  });

  it('stays compact', () => {
    expect(statSync(join(ROOT, 'src/core/sample/tea-shop.json')).size).toBeLessThanOrEqual(60 * 1024);
  });

  it('is exactly what the seeded generator writes', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/make-sample.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('sampleGrids', () => {
  it('makes date cells midnight of the same calendar day in whatever zone is asked for', () => {
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'Pacific/Auckland']) {
      const grids = sampleGrids(TEA_SHOP, tz);
      const asOf = grids[0]!.values[1]![12] as Date;
      expect(asOf).toBeInstanceOf(Date);
      expect(dayOfInstant(asOf, tz)).toBe(dayFromCivil(2026, 6, 30));
    }
  });

  it('pads rows into rectangles of cell values and maps column formats to indexes', () => {
    const [customers] = sampleGrids();
    const widths = new Set(customers!.values.map((r) => r.length));
    expect(widths.size).toBe(1);
    expect(customers!.values[2]![12]).toBe('');
    expect(customers!.numberFormats[8]).toBe('0%');
    expect(customers!.frozenRows).toBe(1);
  });

  it('can build Dates of another realm', () => {
    let made = 0;
    sampleGrids(TEA_SHOP, 'UTC', (ms) => {
      made++;
      return new Date(ms);
    });
    const dateCells = TEA_SHOP.sheets.flatMap((s) => s.rows.flat()).filter((c: SampleCell) => isDateCell(c));
    expect(made).toBe(dateCells.length);
  });
});

describe('enteredValue: values for Range.setValues that keep messy text as text', () => {
  it('protects text Sheets would convert, and leaves the rest', () => {
    expect(enteredValue('2025/3/5')).toBe("'2025/3/5");
    expect(enteredValue('¥ 96')).toBe("'¥ 96");
    expect(enteredValue('-5 off')).toBe("'-5 off");
    expect(enteredValue('true')).toBe("'true");
    expect(enteredValue('Emma Wilson')).toBe('Emma Wilson');
    expect(enteredValue('=LIFECYCLE_STAGE(A2:A, Purchases!A2:D, $M$2)')).toBe(
      '=LIFECYCLE_STAGE(A2:A, Purchases!A2:D, $M$2)',
    );
    expect(enteredValue(42)).toBe(42);
  });
});
