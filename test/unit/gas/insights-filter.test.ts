// The owner's filter on Insights survives the next Analyze (a new-owner trial: Analyze removed the
// filter and made its own, so Insights filtered to one stage showed every customer again after each
// run). The fake keeps criteria as given and hides no rows (test/support/gas-fake/filter.ts), so the
// criteria here are opaque objects, as an owner's are to the add-on.
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

type FilterCriteria = GoogleAppsScript.Spreadsheet.FilterCriteria;

let env: Installed | undefined;
afterEach(() => {
  env?.uninstall();
  env = undefined;
});

const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n));
/**
 * What an owner's criteria look like to the add-on: an object it passes on, read only for whether it
 * names words (FilterCriteria's getters; "show only At risk" hides the other stages by value).
 */
const owners = (name: string, hidden: string[] = ['At risk'], values: unknown[] = []) =>
  ({
    name,
    getHiddenValues: () => hidden,
    getVisibleValues: () => null,
    getCriteriaValues: () => values,
  }) as unknown as FilterCriteria;

function shop() {
  env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
  const { fake } = env;
  fake.spreadsheet.addSheet('Orders', [
    ['Customer', 'Date', 'Amount'],
    ['Ann', day(0), 30],
    ['Ann', day(20), 30],
    ['Ben', day(3), 40],
    ['Cy', day(40), 25],
  ]);
  main.analyzeCustomers();
  return fake;
}

const criteriaAt = (sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number) =>
  sheet.getFilter()!.getColumnFilterCriteria(column);

const criteriaByHeader = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
  const filter = sheet.getFilter()!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const found: Record<string, unknown> = {};
  headers.forEach((h, c) => {
    const criteria = filter.getColumnFilterCriteria(c + 1);
    if (criteria !== null) found[String(h)] = (criteria as unknown as { name: string }).name;
  });
  return found;
};

describe("Analyze keeps the owner's filter settings on Insights", () => {
  it('criteria on a table column and on the owner’s own column are set again on the same columns', () => {
    const fake = shop();
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    const width = insights.getLastColumn();
    const headers = insights.getRange(1, 1, 1, width).getValues()[0]!;
    insights.getRange(1, width + 1, 4, 1).setValues([['My notes'], ['call'], [''], ['VIP']]);
    // The owner widens the filter over their column and filters two columns.
    insights.getFilter()!.remove();
    const filter = insights.getRange(1, 1, 4, width + 1).createFilter();
    const stage = headers.indexOf('Lifecycle stage') + 1;
    filter.setColumnFilterCriteria(stage, owners('only At risk'));
    filter.setColumnFilterCriteria(width + 1, owners('notes not blank'));
    fake.spreadsheet.getSheetByName('Orders')!.appendRow(['Dee', day(50), 90]);
    main.analyzeCustomers();
    expect(criteriaByHeader(insights)).toEqual({
      'Lifecycle stage': 'only At risk',
      'My notes': 'notes not blank',
    });
  });

  it('the sheet’s language changed: the table column’s criteria are not set on words they do not name; the owner’s are', () => {
    const fake = shop();
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    const width = insights.getLastColumn();
    const headers = insights.getRange(1, 1, 1, width).getValues()[0]!;
    insights.getRange(1, width + 1, 4, 1).setValues([['My notes'], ['call'], [''], ['VIP']]);
    insights.getFilter()!.remove();
    const filter = insights.getRange(1, 1, 4, width + 1).createFilter();
    filter.setColumnFilterCriteria(headers.indexOf('Value tier') + 1, owners('only Key'));
    // A number condition names no words: it holds in any language.
    const spent = headers.indexOf('Total spent');
    const over100 = owners('over 100', [], [100]);
    filter.setColumnFilterCriteria(spent + 1, over100);
    filter.setColumnFilterCriteria(width + 1, owners('notes not blank'));
    fake.spreadsheet.setSpreadsheetLocale('zh_CN');
    main.analyzeCustomers();
    const sheet = fake.spreadsheet.getSheets().find((s) => s.getFilter() !== null)!;
    const now = sheet.getRange(1, 1, 1, width).getValues()[0]!;
    expect(now).not.toContain('Value tier');
    expect(criteriaByHeader(sheet)).toEqual({
      'My notes': 'notes not blank',
      [String(now[spent])]: 'over 100',
    });
    expect(criteriaAt(sheet, spent + 1)).toBe(over100);
  });

  it('a sheet without criteria gets a filter without any, as before', () => {
    const fake = shop();
    main.analyzeCustomers();
    expect(criteriaByHeader(fake.spreadsheet.getSheetByName('Insights')!)).toEqual({});
  });
});
