// The fake's filter moves with inserted and deleted columns and rows, as Sheets moves a range of the
// sheet (filter.ts moveLines): trial 25 found criteria left on the wrong column after a delete.
import { describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

const criteria = (name: string) => ({ name }) as unknown as GoogleAppsScript.Spreadsheet.FilterCriteria;

function sheetWithFilter() {
  const fake = createGasFake();
  const sheet = fake.spreadsheet.addSheet('Data', [
    ['a', 'b', 'c', 'd', 'e'],
    [1, 2, 3, 4, 5],
    [6, 7, 8, 9, 10],
  ]);
  // Filter over B1:D3, criteria on C and D.
  const filter = sheet.getRange(1, 2, 3, 3).createFilter();
  filter.setColumnFilterCriteria(3, criteria('on c'));
  filter.setColumnFilterCriteria(4, criteria('on d'));
  return sheet;
}
const span = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getFilter()?.getRange().getA1Notation();
const on = (sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number) =>
  sheet.getFilter()!.getColumnFilterCriteria(column);

describe('gas-fake filter', () => {
  it('a deleted column takes its criteria; those right of it move left with the range', () => {
    const sheet = sheetWithFilter();
    sheet.deleteColumn(3);
    expect(span(sheet)).toBe('B1:C3');
    expect(on(sheet, 3)).toEqual(criteria('on d'));
    expect(on(sheet, 2)).toBeNull();
  });
  it('a column inserted inside widens the range; one before it shifts it', () => {
    const sheet = sheetWithFilter();
    sheet.insertColumnBefore(3);
    expect(span(sheet)).toBe('B1:E3');
    expect(on(sheet, 4)).toEqual(criteria('on c'));
    sheet.insertColumnBefore(1);
    expect(span(sheet)).toBe('C1:F3');
    expect(on(sheet, 6)).toEqual(criteria('on d'));
  });
  it('rows move it too, and deleting every column of it removes the filter', () => {
    const sheet = sheetWithFilter();
    sheet.insertRowBefore(1);
    expect(span(sheet)).toBe('B2:D4');
    sheet.deleteRows(3, 2);
    expect(span(sheet)).toBe('B2:D2');
    sheet.deleteColumns(2, 3);
    expect(sheet.getFilter()).toBeNull();
  });
});
