// A backup copy of the purchase tab ("Copy of Purchases", as Sheets' Duplicate names it) is not read
// with the log: no total doubles, no email states a doubled amount, and Data issues names the copy
// (trial 19 D2: Ann's 90 became 180, and "You have spent 180.00 with us" went in the preview).
import { afterEach, describe, expect, it } from 'vitest';
import { EXCLUDED_TEXTS } from '../../../src/core/exports/exclusion-texts';
import * as server from '../../../src/gas/followups/server';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
const PURCHASES = [
  ['Customer', 'Date', 'Amount', 'Product'],
  ['Ann Lee', day('2026-01-10'), 30, 'Tea'],
  ['Ann Lee', day('2026-02-10'), 30, 'Tea'],
  ['Ann Lee', day('2026-03-12'), 30, 'Tea'],
  ['Bob Ray', day('2026-06-10'), 25, 'Tea'],
];

function shop(locale?: string) {
  env = installFake(locale ? { locale } : {});
  const { fake } = env;
  fake.spreadsheet.addSheet('Customers', [
    ['Customer', 'Email', 'Opt-out'],
    ['Ann Lee', 'ann@x.com', ''],
    ['Bob Ray', 'bob@x.com', ''],
  ]);
  fake.spreadsheet.addSheet('Purchases', PURCHASES);
  const api = fake.spreadsheet.api;
  return { fake, api };
}

describe('a backup copy of the purchase tab', () => {
  it('changes no total, no email, and Data issues names it', () => {
    const { fake, api } = shop();
    main.analyzeCustomers();
    const before = fake.values('Insights');
    api.getSheetByName('Purchases')!.copyTo(api).setName('Copy of Purchases');
    main.analyzeCustomers();
    expect(fake.values('Insights')).toEqual(before);
    const issues = fake.values('Data issues');
    expect(issues.find((r) => r[0] === 'Copy of Purchases')).toEqual([
      'Copy of Purchases',
      '',
      '',
      '',
      'Every row of this tab is also in "Purchases": a copy, not more purchases',
      'tab not read (its rows are not counted twice)',
    ]);
    expect(issues.some((r) => r[0] === EXCLUDED_TEXTS.en.heading)).toBe(false);
    // The toast after Analyze says so too.
    expect(fake.spreadsheet.toasts.at(-1)?.msg).toMatch(
      /Rows with problems: 0\. Tabs not read, as copies of others: "Copy of Purchases" \(see Data issues\)\.$/,
    );
    // Column setup says so too: not "read together".
    expect(main.getColumnSetup(null).detection).toMatchObject({
      moreTabs: [],
      copies: [{ sheet: 'Copy of Purchases', of: ['Purchases'], rows: 4, repeated: 4 }],
    });
    // The email's total is Ann's own.
    const envOf = { now: () => fake.clock.now() };
    server.saveFollowUpSettingsWith({
      shopName: 'Tea Shop',
      signature: 'Mei',
      postalAddress: '1 Lane\nTown',
    });
    const templates = fake.spreadsheet.sheet(server.openFollowUpTemplatesWith(envOf)).api;
    templates.appendRow([
      'spent',
      'en',
      'other',
      'Spent',
      'Thank you, {{name}}',
      'You have spent {{total spent}} with us.',
    ]);
    const preview = server.previewFollowUpsWith(envOf, {
      audience: { kind: 'tier', tier: 'key' },
      templateId: 'spent',
      language: 'en',
    });
    const ann = preview.recipients.find((r) => r.label === 'Ann Lee')!;
    expect(ann.textBody.split('\n')[0]).toBe('You have spent 90.00 with us.');
  });

  it('an older copy the log has grown past, in Chinese: left out and named', () => {
    const { fake, api } = shop('zh_CN');
    api.insertSheet('Purchases 的副本').getRange(1, 1, 3, 4).setValues(PURCHASES.slice(0, 3));
    main.analyzeCustomers();
    const issues = fake.values('数据问题');
    expect(issues.find((r) => r[0] === 'Purchases 的副本')?.[4]).toBe(
      '此工作表的每一行也都在“Purchases”中：是副本，不是更多的购买',
    );
    const insights = fake.values('客户洞察');
    const spent = insights[0]!.indexOf('累计消费');
    expect(insights.find((r) => r[0] === 'Ann Lee')?.[spent]).toBe(90);
  });
});
