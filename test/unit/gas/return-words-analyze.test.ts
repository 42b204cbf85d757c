// Trial 25 through Analyze: the same cells under a Status column and under a Notes column. Under
// Status, 'Return' and 退货 were unknown statuses (so purchases); under Notes, 退货已取消 ("return
// cancelled") left the sale out as a cancelled order; and the toast counted nine "Rows with
// problems" on a sheet whose every row was used, the notes that only mention a return among them.
import { afterEach, describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../../src/core/input/issue-messages';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T04:00:00Z`);

const ROWS = [
  ['Ann', day('2023-01-05'), 100, ''],
  ['Ann', day('2023-01-10'), 20, 'Return'],
  ['Cy', day('2023-01-07'), 80, ''],
  ['Cy', day('2023-02-07'), 30, '退货'],
  ['Eve', day('2023-01-09'), 40, ''],
  ['Eve', day('2023-02-09'), 40, 'no return'],
  ['Gus', day('2023-01-11'), 90, ''],
  ['Gus', day('2023-02-11'), 90, '退货已取消'],
  ['Hoy', day('2023-01-12'), 60, ''],
  ['Hoy', day('2023-02-12'), 60, 'return cancelled'],
  ['Jo', day('2023-01-14'), 25, ''],
  ['Jo', day('2023-02-14'), 25, 'return visit'],
];
const TOAST_PROBLEMS = {
  en: /Rows with problems: (\d+)/,
  'zh-CN': /有问题的行：(\d+)/,
  'zh-TW': /有問題的列：(\d+)/,
} as const;

function analyze(locale: 'en_US' | 'zh_CN' | 'zh_TW', column: string) {
  env = installFake({ timeZone: 'UTC', locale, now: '2023-06-30T12:00:00Z' });
  env.fake.spreadsheet.addSheet('Sales', [['Customer', 'Date', 'Amount', column], ...ROWS]);
  main.analyzeCustomers();
}

describe('return, refund and cancel words read alike under Status and Notes', () => {
  for (const [locale, lang] of [
    ['en_US', 'en'],
    ['zh_CN', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
  ] as const) {
    for (const column of ['Status', 'Notes']) {
      it(`${locale}, ${column}: 'Return' and 退货 are returns; a cancelled return leaves the sale`, () => {
        analyze(locale, column);
        const names = SHEET_NAMES[lang];
        const spent = new Map(env!.fake.values(names.insights).map((r) => [r[0], r[11]]));
        expect(spent.get('Ann')).toBe(80);
        expect(spent.get('Cy')).toBe(50);
        expect(spent.get('Gus')).toBe(180);
        expect(spent.get('Hoy')).toBe(120);
        expect(spent.get('Eve')).toBe(80);
        // No word of the shared table is listed among the statuses Regulars does not know (one line
        // per such status, the status as its value).
        const said = ANALYZE_TEXTS.excluded[lang].unknownStatuses;
        const unknown = env!.fake
          .values(names.dataIssues)
          .filter((r) => String(r[4]).startsWith(said.slice(0, said.indexOf('{'))))
          .map((r) => String(r[3]));
        for (const word of ['Return', '退货', '退货已取消', 'return cancelled'])
          expect(unknown).not.toContain(word);
        // The formulas read the same.
        const grid = [['Customer', 'Date', 'Amount', column], ...ROWS];
        const formula = main.CUSTOMER_INSIGHTS(grid, '2023-06-30', lang, '') as unknown[][];
        const fspent = new Map(formula.map((r) => [r[0], r[11]]));
        expect([fspent.get('Ann'), fspent.get('Cy'), fspent.get('Gus'), fspent.get('Hoy')]).toEqual([
          80, 50, 180, 120,
        ]);
      });
    }

    it(`${locale}: the toast counts no row whose note was read as meant`, () => {
      analyze(locale, 'Notes');
      // The cancelled return is said as one, and its sale counted.
      const gus = env!.fake.values(SHEET_NAMES[lang].dataIssues).find((r) => r[3] === '退货已取消')!;
      expect(gus[4]).toBe(ISSUE_MESSAGES.note_return_cancelled[lang].replace('{value}', '退货已取消'));
      expect(gus[5]).toBe(ANALYZE_TEXTS.issues.actions.counted[lang]);
      const toast = env!.fake.spreadsheet.toasts.at(-1)!.msg;
      // Ann's and Cy's notes made their rows the returns they say; Eve's 'no return', Jo's 'return
      // visit' and the two cancelled returns were counted as written: each row used as the owner
      // meant. Leftovers 29: the two returns were counted as problems ("Rows with problems: 2").
      expect(Number(TOAST_PROBLEMS[lang].exec(toast)?.[1]), toast).toBe(0);
      // Each is still listed for checking, with what was done.
      const listed = env!.fake.values(SHEET_NAMES[lang].dataIssues).filter((r) => typeof r[1] === 'number');
      expect(listed.map((r) => r[5])).toEqual([
        ...Array(2).fill(ANALYZE_TEXTS.issues.actions.returned[lang]),
        ...Array(4).fill(ANALYZE_TEXTS.issues.actions.counted[lang]),
      ]);
    });
  }
});
