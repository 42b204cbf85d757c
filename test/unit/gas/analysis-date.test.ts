// The analysis date saved in Column setup, checked against the log (trial 22): a date before every
// purchase made Analyze write "80/20: 0 of 0 customers bring 0% of revenue" and an empty Insights;
// 2199-01-01 was saved and gave "last purchase 63147 days ago". Column setup now refuses both in the
// sheet's language, Analyze refuses a saved date the log has since left behind, and a past date,
// today and a date a little ahead still work. Today in the fake is 30 June 2026.
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const d = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
const SHEET = [
  ['Customer', 'Date', 'Amount'],
  ['Ann', d('2026-01-10'), 30],
  ['Ann', d('2026-02-10'), 30],
  ['Bob', d('2026-03-03'), 50],
  ['Bob', d('2026-05-01'), 50],
  ['Cy', d('2026-06-01'), 20],
];

function setUp(locale = 'en_US') {
  env = installFake({ locale });
  env.fake.spreadsheet.addSheet('Purchases', SHEET);
  const view = main.getColumnSetup();
  return (asOf: string | null) =>
    main.saveColumnSetup({ purchases: view.purchases, customers: null, feedback: null, asOf });
}

describe('Column setup refuses an analysis date no shop could mean', () => {
  it('before every purchase: says the date and the first purchase, and stores nothing', () => {
    const save = setUp();
    expect(() => save('1900-01-01')).toThrow(
      /^The analysis date 1 January 1900 \(set in Column setup\) is before every purchase \(the first on 10 January 2026\): clear it for today or pick a later date\.$/,
    );
    expect(() => save('2025-12-31')).toThrow(/31 December 2025 .*before every purchase/);
    expect(main.getColumnSetup().asOf).toBeNull();
  });

  it('far ahead: after today and over a year after the last purchase', () => {
    const save = setUp();
    expect(() => save('2199-01-01')).toThrow(
      /^The analysis date 1 January 2199 \(set in Column setup\) is after today and more than a year after the last purchase \(1 June 2026\)/,
    );
    expect(() => save('2036-06-30')).toThrow(/30 June 2036/);
    expect(main.getColumnSetup().asOf).toBeNull();
  });

  it('in the sheet language', () => {
    expect(() => setUp('zh_CN')('1900-01-01')).toThrow(
      /^分析日期 1900年1月1日（在“列设置”中设定）早于所有购买（最早一笔在 2026年1月10日）：请清空它以按今天分析，或改选更晚的日期。$/,
    );
    env?.uninstall();
    expect(() => setUp('zh_TW')('2199-01-01')).toThrow(
      /^分析日期 2199年1月1日（在「欄位設定」中設定）在今天之後，且比最後一筆購買（2026年6月1日）晚一年以上/,
    );
  });

  it('keeps a past date, today, a date a little ahead and one a year after the last purchase', () => {
    const save = setUp();
    for (const asOf of ['2026-03-03', '2026-06-30', '2026-08-15', '2027-06-01']) {
      expect(save(asOf).asOf).toBe(asOf);
      env!.fake.lock.endExecution?.();
      const result = main.analyzeFromSidebar();
      expect(result, asOf).toMatchObject({ ok: true, asOf });
      env!.fake.lock.endExecution?.();
    }
  });
});

describe('Analyze refuses a saved date the log has since left behind', () => {
  it('says so plainly, writes no Summary with "0 of 0 customers", and the menu alerts the same', () => {
    const save = setUp();
    save('2026-01-20');
    env!.fake.lock.endExecution?.();
    // The owner replaces January's rows with later ones: the saved date is now before every purchase.
    const sheet = env!.fake.spreadsheet.getSheetByName('Purchases')!;
    sheet.getRange(2, 2, 2, 1).setValues([[d('2026-03-01')], [d('2026-03-20')]]);
    const result = main.analyzeFromSidebar();
    expect(result).toEqual({
      ok: false,
      message:
        'The analysis date 20 January 2026 (set in Column setup) is before every purchase (the first on 1 March 2026): clear it for today or pick a later date.',
    });
    expect(env!.fake.spreadsheet.getSheetByName('Summary')).toBeNull();
    env!.fake.lock.endExecution?.();
    main.analyzeCustomers();
    expect(env!.fake.ui.alerts.at(-1)?.prompt).toBe((result as { message: string }).message);
    expect(env!.fake.spreadsheet.getSheetByName('Summary')).toBeNull();
  });
});
