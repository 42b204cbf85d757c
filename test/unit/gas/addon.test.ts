// The add-on through the Apps Script fake: menu, Analyze customers on the sample workbook, owned
// sheets, text neutralisation. Calls the entry points of src/gas/main.ts with the fake installed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { OWNED_SHEET_KEY } from '../../../src/gas/owned-sheets';
import { type Installed, installFake, SAMPLE_UPLOAD, snapshot } from './fixture';

let env: Installed;
afterEach(() => env?.uninstall());

const MENU_FUNCTIONS = [
  'analyzeCustomers',
  'showFollowUps',
  'showColumnSetup',
  'insertSampleData',
  'showHelp',
];

describe('menu', () => {
  for (const mode of ['NONE', 'LIMITED', 'FULL'] as const) {
    it(`is built in AuthMode.${mode} with the five items, reading no properties`, () => {
      env = installFake();
      env.fake.setAuthMode(mode);
      main.onOpen(env.fake.onOpenEvent(mode));
      const items = env.fake.ui.menuItems();
      expect(items.map((i) => i.functionName)).toEqual(MENU_FUNCTIONS);
      expect(items[0]!.caption).toBe('Analyze customers');
      expect(env.fake.ui.addonMenu()!.kind).toBe('addon');
    });
  }

  it('follows the spreadsheet locale (zh_CN, zh_TW) and, in AuthMode.NONE, the user locale', () => {
    env = installFake({ locale: 'zh_CN' });
    main.onOpen(env.fake.onOpenEvent('FULL'));
    expect(env.fake.ui.menuItems()[0]!.caption).toBe('分析客户');
    env.uninstall();
    env = installFake({ locale: 'zh_TW' });
    main.onInstall(env.fake.onOpenEvent('FULL') as unknown as GoogleAppsScript.Events.AddonOnInstall);
    expect(env.fake.ui.menuItems()[0]!.caption).toBe('分析客戶');
    env.uninstall();
    env = installFake({ userLocale: 'zh-TW' });
    env.fake.setAuthMode('NONE');
    main.onOpen(env.fake.onOpenEvent('NONE'));
    expect(env.fake.ui.menuItems()[2]!.caption).toBe('欄位設定…');
  });

  it('opens the sidebar on the view of each item, with the language in its start marker', () => {
    env = installFake({ locale: 'zh_CN' });
    const views = {
      showFollowUps: 'followups',
      showColumnSetup: 'setup',
      insertSampleData: 'sample',
      showHelp: 'help',
    };
    for (const [fn, view] of Object.entries(views)) {
      (main as unknown as Record<string, () => void>)[fn]!();
      const sidebar = env.fake.ui.lastSidebar()!;
      expect(sidebar.content).toContain(`data-start="${view} zh-CN"`);
      expect(sidebar.title).toBe('Regulars');
    }
  });
});

describe('Analyze customers on the sample workbook', () => {
  beforeEach(() => {
    env = installFake();
    main.insertSample(SAMPLE_UPLOAD);
  });

  it('writes Insights, Summary and Data issues with their shapes and formats', () => {
    const { fake } = env;
    const before = fake.spreadsheet.sheetNames();
    main.analyzeCustomers();
    expect(fake.spreadsheet.sheetNames()).toEqual([...before, 'Insights', 'Summary', 'Data issues']);

    const insights = fake.spreadsheet.sheet('Insights');
    const values = fake.values('Insights');
    // 21 CUSTOMER_INSIGHTS columns + Email (the sample has no Name column) + 3 follow-up outcome columns.
    expect(values[0]!.length).toBe(25);
    expect(values[0]!.slice(0, 6)).toEqual([
      'Customer',
      'Email',
      'Lifecycle stage',
      'Why',
      'Next step',
      'RFM segment',
    ]);
    expect(values.length).toBeGreaterThan(40);
    expect(insights.frozenRows).toBe(1);
    expect(insights.filter?.getRange().getA1Notation()).toBe(`A1:Y${values.length}`);
    // Dates in the en_US order, money with the ¥ of the sample's amount format.
    const col = (header: string) => values[0]!.indexOf(header) + 1;
    expect(insights.cell(2, col('Next purchase due')).numberFormat).toBe('m/d/yyyy');
    expect(values[1]![col('First purchase') - 1]).toBeInstanceOf(Date);
    expect(insights.cell(2, col('Total spent')).numberFormat).toBe('[$¥]#,##0.00');
    expect(insights.cell(2, col('Repeat probability (90 days)')).numberFormat).toBe('0%');
    expect(String(values[1]![col('Due') - 1])).toMatch(/^(overdue by \d+ days?|due in \d+ days?|due today)$/);
    expect(insights.cell(1, 1).fontWeight).toBe('bold');
    const stageColumn = values[0]!.indexOf('Lifecycle stage') + 1;
    const colours = new Set(values.slice(1).map((_, i) => insights.cell(i + 2, stageColumn).background));
    expect(colours.size).toBeGreaterThanOrEqual(3);
    expect(colours.has('#ffffff')).toBe(false);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('Insights');

    const summary = fake.spreadsheet.sheet('Summary');
    const rows = fake.values('Summary');
    expect(rows[0]![0]).toBe('Customer summary');
    const labels = rows.map((r) => r[0]);
    for (const label of [
      'Value tier (80/20)',
      'Lifecycle stage',
      'RFM segment',
      'Key',
      'Lapsed',
      'Champions',
    ]) {
      expect(labels).toContain(label);
    }
    expect(labels.some((l) => typeof l === 'string' && l.startsWith('80/20:'))).toBe(true);
    // The third: the hold-out check's calibration, predicted and really bought per probability band.
    expect(summary.charts.map((c) => c.chartType)).toEqual(['PIE', 'COLUMN', 'COLUMN']);
    const calibration = summary.charts[2]!;
    expect(calibration.getOptions().get('title')).toBe('Predicted vs. really bought, by probability band');
    expect(calibration.getOptions().get('legend')).toEqual({ position: 'bottom' });
    const bandRow = labels.indexOf('Repeat probability given (hold-out check)') + 1;
    expect(calibration.getRanges().map((r) => r.getA1Notation().replace(/\d+/g, ''))).toEqual([
      'A:A',
      'C:C',
      'D:D',
    ]);
    expect(calibration.getRanges()[0]!.getA1Notation()).toMatch(new RegExp(`^A${bandRow}:A\\d+$`));
    expect(
      labels.some(
        (l) =>
          typeof l === 'string' &&
          /^Checked on this log's last 90 days: of the \d+ customers given 70% or more/.test(l),
      ),
    ).toBe(true);
    // As an owner sees it: the calibration chart beside its table; no chart over the accuracy
    // sentence, whose text runs right across the blank cells; the top two side by side, not stacked.
    const anchors = summary.charts.map((c) => c.getContainerInfo());
    expect([anchors[2]!.getAnchorRow(), anchors[2]!.getAnchorColumn()]).toEqual([bandRow, 7]);
    const sentenceRow = labels.findIndex((l) => typeof l === 'string' && l.startsWith('Checked on')) + 1;
    const chartRows = Math.ceil(371 / 21); // Sheets' default chart height over its default rows
    for (const anchor of anchors) {
      const row = anchor.getAnchorRow();
      expect(sentenceRow >= row && sentenceRow < row + chartRows).toBe(false);
    }
    expect(anchors[1]!.getAnchorColumn()).toBeGreaterThanOrEqual(anchors[0]!.getAnchorColumn() + 6);
    // Headers longer than their columns ("Predicted, on average") wrap onto two lines.
    expect(summary.cell(bandRow, 3).wrap).toBe(true);
    expect(summary.charts[0]!.getRanges().length).toBe(2);
    expect(summary.charts[0]!.getOptions().get('title')).toBe('Customers by lifecycle stage');
    expect((summary.charts[0]!.getOptions().get('colors') as string[]).length).toBe(5);
    const stageRow = labels.indexOf('Lifecycle stage') + 1;
    expect(summary.charts[0]!.getRanges()[0]!.getA1Notation()).toBe(`A${stageRow}:A${stageRow + 5}`);
    expect(summary.cell(stageRow + 1, 3).numberFormat).toBe('0%');

    const issues = fake.values('Data issues');
    expect(issues[0]).toEqual(['Sheet', 'Row', 'Column', 'Value', 'Problem', 'What was done']);
    expect(issues.length).toBeGreaterThan(1);
    for (const row of issues.slice(1)) {
      expect(row[0]).toBe('Purchases');
      expect(typeof row[1]).toBe('number');
      expect(String(row[4]).length).toBeGreaterThan(10);
    }
    for (const name of ['Insights', 'Summary', 'Data issues']) {
      expect(fake.spreadsheet.sheet(name).formulaCells(), name).toEqual([]);
    }
  });

  it('re-running replaces only its own sheets and leaves the owner’s alone', () => {
    const { fake } = env;
    main.analyzeCustomers();
    const owner = ['Customers', 'Purchases', 'Feedback'].map((n) => snapshot(fake, n));
    const names = fake.spreadsheet.sheetNames();
    main.analyzeCustomers();
    expect(fake.spreadsheet.sheetNames()).toEqual(names);
    expect(['Customers', 'Purchases', 'Feedback'].map((n) => snapshot(fake, n))).toEqual(owner);
    expect(fake.spreadsheet.sheet('Summary').charts.length).toBe(3);
    const marks = fake.spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_SHEET_KEY).find();
    expect(marks.map((m) => m.getValue()).sort()).toEqual(['dataIssues', 'insights', 'summary']);
  });

  it('checks Sheets’ 10,000,000-cell limit before clearing Insights: too big changes nothing and says why', () => {
    const { fake } = env;
    main.analyzeCustomers();
    // 1,200 more customers: Insights must grow past its 1,000 rows.
    const day = new Date('2026-06-01T00:00:00+08:00');
    const rows = Array.from({ length: 1200 }, (_, i) => [`New customer ${i}`, day, 10, 'Tea']);
    fake.spreadsheet
      .sheet('Purchases')
      .api.getRange(fake.values('Purchases').length + 1, 1, rows.length, 4)
      .setValues(rows);
    // An owner's sheet taking the spreadsheet to 1,000 cells under the limit.
    const big = fake.spreadsheet.api.insertSheet('Archive');
    const used = fake.spreadsheet.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
    fake.spreadsheet.sheet('Archive').maxRows =
      1000 + Math.floor((10_000_000 - 1000 - used) / big.getMaxColumns());
    const before = ['Insights', 'Summary', 'Data issues'].map((n) => snapshot(fake, n));
    fake.ui.answerAlerts('OK');
    main.analyzeCustomers();
    expect(['Insights', 'Summary', 'Data issues'].map((n) => snapshot(fake, n))).toEqual(before);
    expect(fake.ui.alerts.at(-1)?.prompt).toMatch(
      /^Nothing was changed: the results for 1,2\d\d customers would bring this spreadsheet to 10,0\d\d,\d{3} cells, over the Google Sheets limit of 10,000,000\./,
    );
  });

  it('an Insights sheet the owner renamed becomes theirs: kept with their notes, and a fresh one is written', () => {
    const { fake } = env;
    main.analyzeCustomers();
    const names = fake.spreadsheet.sheetNames();
    const kept = fake.spreadsheet.sheet('Insights');
    kept.setName('June snapshot');
    kept.api.getRange(1, 30).setValue('My notes: call the tea club');
    const before = snapshot(fake, 'June snapshot');
    main.analyzeCustomers();
    main.analyzeCustomers();
    expect(snapshot(fake, 'June snapshot')).toEqual(before);
    expect(fake.spreadsheet.sheetNames()).toEqual([
      ...names.map((n) => (n === 'Insights' ? 'June snapshot' : n)),
      'Insights',
    ]);
    expect(fake.values('Insights')[0]).toEqual(
      fake.values('June snapshot')[0]!.slice(0, fake.values('Insights')[0]!.length),
    );
    const live = fake.spreadsheet
      .createDeveloperMetadataFinder()
      .withKey(OWNED_SHEET_KEY)
      .withValue('insights')
      .find();
    expect(live.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['Insights']);
  });

  it('a copy of an owned sheet (Duplicate, copyTo) is the owner’s: never cleared or written', () => {
    const { fake } = env;
    main.analyzeCustomers();
    fake.spreadsheet.setActiveSheet(fake.spreadsheet.sheet('Summary').api);
    fake.spreadsheet.duplicateActiveSheet();
    fake.spreadsheet.sheet('Insights').api.copyTo(fake.spreadsheet.api);
    // The copies go left of the originals, where the leftmost-mark rule would pick them.
    fake.spreadsheet.setActiveSheet(fake.spreadsheet.sheet('Copy of Insights').api);
    fake.spreadsheet.moveActiveSheet(1);
    fake.spreadsheet.sheet('Copy of Insights').api.getRange(1, 30).setValue('mine');
    const copies = ['Copy of Insights', 'Copy of Summary'].map((n) => snapshot(fake, n));
    main.analyzeCustomers();
    expect(['Copy of Insights', 'Copy of Summary'].map((n) => snapshot(fake, n))).toEqual(copies);
    expect(fake.values('Insights')[1]![0]).toBeTruthy();
  });
});

describe('sheets the owner has', () => {
  it('leaves an owner’s sheet named "Insights" untouched and picks another name', () => {
    env = installFake();
    const { fake } = env;
    fake.spreadsheet.addSheet('Insights', [['My own notes', 42]]);
    fake.spreadsheet.addSheet('Purchases', [
      ['Customer', 'Date', 'Amount'],
      ['Ann', new Date('2026-01-05T00:00:00+08:00'), 30],
      ['Ann', new Date('2026-03-05T00:00:00+08:00'), 40],
      ['Bo', new Date('2026-02-01T00:00:00+08:00'), 25],
    ]);
    const before = snapshot(fake, 'Insights');
    main.analyzeCustomers();
    expect(snapshot(fake, 'Insights')).toEqual(before);
    expect(fake.values('Insights (Regulars)')[1]![0]).toBe('Ann');
    main.analyzeCustomers();
    expect(snapshot(fake, 'Insights')).toEqual(before);
    expect(fake.spreadsheet.sheetNames().filter((n) => n.startsWith('Insights'))).toEqual([
      'Insights',
      'Insights (Regulars)',
    ]);
  });

  it('a first data row of unreadable text is not a second header: it and its copies get Data issues lines', () => {
    env = installFake();
    const { fake } = env;
    fake.spreadsheet.addSheet('Purchases', [
      ['Customer', 'Date', 'Amount'],
      ['Walk-in', 'n/a', 'n/a'],
      ['Ann', new Date('2026-01-05T00:00:00+08:00'), 30],
      ['Walk-in', 'n/a', 'n/a'],
      ['Bo', new Date('2026-02-01T00:00:00+08:00'), 25],
      ['Walk-in', 'n/a', 'n/a'],
    ]);
    main.analyzeCustomers();
    const issues = fake.values('Data issues').slice(1);
    const rows = [...new Set(issues.map((r) => r[1]))];
    expect(rows).toEqual([2, 4, 6]);
    for (const r of issues) expect(r[0]).toBe('Purchases');
    expect(
      fake
        .values('Insights')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Ann', 'Bo']);
  });

  it('reads text amounts with the spreadsheet locale (de_DE: "12.500" is 12500; en_US: skipped, said why) and lists a free day', () => {
    const rows = [
      ['Customer', 'Date', 'Amount'],
      ['Ann', new Date('2026-01-05T00:00:00+08:00'), '12.500'],
      ['Ann', new Date('2026-03-05T00:00:00+08:00'), 40],
      ['Ann', new Date('2026-03-20T00:00:00+08:00'), 0],
      ['Bo', new Date('2026-02-01T00:00:00+08:00'), 25],
    ];
    const total = () => {
      const values = env.fake.values('Insights');
      const at = values[0]!.indexOf('Total spent');
      return values.find((r) => r[0] === 'Ann')![at];
    };
    env = installFake({ locale: 'de_DE' });
    env.fake.spreadsheet.addSheet('Purchases', rows);
    main.analyzeCustomers();
    expect(total()).toBe(12540);
    const issues = env.fake.values('Data issues').slice(1);
    // The $0 day is not a purchase day, and is listed.
    expect(issues.find((r) => r[1] === 4)?.slice(3)).toEqual([
      0,
      expect.stringContaining('Amount 0'),
      'not counted as a purchase day',
    ]);
    // …and Analyze's toast counts it, as Data issues lists it (a trial: "Rows with problems: 1" beside two rows listed).
    expect(env.fake.spreadsheet.toasts.at(-1)!.msg).toMatch(
      /Rows with problems: 0\. Rows of days when nothing was paid, not counted as purchase days: 1 \(see Data issues\)\.$/,
    );
    env.uninstall();
    env = installFake({ locale: 'en_US' });
    env.fake.spreadsheet.addSheet('Purchases', rows);
    main.analyzeCustomers();
    expect(total()).toBe(40);
    const skipped = env.fake.values('Data issues').find((r) => r[1] === 2)!;
    expect(skipped[3]).toBe('12.500');
    expect(String(skipped[4])).toContain('could be thousands or decimals');
  });

  it('writes formula-looking and number-looking names as text, never as formulas', () => {
    env = installFake();
    const { fake } = env;
    const names = ['=HYPERLINK("https://evil.example","click")', '+1', '@x', '-x', "'quoted", '007', '=1+2'];
    const day = (d: number) => new Date(Date.UTC(2026, 0, d) - 8 * 3600_000);
    fake.spreadsheet.addSheet('Purchases', [
      ['Customer', 'Date', 'Amount'],
      ...names.flatMap((n, i) => [
        [n, day(i + 1), 10 + i],
        [n, day(i + 20), 12 + i],
      ]),
      ['=bad row', 'not a date', '=SUM(A1:A9)'],
    ]);
    fake.spreadsheet.addSheet('Customers', [
      ['Customer', 'Email'],
      ...names.map((n) => [n, `=IMPORTXML("x")${n}`]),
    ]);
    main.analyzeCustomers();
    for (const sheet of ['Insights', 'Summary', 'Data issues']) {
      expect(fake.spreadsheet.sheet(sheet).formulaCells(), sheet).toEqual([]);
    }
    const insights = fake.values('Insights');
    expect(insights.slice(1).map((r) => r[0])).toEqual(names);
    expect(insights.slice(1).map((r) => r[1])).toEqual(names.map((n) => `=IMPORTXML("x")${n}`));
    const issues = fake.values('Data issues');
    expect(issues.flat()).toContain('=SUM(A1:A9)');
  });
});

describe('without a purchase log', () => {
  it('says which columns are needed and opens the column setup', () => {
    env = installFake();
    env.fake.spreadsheet.addSheet('Orders', [
      ['Customer', 'Date', 'Notes'],
      ['Ann', new Date(), 'x'],
    ]);
    main.analyzeCustomers();
    const alert = env.fake.ui.lastAlert()!;
    expect(alert.prompt).toContain('Customer | Date | Amount');
    expect(alert.prompt).toContain(
      "Sheet \"Orders\" (row 1) has customer (A), date (B) but no amount column. Its headers are 'Customer', 'Date', 'Notes'. If the sheet has that column, rename its header \"Amount\", or choose the columns in Column setup.",
    );
    expect(env.fake.ui.lastSidebar()!.content).toContain('data-start="setup en"');
    expect(env.fake.spreadsheet.sheetNames()).toEqual(['Sheet1', 'Orders']);
  });
});
