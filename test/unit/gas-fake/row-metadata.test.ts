// Row developer metadata and Range.sort in the fake, as the Sheets API documents them (metadata.ts).
import { describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

const PROJECT = 'PROJECT' as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

const rowOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet, key: string) =>
  sheet.createDeveloperMetadataFinder().withKey(key).find()[0]?.getLocation().getRow()?.getRow();

describe('gas-fake row developer metadata', () => {
  it('stays on its row as rows are inserted, deleted or moved above it, and goes with its row', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('Data', [['a'], ['b'], ['c'], ['d']]);
    sheet.getRange('3:3').addDeveloperMetadata('mark', 'x', PROJECT);
    const found = sheet.createDeveloperMetadataFinder().withKey('mark').find()[0]!;
    expect(String(found.getLocation().getLocationType())).toBe('ROW');
    expect(found.getLocation().getSheet()).toBeNull();
    expect(rowOf(sheet, 'mark')).toBe(3);
    sheet.insertRowsBefore(2, 2);
    expect(rowOf(sheet, 'mark')).toBe(5);
    sheet.insertRowAfter(5);
    expect(rowOf(sheet, 'mark')).toBe(5);
    sheet.deleteRow(1);
    expect(rowOf(sheet, 'mark')).toBe(4);
    sheet.moveRows(sheet.getRange('4:4'), 1);
    expect(rowOf(sheet, 'mark')).toBe(1);
    expect(sheet.getRange(1, 1).getValue()).toBe('c');
    sheet.deleteRows(1, 2);
    expect(rowOf(sheet, 'mark')).toBeUndefined();
  });

  it('is refused on a range that is not one whole row', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('Data', [['a']]);
    expect(() => sheet.getRange(1, 1, 1, 2).addDeveloperMetadata('k')).toThrow(/entire row or column/);
    expect(() => sheet.getRange('1:2').addDeveloperMetadata('k')).toThrow(/entire row or column/);
  });

  it('Range.sort orders rows by a column and leaves row metadata where it is', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('Data', [
      ['H', ''],
      ['b', 2],
      ['c', 1],
      ['a', 3],
    ]);
    sheet.getRange('4:4').addDeveloperMetadata('mark');
    sheet.getRange(2, 1, 3, 2).sort({ column: 2, ascending: false });
    expect(sheet.getRange(1, 1, 4, 2).getValues()).toEqual([
      ['H', ''],
      ['a', 3],
      ['b', 2],
      ['c', 1],
    ]);
    sheet.getRange(2, 1, 3, 2).sort(1);
    expect(sheet.getRange(2, 1, 3, 1).getValues()).toEqual([['a'], ['b'], ['c']]);
    expect(rowOf(sheet, 'mark')).toBe(4);
  });
});
