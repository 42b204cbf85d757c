// Issue 12, a new-owner trial: text amounts "12.500" (a dot grouping thousands, as de/id/pt-BR write
// them) were read as 12.5 in any locale, and "1,250" as 1250. Text amounts are now read with the
// spreadsheet locale's decimal mark, as dates are read with its day/month order; a text the locale
// cannot settle (its decimal mark with three decimals) is skipped with a reason. Numbers are unaffected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { customerInsights } from '../../../src/core/formulas/formulas';
import { INSIGHT_COLUMNS } from '../../../src/core/i18n/labels';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { describeIssue } from '../../../src/core/input/issue-messages';
import { decimalMarkOfLocale, readAmount } from '../../../src/core/input/parse-amount';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';

describe('the decimal mark of a spreadsheet locale', () => {
  it.each([
    ['en_US', '.'],
    ['en_GB', '.'],
    ['zh_CN', '.'],
    ['zh_TW', '.'],
    ['ja_JP', '.'],
    ['de_DE', ','],
    ['de_CH', '.'],
    ['id_ID', ','],
    ['in_ID', ','],
    ['pt_BR', ','],
    ['fr_FR', ','],
    ['es_ES', ','],
    ['es_MX', '.'],
    ['it_IT', ','],
    ['ru_RU', ','],
    ['', undefined],
  ])('%s: %s', (locale, mark) => {
    expect(decimalMarkOfLocale(locale)).toBe(mark);
  });
});

describe('text amounts read by the locale', () => {
  it('"12.500" is 12500 in a comma-decimal sheet and cannot be settled in a point-decimal one; "1,250" the other way round', () => {
    expect(readAmount('12.500', ',')).toBe(12500);
    expect(readAmount('12.500', '.')).toBe('ambiguous_separator');
    expect(readAmount('1,250', '.')).toBe(1250);
    expect(readAmount('1,250', ',')).toBe('ambiguous_separator');
    expect(readAmount('€ 12.500', ',')).toBe(12500);
    expect(readAmount('Rp 12.500', ',')).toBe(12500);
    expect(readAmount('-$1,250', '.')).toBe(-1250);
    expect(readAmount('(12.500)', ',')).toBe(-12500);
    // Unambiguous texts read the same in every locale.
    for (const mark of ['.', ','] as const) {
      expect(readAmount('1.250,00', mark)).toBe(1250);
      expect(readAmount('1,250.00', mark)).toBe(1250);
      expect(readAmount('12,5', mark)).toBe(12.5);
      expect(readAmount('12.50', mark)).toBe(12.5);
      expect(readAmount('1.234.567', mark)).toBe(1234567);
      expect(readAmount('1234.567', mark)).toBe(1234.567);
      expect(readAmount(12.5, mark)).toBe(12.5);
    }
    // Without a locale, the locale-free rules of parse-amount.ts stand.
    expect(readAmount('12.500')).toBe(12.5);
    expect(readAmount('1,250')).toBe(1250);
  });

  it('any lone separator between 1–3 digits and exactly three: the thousands mark groups, the decimal mark is not guessed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('.', ','),
        fc.constantFrom('.' as const, ',' as const),
        (whole, three, mark, decimal) => {
          const text = `${whole}${mark}${String(three).padStart(3, '0')}`;
          const read = readAmount(text, decimal);
          if (mark === decimal) expect(read).toBe('ambiguous_separator');
          else expect(read).toBe(whole * 1000 + three);
          // A number cell is never read through text.
          expect(readAmount(whole + three / 1000, decimal)).toBe(whole + three / 1000);
        },
      ),
    );
  });
});

describe('a log read with the locale', () => {
  const AS_OF = dayFromCivil(2026, 6, 30);
  const grid: CellValue[][] = [
    ['Customer', 'Date', 'Amount'],
    ['Ana', isoOfDay(AS_OF - 30), '12.500'],
    ['Ana', isoOfDay(AS_OF - 10), 'Rp 7.250'],
    ['Bo', isoOfDay(AS_OF - 20), 30],
  ];

  it('id_ID through CUSTOMER_INSIGHTS: Ana spent 19,750; en_US: her rows are skipped with the reason, in every language', () => {
    const asOfDate = new Date(Date.UTC(2026, 5, 30));
    const env = (locale: string) => ({ timeZone: 'UTC', locale, now: asOfDate });
    const total = (locale: string) => {
      const [, ...rows] = customerInsights(grid, asOfDate, 'en', env(locale));
      return rows.find((r) => r[0] === 'Ana')?.[INSIGHT_COLUMNS.indexOf('totalSpent')];
    };
    expect(total('id_ID')).toBe(19750);
    expect(total('en_US')).toBeUndefined();
    const analysis = analyzePurchases(grid, {
      timeZone: 'UTC',
      dateOrder: 'YMD',
      decimalMark: '.',
      asOfDay: AS_OF,
    });
    const issues = analysis.log.issues.filter((i) => i.problem === 'ambiguous_separator');
    expect(issues.map((i) => [i.row, i.value, i.action, i.customerKey])).toEqual([
      [2, '12.500', 'skipped', 'ana'],
      [3, 'Rp 7.250', 'skipped', 'ana'],
    ]);
    for (const language of LANGUAGES) {
      expect(describeIssue(issues[0]!, language, ANALYZE_TEXTS.issues)).toContain('12.500');
    }
    expect(describeIssue(issues[0]!, 'en', ANALYZE_TEXTS.issues)).toContain('could be thousands or decimals');
  });
});
