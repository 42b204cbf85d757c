import { afterEach, describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

describe('gas-fake Range values', () => {
  it('setValues throws Apps Script messages on a size mismatch', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('Data');
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    // Nothing was written by the failed calls.
    expect(sheet.getLastRow()).toBe(0);
  });

  it('getValues returns "" for blanks and copies that callers cannot mutate', () => {
    const fake = createGasFake();
    const day = new Date('2024-03-01T05:00:00Z');
    const sheet = fake.spreadsheet.addSheet('Data', [
      ['Name', 'Date', 'Amount', 'VIP'],
      ['Ann', day, 12.5, true],
      ['Bob', '', null, false],
    ]);
    const values = sheet.getRange('A1:E3').getValues();
    expect(values).toEqual([
      ['Name', 'Date', 'Amount', 'VIP', ''],
      ['Ann', day, 12.5, true, ''],
      ['Bob', '', '', false, ''],
    ]);
    const read = values[1]![1] as Date;
    expect(read).not.toBe(day);
    read.setFullYear(1999);
    values[0]![0] = 'changed';
    expect((sheet.getRange('B2').getValue() as Date).toISOString()).toBe('2024-03-01T05:00:00.000Z');
    expect(sheet.getRange('A1').getValue()).toBe('Name');
  });

  it('getLastRow / getLastColumn reflect content; 0 for an empty sheet; writes grow the sheet', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('Data');
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange(3, 2, 1, 2).setValues([['x', 'y']]);
    sheet.getRange('A10').setBackground('#ff0000'); // format only: not content
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    sheet.getRange(1200, 30).setValue('far');
    expect(sheet.getMaxRows()).toBe(1200);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getLastRow()).toBe(1200);
    sheet.appendRow(['next']);
    expect(sheet.getRange('A1201').getValue()).toBe('next');
  });

  it('stores text starting with = (and +/- text) as a formula; an apostrophe forces text', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('Data');
    sheet
      .getRange(1, 1, 1, 8)
      .setValues([['=HYPERLINK("x")', "'=1+2", '+1 555 0100', '-hello', '-5', '007', 'TRUE', 'plain']]);
    expect(sheet.getRange('A1:H1').getFormulas()).toEqual([
      ['=HYPERLINK("x")', '', '=+1 555 0100', '=-hello', '', '', '', ''],
    ]);
    expect(sheet.getRange('A1:H1').getValues()).toEqual([
      ['=HYPERLINK("x")', '=1+2', '+1 555 0100', '-hello', -5, 7, true, 'plain'],
    ]);
    expect(
      fake.spreadsheet
        .sheet('Data')
        .formulaCells()
        .map((c) => c.column),
    ).toEqual([1, 3, 4]);
    // Plain-text format keeps strings verbatim.
    sheet.getRange('A2').setNumberFormat('@').setValue('=1+2');
    expect(sheet.getRange('A2').getFormula()).toBe('');
    // appendRow interprets like setValues.
    sheet.appendRow(['=A1']);
    expect(sheet.getRange(3, 1).getFormula()).toBe('=A1');
    // addSheet seeds raw values, without parsing.
    const raw = fake.spreadsheet.addSheet('Raw', [['=x', '007']]);
    expect(raw.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
    expect(raw.getRange('A1:B1').getValues()).toEqual([['=x', '007']]);
  });

  it('parses ISO date text as a date at midnight in the spreadsheet time zone', () => {
    const fake = createGasFake({ timeZone: 'Asia/Shanghai' });
    const sheet = fake.spreadsheet.addSheet('Data');
    sheet.getRange('A1').setValue('2024-01-05');
    const value = sheet.getRange('A1').getValue() as Date;
    expect(value.toISOString()).toBe('2024-01-04T16:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-01-05');
  });

  it('getDisplayValues renders booleans, numbers, number formats and dates', () => {
    const fake = createGasFake({ timeZone: 'America/New_York', locale: 'en_US' });
    const sheet = fake.spreadsheet.addSheet('Data', [
      [
        true,
        1234.5,
        1234.5,
        0.256,
        3,
        new Date('2024-01-05T05:00:00Z'),
        new Date('2024-01-05T05:00:00Z'),
        'text',
      ],
    ]);
    sheet.getRange('C1').setNumberFormat('#,##0.00');
    sheet.getRange('D1').setNumberFormat('0.0%');
    sheet.getRange('E1').setNumberFormat('"$"#,##0.00');
    sheet.getRange('G1').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A1:H1').getDisplayValues()).toEqual([
      ['TRUE', '1234.5', '1,234.50', '25.6%', '$3.00', '1/5/2024', '2024-01-05', 'text'],
    ]);
    expect(sheet.getRange('C1').getNumberFormat()).toBe('#,##0.00');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  it('validates getRange arguments and parses A1 notation', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('My Data', [['a'], ['b'], ['c']]);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('nonsense!!')).toThrow('Range not found');
    expect(sheet.getRange('A2:A').getNumRows()).toBe(999);
    expect(sheet.getRange('B:C').getNumColumns()).toBe(2);
    const r = fake.spreadsheet.getRange("'My Data'!A2:A3");
    expect(r.getSheet().getName()).toBe('My Data');
    expect(r.getValues()).toEqual([['b'], ['c']]);
    expect(r.offset(1, 1, 1, 1).getA1Notation()).toBe('B3');
    expect(r.getLastRow()).toBe(3);
  });

  it('stores formats per cell', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('Data');
    sheet.getRange('A1:B1').setBackground('RED').setFontWeight('bold').setFontColor('#fff').setWrap(true);
    sheet.getRange('A2:B2').setBackgrounds([['#abc', null]]);
    expect(sheet.getRange('A1:B2').getBackgrounds()).toEqual([
      ['#ff0000', '#ff0000'],
      ['#aabbcc', '#ffffff'],
    ]);
    expect(sheet.getRange('A1:B2').getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['normal', 'normal'],
    ]);
    const cell = fake.spreadsheet.sheet('Data').cell(1, 1);
    expect(cell.fontColor).toBe('#ffffff');
    expect(cell.wrap).toBe(true);
    sheet.getRange('A1').setNote('hello');
    expect(sheet.getRange('A1').getNote()).toBe('hello');
  });

  it('throws a clear error for methods the fake does not implement', () => {
    const fake = createGasFake();
    const range = fake.spreadsheet.addSheet('Data').getRange('A1');
    expect(() => range.insertCheckboxes()).toThrow('fake: Range.insertCheckboxes not implemented');
  });
});

describe('gas-fake Spreadsheet and Sheet', () => {
  it('insertSheet rejects an existing name (case-insensitively) and activates the new sheet', () => {
    const fake = createGasFake();
    const ss = fake.globals.SpreadsheetApp.getActive();
    const insights = ss.insertSheet('Insights');
    expect(ss.getActiveSheet().getName()).toBe('Insights');
    expect(() => ss.insertSheet('Insights')).toThrow(
      'A sheet with the name "Insights" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('insights')).toThrow('already exists');
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Insights']);
    expect(insights.getIndex()).toBe(3);
    expect(() => insights.setName('first')).toThrow('already exists');
    ss.deleteSheet(insights);
    expect(ss.getSheetByName('Insights')).toBeNull();
    ss.deleteSheet(ss.getSheetByName('First')!);
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('keeps frozen rows, widths, tab colour, hidden state and one filter per sheet', () => {
    const fake = createGasFake();
    const sheet = fake.spreadsheet.addSheet('Data', [
      ['h1', 'h2'],
      [3, 'c'],
      [1, 'a'],
      ['', 'blank'],
      [2, 'b'],
    ]);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    sheet.autoResizeColumns(1, 2);
    sheet.setTabColor('#00FF00');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(240);
    expect(sheet.getColumnWidth(1)).toBe(100);
    expect([...fake.spreadsheet.sheet('Data').autoResizedColumns]).toEqual([1, 2]);
    expect(sheet.getTabColor()).toBe('#00ff00');

    expect(sheet.getFilter()).toBeNull();
    const filter = sheet.getDataRange().createFilter();
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow('already has a filter');
    filter.sort(1, true);
    expect(sheet.getRange('A2:B5').getValues()).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      ['', 'blank'],
    ]);
    filter.remove();
    expect(sheet.getFilter()).toBeNull();

    expect(() => fake.spreadsheet.sheet('Sheet1').hideSheet()).not.toThrow();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  it('records charts built with newChart()', () => {
    const fake = createGasFake();
    const { Charts } = fake.globals;
    const sheet = fake.spreadsheet.addSheet('Summary', [
      ['Tier', 'Customers'],
      ['Gold', 3],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B2'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Customers per tier')
      .build();
    sheet.insertChart(chart);
    sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B2')).build());
    const charts = fake.spreadsheet.sheet('Summary').charts;
    expect(charts.map((c) => c.chartType)).toEqual(['COLUMN', 'PIE']);
    const first = sheet.getCharts()[0]!;
    expect(first.getOptions().get('title')).toBe('Customers per tier');
    expect(first.getRanges()[0]!.getA1Notation()).toBe('A1:B2');
    expect(first.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(first.getChartId()).not.toBeNull();
    sheet.removeChart(first);
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('stores developer metadata on the spreadsheet and sheets', () => {
    const fake = createGasFake();
    const ss = fake.globals.SpreadsheetApp.getActive();
    const sheet = ss.insertSheet('Insights');
    sheet.addDeveloperMetadata('regulars.sheet', 'insights');
    ss.addDeveloperMetadata('regulars.version', '1');
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['regulars.sheet', 'insights'],
    ]);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['regulars.version']);
    const found = ss.createDeveloperMetadataFinder().withKey('regulars.sheet').find();
    expect(found).toHaveLength(1);
    expect(found[0]!.getLocation().getSheet()!.getName()).toBe('Insights');
    found[0]!.remove();
    expect(sheet.getDeveloperMetadata()).toEqual([]);
  });

  it('tracks the selection and toasts', () => {
    const fake = createGasFake();
    fake.spreadsheet.addSheet('Customers', [['a'], ['b'], ['c']]);
    fake.setActiveRange('Customers', 'A2:A3');
    const app = fake.globals.SpreadsheetApp;
    expect(app.getActiveSheet().getName()).toBe('Customers');
    expect(app.getActiveRange().getA1Notation()).toBe('A2:A3');
    expect(app.getCurrentCell().getA1Notation()).toBe('A2');
    app.getActive().toast('Done', 'Regulars', 5);
    expect(fake.spreadsheet.toasts).toEqual([{ msg: 'Done', title: 'Regulars', timeoutSeconds: 5 }]);
  });
});

describe('gas-fake install()', () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  it('puts the globals on globalThis and restores them', () => {
    const fake = createGasFake({ locale: 'zh_CN' });
    uninstall = fake.install();
    expect(SpreadsheetApp.getActive().getSpreadsheetLocale()).toBe('zh_CN');
    uninstall();
    uninstall = undefined;
    expect('SpreadsheetApp' in globalThis).toBe(false);
  });

  it('throws for authorized services in AuthMode.NONE but keeps the Ui', () => {
    const fake = createGasFake();
    fake.setAuthMode('NONE');
    const g = fake.globals;
    expect(() => g.SpreadsheetApp.getActive()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive',
    );
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    expect(() => g.SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'y').addToUi()).not.toThrow();
    expect(g.Session.getActiveUserLocale()).toBe('en');
    expect(fake.onOpenEvent('NONE').authMode).toBe(g.ScriptApp.AuthMode.NONE);
    fake.setAuthMode('CUSTOM_FUNCTION');
    expect(g.SpreadsheetApp.getActive().getSheets()).toHaveLength(1);
    expect(() => g.MailApp.getRemainingDailyQuota()).toThrow('You do not have permission');
    expect(() => g.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
