import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

describe('gas-fake vmContext()', () => {
  it('runs a script that uses SpreadsheetApp in a bare vm context', () => {
    const fake = createGasFake();
    fake.spreadsheet.addSheet('Purchases', [
      ['Email', 'Date'],
      ['ann@example.com', new Date('2024-05-01T04:00:00Z')],
    ]);
    const context = fake.vmContext();
    expect(Object.keys(context).sort()).toEqual(
      [
        'CacheService',
        'Charts',
        'Gmail',
        'GmailApp',
        'HtmlService',
        'LockService',
        'Logger',
        'MailApp',
        'PropertiesService',
        'ScriptApp',
        'Session',
        'SpreadsheetApp',
        'Utilities',
        'console',
      ].sort(),
    );
    const code = `
      function countRows() {
        var sheet = SpreadsheetApp.getActive().getSheetByName('Purchases');
        var values = sheet.getDataRange().getValues();
        var out = SpreadsheetApp.getActive().insertSheet('Out');
        out.getRange(1, 1, 1, 2).setValues([[values.length - 1, values[1][1] instanceof Date]]);
        Logger.log('rows: %s', values.length - 1);
        try { out.getRange(0, 1); } catch (e) { return e instanceof Error ? 'realm error' : 'foreign error'; }
        return 'no error';
      }
      countRows();
    `;
    const result = runInContext(code, context);
    expect(result).toBe('realm error');
    expect(fake.values('Out')).toEqual([[1, true]]);
    expect(fake.logs).toEqual([{ source: 'Logger', message: 'rows: 1' }]);
    expect(runInContext('typeof process + typeof require', context)).toBe('undefinedundefined');
  });
});
