// An analysed customer with a row that could not be read (trial 20: Dan's second row's amount was
// "paid cash") is told what was wrong in the note of their why in Analyze's Insights, not the list
// of what it might have been ("unreadable, dated after the analysis date, or in another currency").
import { afterEach, describe, expect, it } from 'vitest';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const LOG = [
  ['Date', 'Customer', 'Amount'],
  [day('2026-10-01'), 'Dan', 60],
  [day('2026-11-01'), 'Dan', 'paid cash'],
  [day('2026-09-01'), 'Ann', 30],
  [day('2026-10-15'), 'Ann', 30],
];

describe("Analyze's Insights: the why's note names the problem", () => {
  for (const [locale, lang, note] of [
    [
      'en_US',
      'en',
      ' One more row of theirs in the log is not counted here (row 3): amount not readable (paid cash).',
    ],
    ['zh_CN', 'zh-CN', '记录中另有 1 行未计入（第 3 行）：金额无法识别（paid cash）。'],
    ['zh_TW', 'zh-TW', '紀錄中另有 1 列未計入（第 3 列）：金額無法辨識（paid cash）。'],
  ] as const) {
    it(locale, () => {
      env = installFake({ timeZone: 'UTC', locale, now: '2026-11-28T12:00:00Z' });
      env.fake.spreadsheet.addSheet('Orders', LOG);
      main.analyzeCustomers();
      const insights = env.fake.values(SHEET_NAMES[lang].insights);
      const dan = insights.find((r) => r[0] === 'Dan')!;
      expect(String(dan[2]).endsWith(note)).toBe(true);
      const ann = insights.find((r) => r[0] === 'Ann')!;
      expect(String(ann[2])).not.toMatch(/not counted|未[计計]入/);
    });
  }
});
