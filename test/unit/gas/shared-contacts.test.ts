// One person, two customers (trial 20, defect 2): a log keyed by name whose Email column has one
// address under "Alice Wong" and "Alice W." counted two customers without a word. Analyze's Data
// issues now says, once per address (or phone) under two or more customers, which customers carry it
// and what to do if they are one person; the customers stay apart (two names may share a family's
// address). Through the Apps Script fake, in en, zh-CN and zh-TW.
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_TEXTS, SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const LOG = [
  ['Date', 'Customer', 'Email', 'Phone', 'Amount'],
  [day('2026-01-05'), 'Alice Wong', 'alice@x.com', '', 40],
  [day('2026-02-05'), 'alice wong ', '', '', 35],
  [day('2026-03-20'), 'Alice W.', 'ALICE@x.com', '', 10],
  [day('2026-04-10'), 'Bob', 'bob@x.com', '+1 415 555 0101', 100],
  [day('2026-05-10'), 'Robert', '', ' +1 (415) 555-0101', 20],
  [day('2026-06-10'), 'Robert', 'rob@x.com', '', 20],
  [day('2026-06-11'), 'Carol', 'carol@x.com', '', 25],
];

const EXPECTED: Record<string, string[][]> = {
  en_US: [
    [
      'Email',
      'alice@x.com',
      'alice@x.com is under 2 customers: Alice Wong, Alice W. — if they are one person, write them the same way in the customer column',
      'kept as separate customers',
    ],
  ],
  zh_CN: [
    [
      '邮箱',
      'alice@x.com',
      'alice@x.com 出现在 2 位客户名下：Alice Wong、Alice W.——如果是同一个人，请在客户列中写成一样',
      '仍按不同客户分析',
    ],
  ],
  zh_TW: [
    [
      '電子郵件',
      'alice@x.com',
      'alice@x.com 出現在 2 位客戶名下：Alice Wong、Alice W.——如果是同一個人，請在客戶欄中寫成一樣',
      '仍按不同客戶分析',
    ],
  ],
};

describe('Data issues: one email under two customers', () => {
  for (const [locale, lang] of [
    ['en_US', 'en'],
    ['zh_CN', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
  ] as const) {
    it(`one line per shared address, the customers not merged (${locale})`, () => {
      env = installFake({ timeZone: 'UTC', locale, now: '2026-11-28T12:00:00Z' });
      env.fake.spreadsheet.addSheet('Orders', LOG);
      main.analyzeCustomers();
      const issues = env.fake.values(SHEET_NAMES[lang].dataIssues);
      const shared = issues.filter((r) => String(r[4]).includes('alice@x.com'));
      expect(shared.map((r) => [r[2], r[3], r[4], r[5]])).toEqual(EXPECTED[locale]);
      expect(shared[0]![2]).toBe(REPORT_TEXTS[lang].email);
      expect(shared[0]![1]).toBe(2);
      const insights = env.fake.values(SHEET_NAMES[lang].insights);
      const names = insights.slice(1).map((r) => r[0]);
      expect(names).toEqual(expect.arrayContaining(['Alice Wong', 'Alice W.', 'Bob', 'Robert', 'Carol']));
    });
  }

  it('a phone under two customers is said too, in digits; an address of one customer is not', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
    env.fake.spreadsheet.addSheet('Orders', LOG);
    main.analyzeCustomers();
    const issues = env.fake.values(SHEET_NAMES.en.dataIssues);
    const phone = issues.filter((r) => r[2] === 'Phone');
    expect(phone.map((r) => [r[1], r[3], r[4]])).toEqual([
      [
        5,
        '14155550101',
        '14155550101 is under 2 customers: Bob, Robert — if they are one person, write them the same way in the customer column',
      ],
    ]);
    expect(issues.some((r) => String(r[3]).includes('carol@x.com'))).toBe(false);
  });
});
