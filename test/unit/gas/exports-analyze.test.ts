// Each export fixture pasted raw into a sheet of the Apps Script fake, then "Analyze customers" with
// no column setup: the Insights sheet has the hand-written customers (expected.json) with their
// names, purchase days, net spend and emails, and Data issues lists every excluded row with its
// reason under its own heading, apart from the problems.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXCLUDED_TEXTS } from '../../../src/core/exports/exclusion-texts';
import { INSIGHT_COLUMNS, type InsightColumn, insightHeaders } from '../../../src/core/i18n/labels';
import { languageOfLocale } from '../../../src/core/i18n/language';
import { fill, REPORT_TEXTS, SHEET_NAMES } from '../../../src/core/report/report-texts';
import { sampleCellValue } from '../../../src/core/sample/sample-workbook';
import * as main from '../../../src/gas/main';
import { expectedExclusions, exportFixtures } from '../../support/export-fixtures';
import { FakeRange } from '../../support/gas-fake/range';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('Analyze customers on raw exports (no setup step)', () => {
  for (const f of exportFixtures()) {
    it(`${f.platform}/${f.file}`, () => {
      env = installFake({ timeZone: f.timeZone, locale: f.locale, now: `${f.asOf}T12:00:00Z` });
      const { fake } = env;
      const grid = f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone)));
      fake.spreadsheet.addSheet('Orders export', grid);
      if (f.expected.exclude) return; // owner rules come from the column setup; see the setup test
      main.analyzeCustomers();
      // Sheet names and headers follow the spreadsheet's language.
      const lang = languageOfLocale(f.locale);
      const named = (column: InsightColumn) =>
        insightHeaders(lang, 90, 365)[INSIGHT_COLUMNS.indexOf(column)]!;
      const [customer, first, last, days, spent] = (
        ['customer', 'firstPurchase', 'lastPurchase', 'purchaseDays', 'totalSpent'] as const
      ).map(named);
      const emailHeader = REPORT_TEXTS[lang].email;
      const insights = fake.values(SHEET_NAMES[lang].insights);
      const header = insights[0]!;
      const col = (name: string) => header.indexOf(name);
      // Contacts come from the export itself when it has an email column (there is no customer sheet).
      if (f.expected.customers.some((c) => c.email)) expect(col(emailHeader)).toBeGreaterThanOrEqual(0);
      const iso = (d: unknown) =>
        new Intl.DateTimeFormat('en-CA', {
          timeZone: f.timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }).format(d as Date);
      const rows = insights.slice(1).map((r) => ({
        name: r[col(customer!)],
        first: iso(r[col(first!)]),
        last: iso(r[col(last!)]),
        days: r[col(days!)],
        net: r[col(spent!)],
        ...(col(emailHeader) >= 0 ? { email: r[col(emailHeader)] } : {}),
      }));
      expect(rows).toEqual(
        f.expected.customers.map((c) => ({
          name: c.name,
          first: c.days[0],
          last: c.days[c.days.length - 1],
          days: c.days.length,
          net: c.net,
          ...(col(emailHeader) >= 0 ? { email: c.email ?? '' } : {}),
        })),
      );
      const issues = fake.values(SHEET_NAMES[lang].dataIssues);
      const headingAt = issues.findIndex((r) => r[0] === EXCLUDED_TEXTS[lang].heading);
      const excludedRows = headingAt < 0 ? [] : issues.slice(headingAt + 1);
      const reasons = f.expected;
      expect(excludedRows.length).toBe(expectedExclusions(reasons).length);
      expect(excludedRows.map((r) => r[1]).sort((a, b) => Number(a) - Number(b))).toEqual(
        Object.values(reasons.excluded)
          .flat()
          .sort((a, b) => a - b),
      );
      const problems = (headingAt < 0 ? issues : issues.slice(0, headingAt))
        .slice(1)
        .filter((r) => typeof r[1] === 'number');
      expect([...new Set(problems.map((r) => r[1]))]).toEqual(f.expected.problems);
      // The toast counts the rows left out on purpose and names the sheet that lists them.
      const toast = fake.spreadsheet.toasts.at(-1)!.msg;
      const leftOut = fill(REPORT_TEXTS[lang].doneLeftOut, {
        excluded: excludedRows.length,
        sheet: SHEET_NAMES[lang].dataIssues,
      });
      if (excludedRows.length > 0) expect(toast.endsWith(leftOut)).toBe(true);
      else
        expect(toast).not.toContain(
          fill(REPORT_TEXTS[lang].doneLeftOut, { excluded: '', sheet: '' }).slice(0, 10),
        );
    });
  }
});

describe('owner-chosen exclusions in the column setup', () => {
  it('a top-up is left out by default; "ignore rows where 类型 is 会员充值" is still stored and applied', () => {
    const f = exportFixtures().find((x) => x.file === '收银流水_2024Q1.csv')!;
    env = installFake({ timeZone: f.timeZone, locale: f.locale, now: `${f.asOf}T12:00:00Z` });
    const { fake } = env;
    fake.spreadsheet.addSheet(
      'Orders export',
      f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone))),
    );
    // Detected with no setup: the POS ledger profile, 类型 as the type column.
    const view = main.getColumnSetup(null);
    expect(view.purchases?.profile).toBe('pos');
    const typeColumn = view.purchases!.columns.type!;
    expect(f.rows[0]![typeColumn]).toBe('类型');
    // Before any rule, the ¥2,000 top-up is already left out (a top-up, not a purchase), and listed.
    main.analyzeCustomers();
    const spentOf = (name: string) => {
      const sheet = fake.values(SHEET_NAMES['zh-CN'].insights);
      const h = insightHeaders('zh-CN', 90, 365);
      const row = sheet.find((r) => r[0] === name)!;
      return row[sheet[0]!.indexOf(h[INSIGHT_COLUMNS.indexOf('totalSpent')]!)];
    };
    expect(spentOf('王芳')).toBe(84);
    const topUpRow = fake.values(SHEET_NAMES['zh-CN'].dataIssues).find((r) => r[1] === 5)!;
    expect(topUpRow[4]).toBe('储值充值（“会员充值”）：消费时才计入，充值时不计入');
    main.saveColumnSetup({
      purchases: { ...view.purchases!, exclude: [{ column: typeColumn, values: ['会员充值'] }] },
    });
    expect(main.getColumnSetup(null).purchases?.exclude).toEqual([
      { column: typeColumn, values: ['会员充值'] },
    ]);
    main.analyzeCustomers();
    expect(spentOf('王芳')).toBe(84);
    const issues = fake.values(SHEET_NAMES['zh-CN'].dataIssues);
    const ruleRow = issues.find((r) => r[1] === 5)!;
    expect(ruleRow[4]).toBe('符合您设置的规则：忽略含“会员充值”的行');
  });
});

describe('several tabs of the same export', () => {
  it('monthly tabs with an overlap are one purchase log: each order once, rows reported on their own tab', () => {
    const f = exportFixtures().find((x) => x.file === 'orders_2024.csv')!;
    env = installFake({ timeZone: f.timeZone, locale: f.locale, now: `${f.asOf}T12:00:00Z` });
    const { fake } = env;
    const grid = f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone)));
    // File rows 1–10 in one tab; the header and file rows 9–16 (two orders again) in the next.
    fake.spreadsheet.addSheet('Mar-Apr', grid.slice(0, 10));
    fake.spreadsheet.addSheet('May-Jun', [grid[0]!, ...grid.slice(8)]);
    // Column setup says which tabs are read together.
    expect(main.getColumnSetup(null).detection).toMatchObject({
      profile: 'shopify',
      confidence: 'high',
      verified: true,
      moreTabs: ['May-Jun'],
    });
    main.analyzeCustomers();
    const insights = fake.values('Insights');
    const days = insights[0]!.indexOf('Purchase days');
    const spent = insights[0]!.indexOf('Total spent');
    expect(insights.slice(1).map((r) => [r[0], r[days], r[spent]])).toEqual(
      f.expected.customers.map((c) => [c.name, c.days.length, c.net]),
    );
    const issues = fake.values('Data issues');
    const heading = issues.findIndex((r) => r[0] === EXCLUDED_TEXTS.en.heading);
    const excluded = issues
      .slice(heading + 1)
      .map((r) => `${r[0]} ${r[1]}`)
      .sort();
    expect(excluded).toEqual(
      [
        'Mar-Apr 4', // #1002 pending
        'Mar-Apr 9', // #1004, older copy
        'Mar-Apr 10', // #1005, older copy
        'May-Jun 2', // #1004 voided
        'May-Jun 3', // #1005 refunded
        'May-Jun 6', // #1008 cancelled
        'May-Jun 7', // #1009 EUR
        'May-Jun 8', // #1010 no customer
      ].sort(),
    );
  });
});

describe('a plain log with amounts in two currencies', () => {
  const toastEnd = {
    en_US: 'Rows with problems: 0. Rows left out on purpose: 1 (see Data issues).',
    zh_CN: '有问题的行：0。有意排除的行：1（见“数据问题”）。',
    zh_TW: '有問題的列：0。刻意排除的列：1（見「資料問題」）。',
  } as const;
  const said = {
    en_US: 'Paid in €; this analysis is in $, and amounts in different currencies are never added up',
    zh_CN: '以 € 付款；本次分析使用 $，不同币种的金额不会相加',
    zh_TW: '以 € 付款；本次分析使用 $，不同幣別的金額不會相加',
  } as const;
  for (const [locale, sentence] of Object.entries(said)) {
    it(`${locale}: the € row is listed in Data issues and not added to the dollars`, () => {
      env = installFake({ timeZone: 'UTC', locale, now: '2024-06-30T12:00:00Z' });
      const { fake } = env;
      fake.spreadsheet.addSheet('Purchases', [
        ['Customer', 'Date', 'Amount'],
        ['Ann', '2024-03-01', '$60'],
        ['Ann', '2024-04-01', '$65'],
        ['Ann', '2024-05-01', '€15'],
        ['Ann', '2024-06-01', '$70'],
      ]);
      main.analyzeCustomers();
      const lang = languageOfLocale(locale);
      const insights = fake.values(SHEET_NAMES[lang].insights);
      const spent = insightHeaders(lang, 90, 365)[INSIGHT_COLUMNS.indexOf('totalSpent')]!;
      expect(insights[1]![insights[0]!.indexOf(spent)]).toBe(195);
      const issues = fake.values(SHEET_NAMES[lang].dataIssues);
      const euroRow = issues.find((r) => r[1] === 4)!;
      expect(euroRow[4]).toBe(sentence);
      // Analyze's toast counts that row, next to the problems.
      expect(fake.spreadsheet.toasts.at(-1)!.msg.endsWith(toastEnd[locale as keyof typeof toastEnd])).toBe(
        true,
      );
    });
  }

  it('the same with an email and an opt-out column (read as an export: contacts in the log)', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2024-06-30T12:00:00Z' });
    const { fake } = env;
    fake.spreadsheet.addSheet('Sales', [
      ['Date', 'Customer', 'Email', 'Amount', 'Unsubscribed'],
      ['2024-03-01', 'Eve Fox', 'eve@example.com', '$60.00', ''],
      ['2024-04-01', 'Eve Fox', 'eve@example.com', '$65.00', ''],
      ['2024-05-01', 'Eve Fox', 'eve@example.com', '€15.00', ''],
      ['2024-06-01', 'Eve Fox', 'eve@example.com', '$70.00', ''],
      ['2024-06-02', 'Bo Hart', 'bo@example.com', '$20.00', 'yes'],
    ]);
    main.analyzeCustomers();
    const insights = fake.values(SHEET_NAMES.en.insights);
    const spent = insightHeaders('en', 90, 365)[INSIGHT_COLUMNS.indexOf('totalSpent')]!;
    const eve = insights.find((r) => r[0] === 'Eve Fox')!;
    expect(eve[insights[0]!.indexOf(spent)]).toBe(195);
    const issues = fake.values(SHEET_NAMES.en.dataIssues);
    expect(issues.find((r) => r[1] === 4)![4]).toBe(said.en_US);
  });
});

describe('a plain log whose amounts carry their currency as typed text', () => {
  it('shows money in that currency, taken from the cells already read (one getValues of the log)', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2024-06-30T12:00:00Z' });
    const { fake } = env;
    fake.spreadsheet.addSheet('Purchases', [
      ['Customer', 'Date', 'Amount'],
      ['Ann', '2024-03-01', '¥436.00'],
      ['Ann', '2024-04-01', '¥ 1,280.00'],
      ['Bo', '2024-05-01', '¥60.00'],
    ]);
    const getValues = vi.spyOn(FakeRange.prototype, 'getValues');
    try {
      main.analyzeCustomers();
      // The log is read whole; its amount cells (column C) are not read again on their own.
      const reads = (getValues.mock.contexts as FakeRange[])
        .filter((range) => range.sheet.getName() === 'Purchases')
        .map((range) => [range.column, range.numColumns]);
      expect(reads).toContainEqual([1, 3]);
      expect(reads).not.toContainEqual([3, 1]);
    } finally {
      getValues.mockRestore();
    }
    const insights = fake.values(SHEET_NAMES.en.insights);
    const spent = insights[0]!.indexOf(insightHeaders('en', 90, 365)[INSIGHT_COLUMNS.indexOf('totalSpent')]!);
    const ann = insights.findIndex((r) => r[0] === 'Ann');
    expect(insights[ann]![spent]).toBe(1716);
    expect(fake.spreadsheet.sheet(SHEET_NAMES.en.insights).cell(ann + 1, spent + 1).numberFormat).toContain(
      '¥',
    );
  });
});

describe('the customer card on an export keyed by email', () => {
  it('selected by the name Insights shows, it is that customer’s card (a trial got "has no purchases")', () => {
    const f = exportFixtures().find((x) => x.file === 'orders_2024.csv')!;
    env = installFake({ timeZone: f.timeZone, locale: f.locale, now: `${f.asOf}T12:00:00Z` });
    env.fake.spreadsheet.addSheet(
      'Orders export',
      f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone))),
    );
    main.analyzeCustomers();
    const alice = f.expected.customers.find((c) => c.name === 'Alice Wong')!;
    const byName = main.getCustomerCard({ key: 'Alice Wong' }).card;
    expect(byName).toMatchObject({ label: 'Alice Wong', insight: { purchaseDays: alice.days.length } });
    expect(byName!.history.length).toBeGreaterThan(0);
    expect(main.getCustomerCard({ key: alice.email! }).card).toEqual(byName);
  });
});
