// The card's note on a customer's rows not counted: how many, why (grouped as Data issues words each
// problem) and which rows first, with a pointer to the Data issues sheet (helper brief r9: the card
// said only "(unreadable, dated after the analysis date, or in another currency)"). Texts of the
// sidebar only: they stay out of Code.js.
import { exclusionLabel } from '../../core/exports/exclusion-labels';
import type { Language, Localized } from '../../core/i18n/language';
import { skippedLabel } from '../../core/i18n/skipped-labels';
import type { NotCountedGroup } from '../../core/report/not-counted-rows';
import { SHEET_NAMES } from '../../core/report/report-texts';
import { h } from '../dom';
import { fmt } from '../i18n';

interface Texts {
  one: string;
  many: string;
  /** A group of one row, of several: {label}, {rows} (the count), {named}. */
  row: string;
  rows: string;
  listSep: string;
  more: string;
  /** The Data issues sheet Analyze wrote; or, before it has, the sheet it will write. */
  see: string;
  analyze: string;
  /** The same for a customer not analysed: Data issues has a line for them, not one per row. */
  seeWhy: string;
  analyzeWhy: string;
}

const TEXTS: Localized<Texts> = {
  en: {
    one: '1 row of theirs in the log is not counted here:',
    many: '{count} rows of theirs in the log are not counted here:',
    row: '{label}: row {named}',
    rows: '{label}: {rows} rows ({named})',
    listSep: ', ',
    more: ', …',
    see: 'Each row is listed, with its value, in the “{sheet}” sheet.',
    analyze: 'Analyze customers lists each row, with its value, in a “{sheet}” sheet.',
    seeWhy: 'The “{sheet}” sheet says why they were not analysed.',
    analyzeWhy: 'Analyze customers says why they were not analysed in a “{sheet}” sheet.',
  },
  'zh-CN': {
    one: '记录中有 1 行未计入：',
    many: '记录中有 {count} 行未计入：',
    row: '{label}：第 {named} 行',
    rows: '{label}：{rows} 行（{named}）',
    listSep: '、',
    more: '…',
    see: '每一行及其内容都列在“{sheet}”工作表中。',
    analyze: '“分析客户”会在“{sheet}”工作表中列出每一行及其内容。',
    seeWhy: '“{sheet}”工作表写明了未纳入分析的原因。',
    analyzeWhy: '“分析客户”会在“{sheet}”工作表中写明未纳入分析的原因。',
  },
  'zh-TW': {
    one: '紀錄中有 1 列未計入：',
    many: '紀錄中有 {count} 列未計入：',
    row: '{label}：第 {named} 列',
    rows: '{label}：{rows} 列（{named}）',
    listSep: '、',
    more: '…',
    see: '每一列及其內容都列在「{sheet}」工作表中。',
    analyze: '「分析客戶」會在「{sheet}」工作表中列出每一列及其內容。',
    seeWhy: '「{sheet}」工作表寫明了未納入分析的原因。',
    analyzeWhy: '「分析客戶」會在「{sheet}」工作表中寫明未納入分析的原因。',
  },
};

/** A group's label as Data issues words it; another currency with its currencies. */
function label(group: NotCountedGroup, language: Language): string {
  const text =
    group.problem === undefined
      ? `${exclusionLabel('other_currency', language)}${currencies(group.currencies ?? [], language)}`
      : skippedLabel(group.column, group.problem, language);
  return language === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

const currencies = (list: readonly string[], language: Language) =>
  list.length === 0 ? '' : language === 'en' ? ` (${list.join(', ')})` : `（${list.join('、')}）`;

/** The note's lines: the count, one line per group, the pointer to Data issues. */
export function notCountedLines(
  groups: readonly NotCountedGroup[],
  total: number,
  language: Language,
  issuesSheet: string | null,
): { lead: string; items: string[]; pointer: string } {
  const t = TEXTS[language];
  const items = groups.map((g) => {
    const named = g.named.join(t.listSep) + (g.rows > g.named.length ? t.more : '');
    return fmt(g.rows === 1 ? t.row : t.rows, { label: label(g, language), rows: g.rows, named });
  });
  const pointer =
    issuesSheet === null
      ? fmt(t.analyze, { sheet: SHEET_NAMES[language].dataIssues })
      : fmt(t.see, { sheet: issuesSheet });
  return { lead: total === 1 ? t.one : fmt(t.many, { count: total }), items, pointer };
}

/** Where a customer not analysed is explained: the Data issues sheet Analyze wrote, or will write. */
export function dataIssuesPointer(language: Language, issuesSheet: string | null): string {
  const t = TEXTS[language];
  return issuesSheet === null
    ? fmt(t.analyzeWhy, { sheet: SHEET_NAMES[language].dataIssues })
    : fmt(t.seeWhy, { sheet: issuesSheet });
}

/** The note as the card shows it, under the why; null when every row was counted. */
export function notCountedNote(
  groups: readonly NotCountedGroup[],
  total: number,
  language: Language,
  issuesSheet: string | null,
): HTMLElement | null {
  if (total === 0 || groups.length === 0) return null;
  const { lead, items, pointer } = notCountedLines(groups, total, language, issuesSheet);
  return h(
    'div',
    { class: 'not-counted', attrs: { 'data-card': 'not-counted' } },
    h('p', null, lead),
    h('ul', { class: 'plain' }, ...items.map((item) => h('li', { class: 'warn' }, item))),
    h('p', { class: 'muted small' }, pointer),
  );
}
