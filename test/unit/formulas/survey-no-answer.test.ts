// Trial 21, LOYALTY_SCORE's survey columns: the error for a score it cannot read named the value and
// the scale but not where it was; the words owners type for "no answer" (N/A, 无, 不適用, "-") were
// errors; and Analyze read an unreadable survey cell of the customer sheet as no answer without a word.
// Now: the error names the row of the range, in the sheet's language; those words are no answer
// (loyalty/no-answer.ts); out-of-scale numbers and other text stay errors; Analyze's Data issues
// names each cell it could not read and what was done.
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';
import { LANGUAGES, type Language } from '../../../src/core/i18n/language';
import { NO_ANSWER_WORDS } from '../../../src/core/loyalty/no-answer';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { readProfiles, type UnreadSurveyCell } from '../../../src/core/report/customer-sheets';
import { dataIssueRows } from '../../../src/core/report/data-issues';
import { insightsTable } from '../../../src/core/report/insights-table';
import { dayFromCivil } from '../../../src/core/time/civil';

const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Ann', new Date(Date.UTC(2024, 0, 5)), 60],
  ['Ann', new Date(Date.UTC(2024, 2, 5)), 40],
  ['Bob', new Date(Date.UTC(2024, 1, 1)), 25],
  ['Cy', new Date(Date.UTC(2024, 3, 1)), 35],
];
const CUSTOMERS: CellValue[][] = [['Ann'], ['Bob'], ['Cy']];
const env = (locale = 'en_US') => ({ timeZone: 'UTC', locale, now: new Date('2024-06-30T12:00:00Z') });
const BLANK: CellValue[][] = [[''], [''], ['']];
const score = (satisfaction: CellValue[][], recommend: CellValue[][] = BLANK, locale?: string) =>
  formulas.loyaltyScoreFormula(CUSTOMERS, LOG, satisfaction, recommend, undefined, env(locale));

describe('LOYALTY_SCORE: where an unreadable score is, and the words for no answer', () => {
  it('the error names the row of the range, the value and the scale, in the sheet’s language', () => {
    expect(() => score([[5], [7], ['']])).toThrow(
      /^satisfaction must be a score from 1 to 5 .*got "7" in row 2 of the satisfaction range\.$/,
    );
    expect(() => score([[5], [4], [0]], BLANK, 'zh_CN')).toThrow(/satisfaction 区域第 3 行收到的是"0"。$/);
    expect(() => score([[7], [''], ['']], BLANK, 'zh_TW')).toThrow(
      /satisfaction 範圍第 1 列收到的是「7」。$/,
    );
    expect(() => score(BLANK, [[''], [''], [11]])).toThrow(
      /^recommend must be a score from 0 to 10 .*got "11" in row 3 of the recommend range\.$/,
    );
    expect(() => score(BLANK, [['great'], [''], ['']], 'zh_CN')).toThrow(
      /recommend 区域第 1 行收到的是"great"。$/,
    );
  });

  it('N/A, NA, -, —, 无, 不适用, 無, 不適用 and blank are no answer; out-of-scale numbers and other text stay errors', () => {
    const plain = score(BLANK);
    expect(NO_ANSWER_WORDS).toEqual(
      expect.arrayContaining(['N/A', 'NA', '-', '—', '无', '不适用', '無', '不適用']),
    );
    // Full-width forms as a Chinese keyboard types them too (trial 23: "Ｎ/Ａ" was an error).
    for (const word of [
      'N/A',
      'n/a',
      'NA',
      'na',
      '-',
      '—',
      '无',
      '不适用',
      '無',
      '不適用',
      ' N/A ',
      'Ｎ/Ａ',
      'ｎ／ａ',
      '－',
    ]) {
      expect(score([[word], [word], [word]]), word).toEqual(plain);
      expect(score(BLANK, [[word], [word], [word]]), word).toEqual(plain);
    }
    for (const bad of [0, 7, 'great', '6/5']) expect(() => score([[bad], [''], ['']]), String(bad)).toThrow();
    for (const bad of [11, -1, 'awesome'])
      expect(() => score(BLANK, [[bad], [''], ['']]), String(bad)).toThrow();
  });
});

describe('Analyze: a survey cell of the customer sheet it cannot read is named in Data issues', () => {
  const grid: CellValue[][] = [
    ['Customer', 'Satisfaction', 'Likely to recommend'],
    ['Ann', 7, 'N/A'],
    ['Bob', '不适用', 9],
    ['Cy', 4, 'maybe later'],
  ];
  const mapping = { sheet: 'Customers', headerRow: 1, columns: { key: 0, satisfaction: 1, recommend: 2 } };

  it('each unreadable cell is listed with its row, the owner’s header and value; no-answer words are not', () => {
    const unread: UnreadSurveyCell[] = [];
    const profiles = readProfiles(grid, mapping, unread);
    expect(unread).toEqual([
      { key: 'ann', row: 2, header: 'Satisfaction', value: '7', scale: 'satisfaction' },
      { key: 'cy', row: 4, header: 'Likely to recommend', value: 'maybe later', scale: 'recommend' },
    ]);
    const analysis = analyzePurchases(LOG, {
      timeZone: 'UTC',
      dateOrder: 'YMD',
      asOfDay: dayFromCivil(2024, 6, 30),
    });
    for (const language of LANGUAGES as readonly Language[]) {
      const t = ANALYZE_TEXTS.report[language];
      const rows = dataIssueRows(analysis, 'Purchases', language, ANALYZE_TEXTS, [], {
        sheet: 'Customers',
        cells: unread,
      });
      expect(rows).toContainEqual([
        'Customers',
        2,
        'Satisfaction',
        '7',
        t.surveySatisfaction,
        t.surveyNoAnswer,
      ]);
      expect(rows).toContainEqual([
        'Customers',
        4,
        'Likely to recommend',
        'maybe later',
        t.surveyRecommend,
        t.surveyNoAnswer,
      ]);
      expect(rows.some((r) => r[0] === 'Customers' && r[1] === 3)).toBe(false);
    }
    // Read as no answer, as the Data issues line says: Ann's loyalty is the repeat-probability score.
    const table = insightsTable(analysis, 'en', 'UTC', ANALYZE_TEXTS, {
      profiles,
      name: false,
      email: false,
    });
    const loyalty = table.rows[0]!.indexOf('Loyalty score');
    const ann = analysis.byKey.get('ann')!;
    expect(table.rows.find((r) => r[0] === 'Ann')![loyalty]).toBe(ann.loyaltyScore);
  });
});
