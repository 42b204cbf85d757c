import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/i18n/language';
import {
  ACTION_TEXTS,
  COLUMN_ISSUE_MESSAGES,
  COLUMN_NAMES,
  describeIssue,
  describeProblem,
  ISSUE_MESSAGES,
} from '../../../src/core/input/issue-messages';
import type { IssueAction, IssueProblem, PurchaseColumn, RowIssue } from '../../../src/core/input/purchase';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';

const PROBLEMS = Object.keys(ISSUE_MESSAGES) as IssueProblem[];
const COLUMNS = Object.keys(COLUMN_NAMES) as PurchaseColumn[];
const ACTIONS = Object.keys(ACTION_TEXTS) as IssueAction[];

describe('describeIssue', () => {
  it('says what is wrong and what was done, in each language', () => {
    const issue: RowIssue = {
      row: 7,
      column: 'date',
      value: '2024-13-45',
      problem: 'impossible',
      action: 'skipped',
    };
    expect(describeIssue(issue, 'en', ANALYZE_TEXTS.issues)).toBe(
      "Date '2024-13-45' is not a real date — row skipped.",
    );
    expect(describeIssue(issue, 'zh-CN', ANALYZE_TEXTS.issues)).toBe(
      '日期“2024-13-45”不是真实存在的日期——已跳过此行。',
    );
    expect(describeIssue(issue, 'zh-TW', ANALYZE_TEXTS.issues)).toBe(
      '日期「2024-13-45」不是實際存在的日期——已略過此列。',
    );
  });

  it('uses the column-specific sentences', () => {
    const amount: RowIssue = {
      row: 2,
      column: 'amount',
      value: 'abc',
      problem: 'unreadable',
      action: 'skipped',
    };
    expect(describeIssue(amount, 'en', ANALYZE_TEXTS.issues)).toBe(
      "Amount 'abc' is not a number — row skipped.",
    );
    expect(describeIssue(amount, 'zh-TW', ANALYZE_TEXTS.issues)).toBe('金額「abc」不是數字——已略過此列。');
    const blank: RowIssue = { row: 2, column: 'customer', value: '', problem: 'blank', action: 'skipped' };
    expect(describeIssue(blank, 'en', ANALYZE_TEXTS.issues)).toBe(
      'The customer cell is blank — row skipped.',
    );
    expect(describeIssue(blank, 'zh-CN', ANALYZE_TEXTS.issues)).toBe('客户为空——已跳过此行。');
    const quantity: RowIssue = {
      row: 2,
      column: 'quantity',
      value: 'two',
      problem: 'unreadable',
      action: 'used',
    };
    expect(describeIssue(quantity, 'en', ANALYZE_TEXTS.issues)).toBe(
      "Quantity 'two' has no number to read: type the number sold, such as 2, 2 pcs or x2 — the rest of the row was used.",
    );
    const late: RowIssue = {
      row: 2,
      column: 'date',
      value: '2030-01-01',
      problem: 'after_as_of',
      action: 'skipped',
    };
    expect(describeIssue(late, 'zh-CN', ANALYZE_TEXTS.issues)).toBe(
      '日期“2030-01-01”晚于分析日期——已跳过此行。',
    );
  });

  it('has a complete sentence for every problem, column, action and language', () => {
    for (const problem of PROBLEMS) {
      for (const column of [...COLUMNS, undefined]) {
        for (const action of ACTIONS) {
          for (const language of LANGUAGES) {
            const issue: RowIssue = {
              row: 1,
              value: 'V@lue$&',
              problem,
              action,
              ...(column ? { column } : {}),
            };
            const text = describeIssue(issue, language, ANALYZE_TEXTS.issues);
            expect(text).not.toMatch(/[{}]/);
            expect(text.endsWith(language === 'en' ? '.' : '。')).toBe(true);
            if (problem !== 'blank') expect(text).toContain('V@lue$&');
            expect(text).toContain(ACTION_TEXTS[action][language]);
          }
        }
      }
    }
  });

  it('writes zh-TW in Traditional and zh-CN in Simplified characters', () => {
    const all = (language: 'zh-CN' | 'zh-TW') =>
      [
        ...Object.values(ISSUE_MESSAGES),
        ...Object.values(COLUMN_ISSUE_MESSAGES).flatMap((m) => Object.values(m ?? {})),
        ...Object.values(COLUMN_NAMES),
        ...Object.values(ACTION_TEXTS),
      ]
        .map((t) => t[language])
        .join('');
    expect(all('zh-TW')).not.toMatch(/[这为识别过该数据额户实围读设顺调检号单]/);
    expect(all('zh-CN')).not.toMatch(/[這為識別過該數據額戶實圍讀設順調檢號單]/);
  });

  it('gives the problem alone for a report with its own action column', () => {
    const issue: RowIssue = {
      row: 3,
      column: 'date',
      value: '31/02/2024',
      problem: 'impossible',
      action: 'skipped',
    };
    expect(describeProblem(issue, 'en', ANALYZE_TEXTS.issues)).toBe("Date '31/02/2024' is not a real date");
    expect(describeProblem(issue, 'zh-TW', ANALYZE_TEXTS.issues)).toBe(
      '日期「31/02/2024」不是實際存在的日期',
    );
  });

  it('falls back to English for an unknown language', () => {
    const issue: RowIssue = {
      row: 1,
      column: 'amount',
      value: '12%',
      problem: 'percentage',
      action: 'skipped',
    };
    expect(describeIssue(issue, 'fr' as never, ANALYZE_TEXTS.issues)).toBe(
      "Amount '12%' is a percentage, not an amount — row skipped.",
    );
  });
});
