// The overview's line for rows an export's statuses, walk-in sales or the owner's rules left out:
// not problems, so said apart from them (and "every row could be used" is not said then).
import type { Language, Localized } from '../../core/i18n/language';
import { h } from '../dom';

const TEXTS: Localized<{ excluded: string; noProblems: string }> = {
  en: {
    excluded: '{count} rows left out on purpose (unpaid, cancelled, refunded, walk-in…)',
    noProblems: 'No rows with problems',
  },
  'zh-CN': { excluded: '有意排除 {count} 行（未付款、已取消、已退款、散客…）', noProblems: '没有有问题的行' },
  'zh-TW': { excluded: '刻意排除 {count} 列（未付款、已取消、已退款、散客…）', noProblems: '沒有有問題的列' },
};

export function excludedLine(language: Language, excluded: number): HTMLElement | null {
  if (excluded <= 0) return null;
  return h('li', null, TEXTS[language].excluded.replace('{count}', excluded.toLocaleString('en-US')));
}

/** What to say when no row has a problem: with exclusions, not "every row could be used". */
export function noProblemsText(language: Language, excluded: number, everyRowUsed: string): string {
  return excluded > 0 ? TEXTS[language].noProblems : everyRowUsed;
}
