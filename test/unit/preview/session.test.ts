import { describe, expect, it } from 'vitest';
import { emlFileName, toEml } from '../../../scripts/preview/eml';
import { PreviewSession } from '../../../scripts/preview/session';
import type { SampleWorkbook } from '../../../src/core/sample/sample-workbook';
import type { OutboxEntry } from '../../../test/support/gas-fake/index';

// A stand-in for dist/Code.js with one custom function and the kinds of entry points the add-on has.
const CODE = `
/**
 * Doubles each value.
 * @customfunction
 */
function DOUBLE(values) {
  return Array.isArray(values) ? values.map(function (r) { return [r[0] * 2]; }) : values * 2;
}
/** Menu. */
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Analyze customers', 'analyzeCustomers')
    .addSeparator()
    .addItem('Follow-ups…', 'showFollowUps')
    .addToUi();
}
function analyzeCustomers() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var values = ss.getSheetByName('Data').getRange('B1:B3').getValues();
  var sheet = ss.insertSheet('Insights');
  sheet.getRange(1, 1, 3, 1).setValues(values);
  sheet.getRange('B1').setFormula('=DOUBLE(A1:A)');
  ss.toast('Insights written', 'Regulars');
}
function showFollowUps() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Follow-ups'));
}
function sendOne(to) {
  MailApp.sendEmail(to, 'Hello 你好', 'Body');
  GmailApp.createDraft(to, 'Draft', 'Draft body');
  return { sent: 1, to: to };
}
function when() { return { due: new Date(0) }; }
function chartShares(legend) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Shares');
  sheet.getRange(1, 1, 3, 3).setValues([['Band', 'Predicted', 'Bought'], ['low', 0.1, 0.05], ['high', 0.8, 0.7]]);
  sheet.getRange(2, 2, 2, 2).setNumberFormat('0%');
  var builder = sheet.newChart().setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange('A1:A3')).addRange(sheet.getRange('B1:B3')).addRange(sheet.getRange('C1:C3'))
    .setNumHeaders(1).setPosition(2, 5, 0, 0);
  if (legend) builder = builder.setOption('legend', { position: legend });
  sheet.insertChart(builder.build());
}
function clock() {
  var cell = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getRange('C3').getValue();
  return { now: new Date().toISOString(), nowMs: Date.now(), cellIsDate: cell instanceof Date, made: new Date(5) instanceof Date };
}
`;

const WORKBOOK: SampleWorkbook = {
  title: 'Test book',
  timeZone: 'Asia/Shanghai',
  locale: 'en_US',
  asOf: '',
  sheets: [{ name: 'Data', rows: [[1, '=DOUBLE(A1:A)'], [2], [3, null, { date: '2026-06-30' }]] }],
};

function newSession(now?: Date) {
  const mails: OutboxEntry[] = [];
  const session = new PreviewSession({
    now,
    code: CODE,
    htmlFiles: { Sidebar: '<!DOCTYPE html><html><head></head><body>Sidebar body</body></html>' },
    workbook: WORKBOOK,
    onMail: (entry) => mails.push(entry),
  });
  return { session, mails };
}

const texts = (session: PreviewSession, sheet: string, column: number) =>
  session
    .view()
    .find((s) => s.name === sheet)!
    .rows.map((row) => row[column]?.text ?? '');

describe('PreviewSession', () => {
  it('evaluates formulas and stores their results where a script reads them', () => {
    const { session } = newSession();
    expect(texts(session, 'Data', 1)).toEqual(['2', '4', '6']);
    expect(texts(session, 'Data', 2)[2]).toBe('2026-06-30');
    // getValues() on formula and spilled cells gives the results, as in Sheets.
    expect(session.fake.values('Data').map((row) => row[1])).toEqual([2, 4, 6]);
    // Evaluating again does not mistake the spilled values for data in the way.
    session.recalculate();
    expect(texts(session, 'Data', 1)).toEqual(['2', '4', '6']);
  });

  it('shows the menu onOpen registered and runs an item that writes a new sheet', () => {
    const { session } = newSession();
    expect(session.menu().map((m) => m.functionName)).toEqual(['analyzeCustomers', 'showFollowUps']);
    const outcome = session.runMenu('analyzeCustomers');
    expect(outcome.ok).toBe(true);
    expect(outcome.events).toContainEqual({ type: 'toast', title: 'Regulars', message: 'Insights written' });
    expect(texts(session, 'Insights', 0)).toEqual(['2', '4', '6']);
    expect(texts(session, 'Insights', 1)).toEqual(['4', '8', '12']);
    expect(session.runMenu('sendOne')).toMatchObject({ ok: false });
  });

  it('opens sidebars and serves their HTML', () => {
    const { session } = newSession();
    const outcome = session.runMenu('showFollowUps');
    expect(outcome.events).toContainEqual({ type: 'sidebar', title: 'Follow-ups', url: '/html/sidebar/0' });
    expect(session.html('sidebar', 0)).toContain('Sidebar body');
  });

  it('draws a chart with the legend it asked for and a percent axis for percent-formatted data', () => {
    const { session } = newSession();
    expect(session.runServer('chartShares', ['bottom']).ok).toBe(true);
    const [chart] = session.view().find((s) => s.name === 'Shares')!.charts;
    expect(chart!.model).toMatchObject({ legend: 'bottom', valueFormat: 'percent' });
    expect(chart!.model.series.map((s) => s.name)).toEqual(['Predicted', 'Bought']);
    expect([chart!.anchorRow, chart!.anchorColumn]).toEqual([2, 5]);
  });

  it('draws no legend a chart did not ask for, and plain numbers when the data are not percents', () => {
    const { session } = newSession();
    session.runServer('chartShares', [null]);
    session.fake.spreadsheet.sheet('Shares').getRange('B2:C3').setNumberFormat('0.00');
    const [chart] = session.view().find((s) => s.name === 'Shares')!.charts;
    expect(chart!.model.legend).toBeUndefined();
    expect(chart!.model.valueFormat).toBeUndefined();
  });

  it('runs google.script.run calls with Apps Script rules and collects mail', () => {
    const { session, mails } = newSession();
    const sent = session.runServer('sendOne', ['ann@example.com']);
    expect(sent).toMatchObject({ ok: true, result: { sent: 1, to: 'ann@example.com' } });
    expect(mails.map((m) => m.kind)).toEqual(['mail', 'draft']);
    expect(session.outbox()).toHaveLength(2);
    const dated = session.runServer('when', []);
    expect(dated.result).toBeNull();
    expect(dated.events.some((e) => e.type === 'warning')).toBe(true);
    expect(session.runServer('nothing', [])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not found/),
    });
  });
});

describe('the script clock', () => {
  it('starts at the given time, so the sample is seen on its as-of date, and Dates stay Dates', () => {
    const { session } = newSession(new Date('2026-06-30T10:00:00Z'));
    const { result } = session.runServer('clock', []);
    const { now, nowMs, cellIsDate, made } = result as Record<string, unknown>;
    expect(String(now)).toMatch(/^2026-06-30T10:0/);
    expect(Math.abs((nowMs as number) - Date.parse('2026-06-30T10:00:00Z'))).toBeLessThan(60_000);
    expect(cellIsDate).toBe(true);
    expect(made).toBe(true);
  });
});

describe('toEml', () => {
  it('writes a message any mail client opens, with encoded non-ASCII headers', () => {
    const { session, mails } = newSession();
    session.runServer('sendOne', ['ann@example.com']);
    const eml = toEml(mails[0]!, 'owner@example.com');
    expect(eml).toContain('To: ann@example.com\r\n');
    expect(eml).toContain(`Subject: =?UTF-8?B?${Buffer.from('Hello 你好').toString('base64')}?=\r\n`);
    expect(eml).toContain(`\r\n\r\n${Buffer.from('Body').toString('base64')}`);
    expect(toEml(mails[1]!, 'owner@example.com')).toContain('X-Unsent: 1');
    expect(emlFileName(mails[1]!, 2)).toMatch(/^regulars-002-draft-[\w-]+\.eml$/);
  });
});
